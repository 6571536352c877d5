// quotes/misquote and the quote matcher: what counts as the same wording, near misses, partial quotes,
// ellipses, and references that disagree with each other.
import { strict as assert } from 'node:assert';
import { engineWithReferences } from '../helpers/memory-host';
import { applyEdits } from '../../server/src/engine/fixes';
import { containsPieces, foldWord, normWords, segments } from '../../server/src/engine/quotes/match';
import type { Engine } from '../../server/src/engine/index';

const refs = {
  'a.txt': [
    '“We will not sign a deal that hurts our fishermen . . . the quota has to be fair,” Minister Aino Laine said on Monday.',
    'Asked about the delay, the envoy replied: “Excuse me, what did you say?”',
    'Laine said the talks would “resume after the holiday” and that the harbour was “open for business.”',
    '“In fact,” an aide added, “we are ahead of schedule on every chapter.”',
    '“We will review the deal in the spring,” Laine told reporters.',
    'Laine added: “The harbour’s future is not for sale.”',
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

  // Before: flagged (one edit). A dropped article is how outlets transcribe, not a misquote.
  it('does not flag a dropped article in a partial quote', () => {
    assert.deepEqual(misquotes('Laine said the talks would "resume after holiday."'), []);
  });

  it('flags an added content word in a partial quote', () => {
    const [f] = misquotes('Laine said the talks would "resume after the long holiday."');
    assert.ok(f);
    assert.deepEqual(f.data?.changes, [{ kind: 'content', draft: 'the long', reference: 'the' }]);
  });

  // Before: flagged with both wordings as fixes. The references disagree exactly where the draft
  // differs from each, so the draft is not shown wrong.
  it('does not flag a quote whose differences are where the references disagree', () => {
    assert.deepEqual(misquotes('"We will review the deal in spring," Laine said.'), []);
  });

  it('does not flag a near miss of one reference when it matches the other', () => {
    assert.deepEqual(misquotes('"We will revisit the deal in spring," Laine said.'), []);
  });

  // Before, "won’t" for "will not" was flagged: a contraction is style now, so the quote-style test uses a changed word.
  it('keeps curly quotes and apostrophes in the fix when the draft uses them', () => {
    const text = '“The port’s future is not for sale,” Laine said.';
    const [f] = misquotes(text);
    assert.ok(f);
    assert.equal(applyEdits(text, f.fixes[0].edits).text, '“The harbour’s future is not for sale,” Laine said.');
  });

  it('writes straight apostrophes in the fix when the draft uses them', () => {
    const text = '"The port\'s future is not for sale," Laine said.';
    const [f] = misquotes(text);
    assert.ok(f);
    assert.equal(applyEdits(text, f.fixes[0].edits).text, '"The harbour\'s future is not for sale," Laine said.');
  });

  it('does not flag a contraction written out', () => {
    assert.deepEqual(misquotes('"We won\'t sign a deal that hurts our fishermen," Laine said.'), []);
  });

  it('leaves short quotes and scare quotes alone', () => {
    assert.deepEqual(misquotes('Laine called it "open business."'), []);
    assert.deepEqual(misquotes('The envoy flew to "Vasterby" on Monday.'), []);
  });
});

describe('quotes/misquote: a restart or another rendering is not a misquote', () => {
  let engine: Engine;
  before(async () => {
    engine = await engineWithReferences({
      'r.txt': [
        '“Every family paid for the harbour with its sacrifice -- the sacrifices of three generations,” Mayor Ilse Korpela said on Monday.',
        '“The neighbours should know that peace with us is the best of all bargains,” Prime Minister Aarne Rask said in a speech.',
        '“The bridge will open on the first of June for every driver,” Minister Veli Saari said.',
      ].join('\n\n'),
    });
  });
  const misquotes = (body: string) => engine.check(`---\npublished: 2025-03-12\n---\n\n${body}\n`).filter((f) => f.rule === 'quotes/misquote');

  it('accepts a quote without the speaker’s restart', () => {
    assert.deepEqual(misquotes('“Every family paid for the harbour with its sacrifices of three generations,” Mayor Ilse Korpela said.').map((f) => f.message), []);
  });
  it('accepts another translation of several words', () => {
    assert.deepEqual(misquotes('“The neighbours must understand well that peace with us is the best of all bargains,” Prime Minister Aarne Rask said.').map((f) => f.message), []);
  });
  it('still flags one word changed', () => {
    assert.equal(misquotes('“The bridge will open on the first of July for every driver,” Minister Veli Saari said.').length, 1);
  });
  it('still flags two words changed with a number among them', () => {
    assert.equal(misquotes('“The bridge will open on the 2 of June for every driver,” Minister Veli Saari said.').length, 1);
  });
});
