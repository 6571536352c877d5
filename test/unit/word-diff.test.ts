import assert from 'node:assert/strict';
import { condenseDiff, renderDiff, wordDiff, hasWordChange } from '../../server/src/engine/text/word-diff';
import { excerptWindow } from '../../server/src/engine/text/excerpt-window';
import { comparable, findingDiffs, markedSpans } from '../../server/src/engine/text/finding-diff';
import { dateInWords, sourceLabel } from '../../server/src/engine/text/source-label';
import type { Finding } from '../../server/src/engine/types';
import { timexInWords } from '../../server/src/engine/text/timex-words';

const md = (before: string, after: string) => renderDiff(wordDiff(before, after), (k, t) => (k === 'removed' ? `~~${t}~~` : `**${t}**`));

describe('word diff', () => {
  it('marks one changed word inside a title', () => {
    assert.equal(md('Trade Minister', 'Foreign Minister'), '~~Trade~~ **Foreign** Minister');
  });

  it('marks a changed word in the middle of a quote and keeps the rest plain', () => {
    assert.equal(md('We will not sign a bad deal today', 'We will never sign a bad deal today'), 'We will ~~not~~ **never** sign a bad deal today');
  });

  it('marks added and dropped words', () => {
    assert.equal(md('a fair deal', 'a fair deal for a hard job'), 'a fair deal **for a hard job**');
    assert.equal(md('a very fair deal', 'a fair deal'), 'a ~~very~~ fair deal');
  });

  it('treats curly and straight quote marks and apostrophes as the same', () => {
    assert.equal(hasWordChange(wordDiff("it's the dockers' deal", 'it’s the dockers’ deal')), false);
  });

  it('keeps punctuation attached to its word', () => {
    assert.equal(md('Berg said.', 'Berg said,'), 'Berg said~~.~~**,**');
  });

  it('gives spans into both texts', () => {
    const parts = wordDiff('Friday', 'Thursday');
    assert.deepEqual(parts.map((p) => [p.kind, p.text, p.span]), [
      ['removed', 'Friday', { start: 0, end: 6 }],
      ['added', 'Thursday', { start: 0, end: 8 }],
    ]);
  });

  it('stays bounded on long texts that share nothing', () => {
    const a = Array.from({ length: 400 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 400 }, (_, i) => `b${i}`).join(' ');
    const parts = wordDiff(a, b);
    assert.deepEqual(parts.map((p) => p.kind), ['removed', 'added']);
  });
});

describe('excerpt window', () => {
  const sentence = 'The strike at the northern harbour ended on a cold and windy Friday after the union accepted an offer, said union leader Anna Holm.';

  it('returns short text whole', () => {
    assert.deepEqual(excerptWindow('short', [], 40), { text: 'short', offset: 0 });
  });

  it('centres on the focus instead of cutting before it', () => {
    const at = sentence.indexOf('Anna Holm');
    const w = excerptWindow(sentence, [{ start: at, end: at + 9 }], 50);
    assert.ok(w.text.includes('Anna Holm'), w.text);
    assert.ok(w.text.startsWith('…'), w.text);
    assert.ok(w.text.length <= 52, w.text);
    assert.equal(w.text.slice(at - w.offset, at - w.offset + 9), 'Anna Holm');
  });

  it('without focus keeps the start', () => {
    const w = excerptWindow(sentence, [], 30);
    assert.ok(w.text.startsWith('The strike'), w.text);
    assert.ok(w.text.endsWith('…'), w.text);
  });
});

