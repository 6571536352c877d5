// attribution/unattributed-claim and attribution/vague-attribution against small invented references.
import { strict as assert } from 'node:assert';
import { engineWithReferences } from '../helpers/memory-host';
import { applyEdits } from '../../server/src/engine/fixes';
import type { Engine } from '../../server/src/engine/index';

const refs = {
  'gazette.txt': [
    'Mayor Lotte Brandt cancelled the harbour festival after the council refused extra funding, said a person familiar with the talks.',
    'The festival has drawn about 40,000 visitors a year since it started in 1998.',
    'Brandt reportedly offered to pay for the fireworks herself.',
    'The council also wanted an audit of last year\'s spending, the person said.',
    'The bridge to the old town reopened on Friday after two years of repairs.',
  ].join('\n'),
  'bulletin.md': [
    '---',
    'outlet: Harbour Bulletin',
    'published: 2025-06-02',
    '---',
    '',
    'The old town bridge reopened on Friday, ending two years of repairs.',
    '',
    'Council treasurer Emil Sorensen said the budget had no room for the festival this year.',
  ].join('\n'),
  'references.json': JSON.stringify([{ file: 'gazette.txt', outlet: 'Port Gazette', published: '2025-06-01' }]),
};

const claims = (engine: Engine, text: string) =>
  engine.check(text).filter((f) => f.rule === 'attribution/unattributed-claim').map((f) => text.slice(f.range.start, f.range.end));

describe('attribution/unattributed-claim', () => {
  let engine: Engine;
  before(async () => {
    engine = await engineWithReferences(refs);
  });

  const flagged: [string, string][] = [
    ['a claim the reference attributes to an anonymous source', 'Mayor Lotte Brandt cancelled the harbour festival after the council refused extra funding.'],
    ['the same claim in other words', 'Brandt called off the harbour festival because the council refused to fund it.'],
    ['a claim the reference hedges', 'Brandt offered to pay for the fireworks herself.'],
  ];
  for (const [name, sentence] of flagged) {
    it(`flags ${name}`, () => assert.deepEqual(claims(engine, `Intro line here, officials said.\n\n${sentence}`), [sentence]));
  }

  const quiet: [string, string][] = [
    ['background the references state without attribution', 'The bridge to the old town reopened on Friday after two years of repairs.'],
    ['a claim attributed in the draft', 'Mayor Lotte Brandt cancelled the harbour festival after the council refused extra funding, city officials said.'],
    ['a hedged claim', 'Mayor Lotte Brandt reportedly cancelled the harbour festival after the council refused extra funding.'],
    ['a claim attributed in the next sentence of the paragraph', 'Mayor Lotte Brandt cancelled the harbour festival after the council refused extra funding. That is what two councillors told the Gazette.'],
    ['a headline', '# Mayor Lotte Brandt cancelled the harbour festival after the council refused extra funding'],
    ['a sentence the references do not carry', 'The ferry timetable changes next week for the summer season.'],
    ['a sentence sharing only topic words', 'The harbour festival poster shows the council building at night.'],
  ];
  for (const [name, text] of quiet) it(`does not flag ${name}`, () => assert.deepEqual(claims(engine, text), []));

  it('fixes in the draft style with the references\' source, resolving "the person"', () => {
    const text = 'The council wanted an audit of last year\'s spending.';
    const f = engine.check(text).find((x) => x.rule === 'attribution/unattributed-claim');
    assert.ok(f, 'flagged');
    assert.equal(f.data?.source, 'a person familiar with the talks');
    assert.equal(applyEdits(text, f.fixes[0].edits).text, "The council wanted an audit of last year's spending, a person familiar with the talks said.");
    assert.equal(f.evidence[0].outlet, 'Port Gazette');
    assert.equal(f.evidence[0].published, '2025-06-01');
    assert.match(f.evidence[0].excerpt, /the person said/);
    assert.deepEqual(f.evidence[0].range && refs['gazette.txt'].slice(f.evidence[0].range.start, f.evidence[0].range.end), f.evidence[0].excerpt);
  });

  it('puts the verb first when the draft does ("said X")', () => {
    const text = 'The plan changed, said one councillor. "It is late," said the clerk.\n\nMayor Lotte Brandt cancelled the harbour festival after the council refused extra funding.';
    const f = engine.check(text).find((x) => x.rule === 'attribution/unattributed-claim');
    assert.ok(f);
    assert.ok(applyEdits(text, f.fixes[0].edits).text.endsWith('refused extra funding, said a person familiar with the talks.'));
  });

  it('offers the outlet for a claim the references only hedge, and "reportedly"', () => {
    const text = 'Brandt offered to pay for the fireworks herself.';
    const f = engine.check(text).find((x) => x.rule === 'attribution/unattributed-claim');
    assert.ok(f);
    assert.deepEqual(f.fixes.map((x) => applyEdits(text, x.edits).text), [
      'Brandt offered to pay for the fireworks herself, Port Gazette reported.',
      'Brandt reportedly offered to pay for the fireworks herself.',
    ]);
  });

  it('is silent without references', async () => {
    const empty = await engineWithReferences({ 'other.txt': 'Nothing related is here at all.' });
    assert.deepEqual(claims(empty, 'Mayor Lotte Brandt cancelled the harbour festival after the council refused extra funding.'), []);
  });
});

describe('attribution/vague-attribution', () => {
  let engine: Engine;
  before(async () => {
    engine = await engineWithReferences(refs);
  });
  const vague = (text: string) => engine.check(text).filter((f) => f.rule === 'attribution/vague-attribution').map((f) => [text.slice(f.range.start, f.range.end), f.severity]);

  const table: [string, string, [string, string][]][] = [
    ['reportedly', 'The mayor reportedly left early.', [['reportedly', 'info']]],
    ['sources say', 'Sources say the festival is over.', [['Sources say', 'info']]],
    ['critics say', 'Critics say the council acted too late.', [['Critics say', 'info']]],
    ['it is believed', 'It is believed that the mayor left early.', [['is believed', 'info']]],
    ['a source named in the paragraph', 'The mayor reportedly left early, the Gazette said.', []],
    ['a source named in the paragraph, another sentence', 'Council treasurer Emil Sorensen spoke on Monday. He said the mayor reportedly left early.', []],
    ['a described anonymous source', 'A person familiar with the talks said the mayor had reportedly left early.', []],
    ['nothing vague', 'The mayor left early.', []],
  ];
  for (const [name, text, expected] of table) it(name, () => assert.deepEqual(vague(text), expected));
});
