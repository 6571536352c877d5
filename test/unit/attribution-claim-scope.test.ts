// attribution/unattributed-claim (issue 10): only the reporting verb's complement is the source's claim; what an
// attributed reference sentence says around it (relative clauses, appositives, context before the source, a
// noun or an infinitive) is the writer's background. Invented text.
import { strict as assert } from 'node:assert';
import { engineWithReferences } from '../helpers/memory-host';
import type { Engine } from '../../server/src/engine/index';

const refs = {
  'courier.txt': [
    'Earlier Tuesday, harbour officials said the tanker, which was first spotted by fishermen, had been part of a smuggling ring tied to the storm that sank the Marit Vale and two other trawlers off Skerry Point.',
    'Minister Helga Dahl also said she wants the port committee to act quickly on the nomination of Captain Rolf Imsen to lead the coast guard fleet.',
    'Kessler, who was trained as a navy diver in Bergen, sabotaged the tanker\'s pumps last winter, a person familiar with the investigation said.',
    'The island ferry route is thought to be the busiest in the north, and the ferries have carried four million travellers since the bridge opened.',
    'Coast guard sources said the smugglers had hidden cocaine in the tanker\'s ballast tanks.',
    'The agreement calls for a review of the fishing quota every five years that would extend the treaty for 20 more years, officials said.',
    'Seabed surveys found cracks in two pylons of the Skerry bridge, according to several media reports.',
    'The Nordic maritime agency NMA said on Monday the port of Brekke was inviting salvage crews from Norway to help raise the trawler.',
    '"The new locks were installed without any safety inspection at all," the harbour workers\' union said.',
    '"This morning the mayor and the harbour master met at the town hall to discuss the dredging plan," their offices said in a joint statement.',
    'Harbour spokeswoman Mia Strand told reporters the pier was built with the cheapest concrete on the market.',
    'Officials said the smugglers sabotaged the dredger and wrecked the season.',
    'Aides said Lund had taken the lead in the talks with Nordic Shipping.',
    'Lund, the county\'s outgoing governor and a former harbour pilot, will visit the port with the county\'s board on Friday.',
    'The ferry company will cancel the northern route to Vardo in March, Nordpost reported.',
    '"The office only made small changes to notes used by Port Commissioner of the Northern Isles Ada Berg," Strand said.',
  ].join('\n'),
};

describe('attribution/unattributed-claim: the claim is the reporting verb\'s complement', () => {
  let engine: Engine;
  before(async () => {
    engine = await engineWithReferences(refs);
  });
  const claims = (text: string) => engine.check(text).filter((f) => f.rule === 'attribution/unattributed-claim').map((f) => text.slice(f.range.start, f.range.end));

  it('does not flag a fact the reference gives in a relative clause of the attributed sentence', () => {
    assert.deepEqual(claims('The storm sank the Marit Vale and two other trawlers off Skerry Point.'), []);
  });

  it('does not flag a fact the reference gives in a relative clause set off by commas', () => {
    assert.deepEqual(claims('Kessler was trained as a navy diver in Bergen.'), []);
  });

  it('still flags the claim itself', () => {
    const text = 'Kessler sabotaged the tanker\'s pumps last winter.';
    assert.deepEqual(claims(text), [text]);
    const hidden = 'The smugglers had hidden cocaine in the tanker\'s ballast tanks.';
    assert.deepEqual(claims(hidden), [hidden]);
  });

  it('does not flag a fact the reference names only as a noun or an infinitive of the claim', () => {
    assert.deepEqual(claims('Captain Rolf Imsen was nominated to lead the coast guard fleet.'), []);
  });

  it('flags a relative clause\'s fact when the draft also states the claim\'s main clause', () => {
    const text = 'The fishing quota will be reviewed every five years and could extend the treaty for 20 more years.';
    assert.deepEqual(claims(text), [text]);
  });

  it('reads a hedge\'s scope as its own clause: a later clause of the sentence is background', () => {
    assert.deepEqual(claims('The ferries have carried four million travellers since the bridge opened.'), []);
  });

  it('takes unnamed media reports as an unnamed source', () => {
    const text = 'Seabed surveys by county engineers found cracks in two pylons of the Skerry bridge after the winter storms.';
    assert.deepEqual(claims(text), [text]);
  });

  it('does not flag a named subject\'s own invitation that the references have on the record', () => {
    assert.deepEqual(claims('Brekke harbour master Ola Brekke invited salvage crews from Norway to help raise the trawler.'), []);
  });

  it('does not flag a conditional sentence or a paragraph that ends without punctuation', () => {
    assert.deepEqual(claims('If the filings are right, the smugglers had hidden cocaine in the tanker\'s ballast tanks.'), []);
    assert.deepEqual(claims('The port is closed.\n\nMore: Who is Kessler? More about the smugglers who hid cocaine in the tanker\'s ballast tanks'), []);
  });

  it('flags a speaker\'s quoted words repeated without quotation marks or source, not the same event in other words', () => {
    const text = 'The new locks were installed without any safety inspection.';
    assert.deepEqual(claims(text), [text]);
    assert.deepEqual(claims('The mayor and the harbour master met on Tuesday morning at the town hall.'), []);
  });

  it('does not flag a denial of the reference\'s claim', () => {
    assert.deepEqual(claims('The smugglers did not sabotage the dredger and did not wreck the season.'), []);
  });

  it('does not take a later report with a claim of its own as the source of the sentence before it', () => {
    const text = 'The pier was built with the cheapest concrete on the market. Mia Strand said the repairs would take a year.';
    assert.deepEqual(claims(text), ['The pier was built with the cheapest concrete on the market.']);
  });

  it('does not read "he" as a document or an office named before it', () => {
    const text = 'A reply sent inside the Harbour Office said: "Keep it quiet."\n\n"We will appeal," he said. The pier was built with the cheapest concrete on the market.';
    assert.deepEqual(claims(text), ['The pier was built with the cheapest concrete on the market.']);
  });

  it('leaves the draft sentence\'s own appositive out of its claim', () => {
    const text = 'Lund, the county\'s outgoing governor and a former harbour pilot, took the lead in the talks with Nordic Shipping.';
    assert.deepEqual(claims(text), [text]);
  });

  it('does not take a title repeated from a quote for the speaker\'s wording', () => {
    assert.deepEqual(claims('The notes were handed to Port Commissioner of the Northern Isles Ada Berg before the hearing.'), []);
  });

  it('does not flag a claim the references credit to the outlet whose dateline the draft carries', () => {
    const claim = 'The ferry company will cancel the northern route to Vardo in March.';
    assert.deepEqual(claims(`TROMSO (Nordpost) - Storms shut the harbour on Monday.\n\n${claim}`), []);
    assert.deepEqual(claims(`TROMSO (Courier) - Storms shut the harbour on Monday.\n\n${claim}`), [claim]);
  });
});