describe('finding diffs', () => {
  const draft = 'Trade Minister Anna Holm met union leaders on Friday.';
  const finding = (over: Partial<Finding>): Finding => ({
    check: 'names',
    rule: 'names/title-mismatch',
    severity: 'warning',
    range: { start: 0, end: 14 },
    message: 'm',
    evidence: [],
    fixes: [],
    ...over,
  });

  it('diffs the draft words against what the references say, most-supported first', () => {
    const sides = findingDiffs(
      finding({
        evidence: [
          { ref: '/r/a.txt', range: null, excerpt: 'Labour Minister Anna Holm spoke.', says: 'Labour Minister' },
          { ref: '/r/b.txt', range: null, excerpt: 'Foreign Minister Anna Holm spoke.', says: 'Foreign Minister' },
          { ref: '/r/c.txt', range: null, excerpt: 'Anna Holm, the Foreign Minister, spoke.', says: 'Foreign Minister' },
        ],
      }),
      draft,
    );
    assert.deepEqual(sides.map((s) => [s.says, s.evidence.length]), [['Foreign Minister', 2], ['Labour Minister', 1]]);
    const marks = markedSpans('Anna Holm, the Foreign Minister, spoke.', sides[0], 'Trade Minister');
    assert.deepEqual(marks.map((m) => 'Anna Holm, the Foreign Minister, spoke.'.slice(m.start, m.end)), ['Foreign']);
  });

  it('compares a weekday without the date in parentheses', () => {
    assert.equal(comparable('Thursday (March 13)', 'Friday'), 'Thursday');
    const [side] = findingDiffs(finding({ check: 'dates', rule: 'dates/weekday-mismatch', range: { start: 46, end: 52 }, evidence: [{ ref: '/r', range: null, excerpt: 'They met on Thursday.', says: 'Thursday (March 13)' }] }), draft);
    assert.deepEqual(side.parts.map((p) => p.text), ['Friday', 'Thursday']);
  });

  it('gives attribution findings no diff', () => {
    assert.deepEqual(findingDiffs(finding({ check: 'attribution', evidence: [{ ref: '/r', range: null, excerpt: 'x', says: 'said by Holm' }] }), draft), []);
  });
});

describe('source labels', () => {
  it('names the outlet and the date in words', () => {
    assert.equal(dateInWords('2025-03-12'), 'March 12, 2025');
    assert.equal(sourceLabel({ ref: '/r/x1f3.txt', outlet: 'Harbour Post', published: '2025-03-12' }), 'Harbour Post, March 12, 2025');
    assert.equal(sourceLabel({ ref: 'file:///r/some%20file.txt' }), 'some file.txt');
  });
});

describe('condensed diffs', () => {
  it('keeps short unchanged runs whole and cuts long ones around the change', () => {
    const short = renderDiff(condenseDiff(wordDiff('pays for itself within a generation', 'pays for itself within a decade')), (k, t) => (k === 'removed' ? `[-${t}-]` : `{+${t}+}`));
    assert.equal(short, 'pays for itself within a [-generation-] {+decade+}');
    const before = 'one two three four five six seven eight nine ten eleven twelve thirteen old fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour';
    const long = renderDiff(condenseDiff(wordDiff(before, before.replace('old', 'new'))), (k, t) => (k === 'removed' ? `[-${t}-]` : `{+${t}+}`));
    assert.equal(long, '… ten eleven twelve thirteen [-old-] {+new+} fourteen fifteen sixteen seventeen …');
  });

  it('compares a quote without its quote marks and closing comma', () => {
    const f: Finding = {
      check: 'quotes', rule: 'quotes/misquote', severity: 'warning', range: { start: 0, end: 30 }, message: 'm', fixes: [],
      evidence: [{ ref: '/r', range: null, excerpt: '"It pays within a decade," she said.', says: 'It pays within a decade' }],
    };
    const [side] = findingDiffs(f, '"It pays within a generation," she said.');
    assert.equal(renderDiff(side.parts, (k, t) => (k === 'removed' ? `[-${t}-]` : `{+${t}+}`)), 'It pays within a [-generation-] {+decade+}');
  });
});

describe('dates in words', () => {
  it('reads TIMEX3 values as a person would', () => {
    assert.equal(timexInWords('2024-10-08', '2024-10-08'), 'Tuesday, October 8');
    assert.equal(timexInWords('2023-10-08', '2024-10-08'), 'Sunday, October 8, 2023');
    assert.equal(timexInWords('2024-W41', '2024-10-08'), 'the week of Monday, October 7');
    assert.equal(timexInWords('2024-W41-WE', '2024-10-08'), 'the weekend of Saturday, October 12');
    assert.equal(timexInWords('2024-10', '2024-10-08'), 'October 2024');
    assert.equal(timexInWords('PRESENT_REF'), 'the time of publication');
    assert.equal(timexInWords('XXXX-XX'), 'XXXX-XX');
  });
});
