// Pure pieces of the CLI: workflow-command escaping, the unified diff, changed-line parsing, colours.
import { strict as assert } from 'node:assert';
import { escapeData, escapeProperty } from '../../server/src/cli/format/github';
import { unifiedDiff } from '../../server/src/cli/diff';
import { parseChangedLines } from '../../server/src/cli/discover';
import { shouldColor } from '../../server/src/cli/format/color';
import { checkPublished } from '../../server/src/cli/args';
import { lineColumn } from '../../server/src/cli/facts';

describe('CLI pieces', () => {
  it('escapes workflow command data and properties as the GitHub runner expects', () => {
    assert.equal(escapeData('50% of it\r\nnext: a, b'), '50%25 of it%0D%0Anext: a, b');
    assert.equal(escapeProperty('dir,1/a:b.md%\n'), 'dir%2C1/a%3Ab.md%25%0A');
  });

  it('writes a unified diff with context and hunk headers', () => {
    const a = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].join('\n') + '\n';
    const b = a.replace('two', 'TWO').replace('nine', 'NINE');
    assert.equal(
      unifiedDiff('a/x.md', 'b/x.md', a, b),
      '--- a/x.md\n+++ b/x.md\n@@ -1,10 +1,10 @@\n one\n-two\n+TWO\n three\n four\n five\n six\n seven\n eight\n-nine\n+NINE\n ten\n',
    );
    const far = a.replace('one', 'ONE').replace('ten', 'TEN');
    assert.equal(unifiedDiff('a', 'b', far, far), '');
    assert.equal(
      unifiedDiff('a', 'b', a, far),
      '--- a\n+++ b\n@@ -1,4 +1,4 @@\n-one\n+ONE\n two\n three\n four\n@@ -7,4 +7,4 @@\n seven\n eight\n nine\n-ten\n+TEN\n',
    );
    assert.equal(unifiedDiff('a', 'b', 'x', 'y'), '--- a\n+++ b\n@@ -1,1 +1,1 @@\n-x\n\\ No newline at end of file\n+y\n\\ No newline at end of file\n');
  });

  it('reads the new-side line numbers of a zero-context git diff', () => {
    const diff = 'diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -3 +3 @@\n-a\n+b\n@@ -10,0 +11,2 @@\n+c\n+d\n@@ -20,2 +22,0 @@\n-e\n-f\n';
    assert.deepEqual([...parseChangedLines(diff)].sort((x, y) => x - y), [3, 11, 12]);
  });

  it('decides colours from --color, FORCE_COLOR, NO_COLOR and the terminal', () => {
    assert.equal(shouldColor({ isTTY: true }, undefined, {}), true);
    assert.equal(shouldColor({ isTTY: false }, undefined, {}), false);
    assert.equal(shouldColor({ isTTY: true }, undefined, { NO_COLOR: '1' }), false);
    assert.equal(shouldColor({ isTTY: true }, undefined, { NO_COLOR: '' }), true);
    assert.equal(shouldColor({ isTTY: false }, undefined, { FORCE_COLOR: '1' }), true);
    assert.equal(shouldColor({ isTTY: true }, undefined, { FORCE_COLOR: '0' }), false);
    assert.equal(shouldColor({ isTTY: true }, false, { FORCE_COLOR: '1' }), false);
    assert.equal(shouldColor({ isTTY: true }, undefined, { TERM: 'dumb' }), false);
  });

  it('accepts only real calendar dates for --published', () => {
    assert.equal(checkPublished('2024-02-29'), '2024-02-29');
    assert.throws(() => checkPublished('2023-02-29'), /YYYY-MM-DD/);
    assert.throws(() => checkPublished('12/03/2024'), /YYYY-MM-DD/);
  });

  it('takes the date of an ISO date-time for --published', () => {
    assert.equal(checkPublished('2025-03-12T09:30:00Z'), '2025-03-12');
    assert.equal(checkPublished('2025-03-12T23:10:05.120+02:00'), '2025-03-12');
    assert.throws(() => checkPublished('2025-03-12T9'), /ISO date-time/);
    assert.throws(() => checkPublished('2025-02-30T10:00:00Z'), /YYYY-MM-DD/);
  });

  it('names facts by line:column', () => {
    assert.equal(lineColumn('ab\ncd\nef', 0), '1:1');
    assert.equal(lineColumn('ab\ncd\nef', 4), '2:2');
    assert.equal(lineColumn('ab\ncd\nef', 6), '3:1');
  });
});
