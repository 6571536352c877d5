// The attribution cues the editor colours (client/src/cue-ranges.ts): whole words, prose only.
import { strict as assert } from 'node:assert';
import { cueRanges } from '../../client/src/cue-ranges';

const cues = (text: string) => cueRanges(text).map(([a, b]) => text.slice(a, b));

describe('attribution cues', () => {
  it('finds reporting verbs and "according to" in prose, as whole words only', () => {
    const text = '"We will rebuild the bridge," Governor Tomas Reyes said on Monday.\n\nAccording to the harbour office, ships wait. She told reporters: *he added nothing*.\n\nThe saidness of unsaid things; the United States claims; Added-value.';
    assert.deepEqual(cues(text), ['said', 'According to', 'told', 'added']);
  });

  it('leaves out front matter, code, comments and link targets', () => {
    const text = [
      '---\ntitle: What she said\n---',
      '```md\nShe said so.\n```',
      'Use `said` to attribute. <!-- said in a note -->',
      'See [the record](https://example.test/said) and <https://example.test/told>.',
      'The mayor said yes.',
    ].join('\n\n');
    assert.deepEqual(cues(text), ['said']);
    assert.equal(cueRanges(text)[0][0], text.lastIndexOf('said'));
  });

  it('treats a rule of dashes later in the draft as prose, not front matter', () => {
    assert.deepEqual(cues('Intro.\n\n---\nShe said it.\n---\n'), ['said']);
  });

  it('reads a hostile draft as Markdown does: an unclosed comment runs to the end, stray link openers are prose', () => {
    assert.deepEqual(cues(`${'<!-- '.repeat(50_000)}she said`), []);
    assert.deepEqual(cues(`${'](x '.repeat(50_000)}she said`), ['said']);
    assert.equal(cues('`x` said '.repeat(20_000)).length, 20_000);
  });
});
