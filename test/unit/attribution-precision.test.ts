// Precision of vague-attribution and unattributed-claim on patterns of edited copy (invented text): what is not
// vague, what the draft already attributes, and evidence that only shares words with the draft.
import { strict as assert } from 'node:assert';
import { engineWithReferences } from '../helpers/memory-host';
import type { Engine } from '../../server/src/engine/index';

const refs = {
  'gazette.txt': [
    'The ferry company will cut the winter timetable to two crossings a day, a person familiar with the plans said.',
    'Harbour master Ines Kofler said the north pier would close for repairs on Monday.',
    'The ferry company reportedly lost money on the island route for three years.',
    'The ferry company will sell two of its boats to a Danish firm, chief executive Tor Eklund said.',
    'Councillors said they wanted to know when the ferry company first learned about the cracks in the north pier.',
  ].join('\n'),
};

describe('attribution/vague-attribution: only what leaves the reader asking who', () => {
  let engine: Engine;
  before(async () => {
    engine = await engineWithReferences(refs);
  });
  const vague = (text: string) => engine.check(text).filter((f) => f.rule === 'attribution/vague-attribution').map((f) => text.slice(f.range.start, f.range.end));

  const quiet: [string, string][] = [
    ['"allegedly" (a charge, not a source)', 'The skipper allegedly sailed without a licence.'],
    ['"was reported" meaning it happened', 'The ferry was reported missing on Tuesday night.'],
    ['"no X were reported"', 'Two boats collided in the fog. No injuries were reported.'],
    ['"according to" a named record', 'The skipper was fined twice last year, according to court records.'],
    ['"according to" an outlet report', 'The company lost money, according to a report Wednesday evening in the Harbour Gazette.'],
    ['a passive with a named agent later', 'The deal was first reported on Friday in the Harbour Gazette.'],
    ['a hedge in what an outlet reports', 'The Harbour Gazette reports this is believed to be the worst storm in decades.'],
    ['a describing verb ("accused")', 'Islanders cheered the skipper whom critics accused of recklessness.'],
    ['a named source with others', 'Kofler and others said the pier had been neglected for years.'],
    ['a chant', 'Outside the hall, some chanted "Save our pier" for an hour.'],
    ['"reportedly" where the sentence names who obtained the document', 'The memo, a copy of which was obtained by the Harbour Gazette, reportedly was signed by the board in early spring.'],
    ['"reportedly" after an outlet obtained it', 'The Harbour Gazette obtained the memo, which reportedly was signed by the board in early spring.'],
    ['a report someone disputed', 'The ferry company on Friday disputed key parts of a media report that it had hidden the cracks.'],
    ['a report someone discounted', 'Last year, however, the board discounted a report suggesting it had ignored the cracks.'],
  ];
  for (const [name, text] of quiet) it(`does not flag ${name}`, () => assert.deepEqual(vague(text), []));

  const flagged: [string, string, string[]][] = [
    ['a bare "reportedly"', 'The company reportedly lost money on the route.', ['reportedly']],
    ['"sources said"', 'The pier will close for good, sources said.', ['sources said']],
    ['"according to reports"', 'The company lost money, according to reports.', ['according to reports']],
    ['"is believed to"', 'The skipper is believed to have left the island.', ['is believed']],
    ['reports someone denied (a charge passed on from reports nobody names)', 'He also pushed back on press reports that he had hidden the cracks.', ['reports']],
  ];
  for (const [name, text, expected] of flagged) it(`flags ${name}`, () => assert.deepEqual(vague(text), expected));

  it('flags one phrase once, with its source when they stand apart', () => {
    assert.deepEqual(vague('Adding to the anger, critics noted that the pier had cracked before.'), ['critics noted']);
    assert.deepEqual(vague('Critics, including two former councillors, say the pier was neglected.'), ['Critics']);
  });

  it('puts a confidence on every finding', () => {
    const f = engine.check('The company reportedly lost money on the route.').find((x) => x.rule === 'attribution/vague-attribution');
    assert.ok(f && f.confidence !== undefined && f.confidence >= 0.5 && f.confidence <= 1);
  });
});

describe('attribution/unattributed-claim: the same fact, left to an unnamed source', () => {
  let engine: Engine;
  before(async () => {
    engine = await engineWithReferences(refs);
  });
  const claims = (text: string) => engine.check(text).filter((f) => f.rule === 'attribution/unattributed-claim').map((f) => text.slice(f.range.start, f.range.end));

  it('flags a claim the references leave to an anonymous source, with a confidence', () => {
    const text = 'The ferry company will cut the winter timetable to two crossings a day.';
    assert.deepEqual(claims(text), [text]);
    const f = engine.check(text).find((x) => x.rule === 'attribution/unattributed-claim');
    assert.ok(f && f.confidence !== undefined && f.confidence >= 0.5);
  });

  it('flags a fact a named person gave on the record, with less confidence than one left to an unnamed source', () => {
    const named = 'The ferry company will sell two of its boats to a Danish firm.';
    assert.deepEqual(claims(named), [named]);
    const confidence = (text: string) => engine.check(text).find((x) => x.rule === 'attribution/unattributed-claim')?.confidence ?? 0;
    assert.ok(confidence(named) < confidence('The ferry company will cut the winter timetable to two crossings a day.'));
  });

  it('does not flag a claim the draft attributes elsewhere in its paragraph', () => {
    assert.deepEqual(claims('The ferry company will cut the winter timetable to two crossings a day. Islanders fear the worst. A union official confirmed the plan on Friday.'), []);
  });

  it('does not flag a claim the draft attributes in another paragraph', () => {
    const text = 'The ferry company will cut the winter timetable to two crossings a day, the harbour board said.\n\nIslanders fear the worst.\n\nThe ferry company will cut the winter timetable to two crossings a day.';
    assert.deepEqual(claims(text), []);
  });

  it('does not flag a different claim that shares words with the evidence', () => {
    // The reference says councillors want to know when the company learned of the cracks, not when it did.
    assert.deepEqual(claims('The ferry company first learned about the cracks in the north pier in March.'), []);
  });

  it('does not flag a question or a verbless line', () => {
    assert.deepEqual(claims('Will the ferry company cut the winter timetable to two crossings a day?'), []);
    assert.deepEqual(claims('Winter timetable: two crossings a day for the ferry company'), []);
  });
});

describe('attribution/unattributed-claim: recall on long attribution frames', () => {
  it('reads the source of a reference claim across a long anonymity clause before its verb', async () => {
    const engine = await engineWithReferences({
      'wire.txt': 'Officials familiar with the talks, speaking on condition of anonymity because they were not authorized to discuss them publicly, said that the ferry company would sell the island route to a Danish operator.\nThe bridge reopened on Friday.',
    });
    const text = 'The ferry company will sell the island route to a Danish operator.';
    const f = engine.check(text).find((x) => x.rule === 'attribution/unattributed-claim');
    assert.ok(f, 'flagged');
    assert.match(f.message, /Officials familiar with the talks/);
  });
});
