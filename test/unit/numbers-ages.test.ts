// numbers/age-mismatch: ages compared by the person they are written beside (invented stories).
import { strict as assert } from 'node:assert';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { ageMismatch } from '../../server/src/engine/checks/numbers/age-mismatch';
import { figureMismatch } from '../../server/src/engine/checks/numbers/figure-mismatch';
import { buildDraft } from '../../server/src/engine/draft/draft';
import { documentAges } from '../../server/src/engine/numbers/ages';
import { runRules } from '../helpers/rule-runner';

function corpusOf(refs: [string, string][]): Corpus {
  const corpus = new Corpus();
  refs.forEach(([published, text], i) => corpus.set(`/refs/r${i}.txt`, text, { outlet: `Outlet ${i + 1}`, published }));
  return corpus;
}
const check = (body: string, refs: [string, string][], published = '2025-06-12') =>
  runRules([ageMismatch, figureMismatch], `---\npublished: ${published}\n---\n\n${body}\n`, corpusOf(refs));
const agesIn = (text: string) => documentAges(buildDraft(text, { today: '2025-06-12' })).map((a) => [a.person, a.age]);

describe('ages beside a name', () => {
  it('reads the ways news copy writes an age', () => {
    assert.deepEqual(agesIn('Hanna Voss, 72, told reporters she had left the harbour.'), [['Hanna Voss', 72]]);
    assert.deepEqual(agesIn('The engineer, 34-year-old Piet Moen of Kessel, was hurt.'), [['Piet Moen', 34]]);
    assert.deepEqual(agesIn('Ruud Klop, a 61-year-old ferry captain, was questioned. Klop (61) denied it.'), [['Ruud Klop', 61], ['Ruud Klop', 61]]);
    // A share, a number of votes and an age of someone else are not the person's age.
    assert.deepEqual(agesIn('Ilse Varga beat Piet Moen, 49.9% to 48.4%, in Kessel.'), []);
    assert.deepEqual(agesIn('Ilse Varga won Kessel by 4,100 votes over Piet Moen, 12,000 to 7,900.'), []);
    assert.deepEqual(agesIn('A 50-year-old man from Kessel Harbour was arrested.'), []);
  });
});

describe('numbers/age-mismatch', () => {
  const refs: [string, string][] = [
    ['2025-06-11', 'Hanna Voss, 70, said she had worked at the Kessel harbour for decades.'],
    ['2025-06-11', 'Rescuers reached the engineer, Piet Moen, 32, of Kessel, after an hour.'],
  ];

  it('flags an age the references contradict for the same person, once, with a safe fix', () => {
    const found = check('Hanna Voss, 72, told reporters she had worked at the harbour for decades.', refs);
    assert.deepEqual(found.map((f) => f.rule), ['numbers/age-mismatch']);
    assert.match(found[0].message, /Hanna Voss is 70 in the references, not 72/);
    assert.equal(found[0].evidence[0].outlet, 'Outlet 1');
    assert.equal(found[0].fixes[0].edits[0].newText, '70');
    assert.equal(found[0].fixes[0].safe, true);
    // "34-year-old" beside the name: the person's age, not a figure of the sentence (no second finding).
    const engineer = check('The engineer, 34-year-old Piet Moen of Kessel, was reached after an hour.', refs);
    assert.deepEqual(engineer.map((f) => f.rule), ['numbers/age-mismatch']);
  });

  it('allows a birthday between the two publication days, and the same surname of another person', () => {
    const yearOld: [string, string][] = [['2024-06-01', 'Hanna Voss, 70, retired from the Kessel harbour board.']];
    // A year and 11 days later she is 71, or 72 if her birthday fell in those 11 days; no longer 70.
    assert.deepEqual(check('Hanna Voss, 71, retired from the harbour board last year.', yearOld), []);
    assert.deepEqual(check('Hanna Voss, 72, retired from the harbour board last year.', yearOld), []);
    assert.equal(check('Hanna Voss, 70, retired from the harbour board last year.', yearOld).length, 1);
    assert.equal(check('Hanna Voss, 74, retired from the harbour board last year.', yearOld).length, 1);
    assert.deepEqual(check('Anna Moen, 40, said her cousin was hurt.', refs), []);
  });

  it('says when the references disagree, and applies neither value', () => {
    const split: [string, string][] = [...refs, ['2025-06-11', 'Hanna Voss, 71, spoke to reporters at the quay.']];
    const found = check('Hanna Voss, 75, told reporters she had worked at the harbour for decades.', split);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /disagree/);
    assert.ok(found[0].fixes.length === 2 && found[0].fixes.every((f) => !f.safe));
  });
});
