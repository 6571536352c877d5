// References named by a copydesk.json stay inside its folder: globs, "..", absolute paths and links
// that lead out are refused with one message naming the path, and the outside text never reaches any
// output format. What the user names (--refs, --allow-outside-refs) stays allowed.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOnce, run } from './helpers';

/** Invented text planted outside the project: it must never be printed. */
const PLANTED = 'Zorblax Quentworth, the harbour warden, said the secret code is 48213. "The harbour will reopen on Monday with 40 ships," Quentworth said.';
/** The words of the planted text that the draft does not have: output containing them has read it. */
const SECRET = 'with 40 ships';
const FORMATS = ['text', 'json', 'sarif', 'github'] as const;

describe('copydesk check: references confined to the copydesk.json folder', function () {
  this.timeout(120000);
  let base: string;
  let project: string;

  before(() => buildOnce());

  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'copydesk-confine-'));
    project = join(base, 'project');
    mkdirSync(join(project, 'refs'), { recursive: true });
    mkdirSync(join(base, 'outside'));
    writeFileSync(join(base, 'outside', 'secret.txt'), `${PLANTED}\n`);
    writeFileSync(join(project, 'refs', 'inside.txt'), 'Mara Lindqvist, the harbour master, said on Monday that 40 ships docked.\n');
    // A draft that would quote the planted text as evidence if it were read (a misquoted figure).
    writeFileSync(join(project, 'draft.md'), 'Zorblax Quentworth, the harbour warden, said the code is 48213. "The harbour will reopen on Monday with 14 ships," Quentworth said.\n');
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  const config = (references: string[]) => writeFileSync(join(project, 'copydesk.json'), JSON.stringify({ references }));

  for (const refs of [['../outside/*.txt'], ['../outside'], ['../outside/secret.txt'], ['/**/secret.txt']]) {
    it(`refuses ${JSON.stringify(refs)} with one message naming the path, in every format`, () => {
      config(refs);
      for (const format of FORMATS) {
        const r = run(['check', '-f', format, 'draft.md'], { cwd: project });
        assert.equal(r.code, 2, `${format}: ${r.stderr}`);
        assert.match(r.stderr, /leads outside the project folder/);
        assert.ok(r.stderr.includes(refs[0]), r.stderr);
        assert.ok(!(r.stdout + r.stderr).includes(SECRET), `${format} printed the planted text`);
      }
    });
  }

  it('refuses a link inside the reference folder that leads out (file and folder links)', () => {
    config(['refs']);
    symlinkSync(join(base, 'outside', 'secret.txt'), join(project, 'refs', 'link.txt'));
    for (const format of FORMATS) {
      const r = run(['check', '-f', format, 'draft.md'], { cwd: project });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /secret\.txt/);
      assert.ok(!(r.stdout + r.stderr).includes(SECRET));
    }
    rmSync(join(project, 'refs', 'link.txt'));
    symlinkSync(join(base, 'outside'), join(project, 'refs', 'linked-folder'));
    const r = run(['check', '-f', 'json', 'draft.md'], { cwd: project });
    assert.equal(r.code, 2, r.stderr);
    assert.ok(!(r.stdout + r.stderr).includes(SECRET));
  });

  it('reads outside references when the user allows it: --allow-outside-refs, or --refs', () => {
    config(['../outside/*.txt']);
    const allowed = run(['check', '-f', 'json', '--allow-outside-refs', 'draft.md'], { cwd: project });
    assert.notEqual(allowed.code, 2, allowed.stderr);
    assert.ok(allowed.stdout.includes(SECRET), 'the allowed reference is used as evidence');
    config(['refs']);
    const explicit = run(['check', '-f', 'json', '--refs', '../outside', 'draft.md'], { cwd: project });
    assert.notEqual(explicit.code, 2, explicit.stderr);
    assert.ok(explicit.stdout.includes(SECRET));
  });

  it('reads a file reached twice (a link to it, two globs) once: no duplicate evidence', () => {
    writeFileSync(join(project, 'refs', 'inside.txt'), `${PLANTED}\n`);
    mkdirSync(join(project, 'refs', 'sub'));
    symlinkSync(join(project, 'refs', 'inside.txt'), join(project, 'refs', 'sub', 'same.txt'));
    config(['refs', 'refs/*.txt']);
    const r = run(['check', '-f', 'json', 'draft.md'], { cwd: project });
    assert.notEqual(r.code, 2, r.stderr);
    const report = JSON.parse(r.stdout) as { files: { diagnostics: { relatedInformation?: unknown[] }[] }[] };
    const diagnostics = report.files[0].diagnostics;
    assert.ok(diagnostics.length > 0, 'the misquote is reported');
    for (const d of diagnostics) assert.ok((d.relatedInformation?.length ?? 0) <= 1, JSON.stringify(d.relatedInformation));
  });

  it('accepts a copydesk.json that starts with a byte order mark', () => {
    writeFileSync(join(project, 'copydesk.json'), `\uFEFF${JSON.stringify({ references: ['refs'] })}`);
    const r = run(['check', '-f', 'json', 'draft.md'], { cwd: project });
    assert.notEqual(r.code, 2, r.stderr);
  });

  it('refuses deeply nested JSON in copydesk.json with a clear message, not a stack overflow', () => {
    writeFileSync(join(project, 'copydesk.json'), `{"references": ["refs"], "x": ${'['.repeat(100000)}${']'.repeat(100000)}}`);
    const r = run(['check', 'draft.md'], { cwd: project });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nested more than \d+ levels/);
    assert.doesNotMatch(r.stderr, /internal error|call stack/i);
  });

  it('treats a reference with a NUL byte past the first 8 KB as binary', () => {
    writeFileSync(join(project, 'refs', 'blob.txt'), `${'Plain words here. '.repeat(1000)}\u0000${PLANTED}`);
    config(['refs']);
    const r = run(['check', '-f', 'json', 'draft.md'], { cwd: project });
    assert.notEqual(r.code, 2, r.stderr);
    assert.match(r.stderr, /blob\.txt: skipped, not a text file/);
    assert.ok(!r.stdout.includes(SECRET));
  });
});
