// quotes/misquote and the quote matcher: what counts as the same wording, near misses, partial quotes,
// ellipses, and references that disagree with each other.
import { strict as assert } from 'node:assert';
import { engineWithReferences } from '../helpers/memory-host';
import { applyEdits } from '../../server/src/engine/fixes';
import { bestSpan, containsPieces, foldWord, normWords, segments } from '../../server/src/engine/quotes/match';
import type { Engine } from '../../server/src/engine/index';

const refs = {
  'a.txt': [
    '“We will not sign a deal that hurts our fishermen . . . the quota has to be fair,” Minister Aino Laine said on Monday.',
    'Asked about the delay, the envoy replied: “Excuse me, what did you say?”',
    'Laine said the talks would “resume after the holiday” and that the harbour was “open for business.”',
    '“In fact,” an aide added, “we are ahead of schedule on every chapter.”',
    '“We will review the deal in the spring,” Laine told reporters.',
  ].join('\n'),
  'b.txt': ['“Sorry, what did you say?” the envoy asked.', 'The defence ministry said the exercise was “routine and long planned.”', '“We will revisit the deal in spring,” Laine said.'].join('\n'),
};

describe('quote matching', () => {
  it('folds case, apostrophes and British spellings', () => {
    assert.deepEqual(['Don’t', "don't", 'Defence', 'organised', 'cancelled', 'colour'].map(foldWord), ['dont', 'dont', 'defense', 'organized', 'canceled', 'color']);
  });
  it('cuts quotes at ellipses and bracketed insertions', () => {
    assert.deepEqual(segments('one two . . . three [four] five … six').map((s) => s.map((w) => w.w).join(' ')), ['one two', 'three', 'five', 'six']);
  });
  it('finds pieces in order', () => {
    const hay = normWords('a b c d e f');
    assert.ok(containsPieces(hay, [normWords('b c'), normWords('e')]));
    assert.ok(!containsPieces(hay, [normWords('e'), normWords('b c')]));
  });
  it('aligns a quote with the closest span of a longer quote', () => {
    assert.deepEqual(bestSpan(['i', 'dont', 'think', 'theres', 'any', 'tension'], ['well', 'i', 'dont', 'think', 'theres', 'tension', 'here']), { distance: 1, start: 1, end: 6 });
  });
});

describe('quotes/misquote', () => {
  let engine: Engine;
  before(async () => {
    engine = await engineWithReferences(refs);
  });
  const misquotes = (text: string) => engine.check(text).filter((f) => f.rule === 'quotes/misquote');

  const fine: [string, string][] = [
    ['the exact words with straight quotes', '"We will not sign a deal that hurts our fishermen," Laine said.'],
    ['a span of a longer quote', 'Laine said the quota "has to be fair."'],
    ['pieces around an ellipsis', '"We will not sign a deal . . . the quota has to be fair," Laine said.'],
    ['words across the reference ellipsis', '"We will not sign a deal that hurts our fishermen; the quota has to be fair," Laine said.'],
    ['a partial quote', 'She said the harbour was "open for business."'],
    ['a quote one reference has, when another differs', '"Sorry, what did you say?" the envoy asked.'],
    ['the other reference\'s wording', '"Excuse me, what did you say?" the envoy asked.'],
    ['a quote split by a tag in the reference, quoted whole', '"In fact, we are ahead of schedule on every chapter," an aide said.'],
    ['a quote no reference has', '"The weather is lovely in May," Laine said.'],
    ['British spelling of a reference quote', 'The defence ministry called it "routine and long planned."'],
  ];
  for (const [name, text] of fine) it(`accepts ${name}`, () => assert.deepEqual(misquotes(text).map((f) => f.message), []));

  it('flags an inserted word and restores the reference wording', () => {
    const text = '"We will never sign a deal that hurts our fishermen," Laine said.';
    const [f] = misquotes(text);
    assert.ok(f);
    assert.equal(text.slice(f.range.start, f.range.end), '"We will never sign a deal that hurts our fishermen,"');
    assert.match(f.message, /We will not sign a deal that hurts our fishermen/);
    assert.equal(applyEdits(text, f.fixes[0].edits).text, '"We will not sign a deal that hurts our fishermen," Laine said.');
    assert.equal(f.evidence[0].says, 'We will not sign a deal that hurts our fishermen');
    assert.match(f.evidence[0].excerpt, /Minister Aino Laine said/);
    assert.ok(f.fixes[0].safe, 'one reference wording: safe to apply');
  });

  it('flags a dropped word in a partial quote', () => {
    const [f] = misquotes('Laine said the talks would "resume after holiday."');
    assert.ok(f);
    assert.equal(f.data?.distance, 1);
  });

  it('names both references when they disagree and the draft matches neither', () => {
    const text = '"We will review the deal in spring," Laine said.';
    const [f] = misquotes(text);
    assert.ok(f);
    assert.match(f.message, /references differ/);
    assert.equal(f.fixes.length, 2);
    assert.ok(f.fixes.every((x) => !x.safe), 'a choice between references is not safe to apply blindly');
    assert.deepEqual(new Set(f.fixes.map((x) => applyEdits(text, x.edits).text)), new Set(['"We will review the deal in the spring," Laine said.', '"We will revisit the deal in spring," Laine said.']));
    assert.deepEqual(new Set(f.evidence.map((e) => e.ref)), new Set(['/refs/a.txt', '/refs/b.txt']));
  });

  it('does not flag a near miss of one reference when it matches the other', () => {
    assert.deepEqual(misquotes('"We will revisit the deal in spring," Laine said.'), []);
  });

  it('keeps curly quotes and apostrophes in the fix when the draft uses them', () => {
    const text = '“We won’t sign a deal that hurts our fishermen,” Laine said.';
    const [f] = misquotes(text);
    assert.ok(f);
    assert.equal(applyEdits(text, f.fixes[0].edits).text, '“We will not sign a deal that hurts our fishermen,” Laine said.');
  });

  it('leaves short quotes and scare quotes alone', () => {
    assert.deepEqual(misquotes('Laine called it "open business."'), []);
    assert.deepEqual(misquotes('The envoy flew to "Vasterby" on Monday.'), []);
  });
});
