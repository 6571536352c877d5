// attribution/unattributed-claim at clause level (issue 10): a draft sentence aligned with the reference sentence
// or clause that states the same fact, attributed there and not in the draft (invented text).
import { strict as assert } from 'node:assert';
import { engineWithReferences } from '../helpers/memory-host';
import type { Engine } from '../../server/src/engine/index';

const refs = {
  'gazette.txt': [
    'The ferry sank after its engine failed near the outer reef, harbour master Ines Kofler said.',
    'Rescue boats reached the outer reef within the hour.',
    'The island route "remains safe for passenger traffic," the ferry company said in a statement on Monday.',
    'The Nordlys ferry was the company\'s third lost vessel this season, according to the maritime authority, and while the cause is unknown, some islanders already blame the old pier.',
    'The US officials said coastal radar tracked the tanker across the northern strait for two nights.',
    'The yard company said the new hull was generally sturdy and well tested.',
    'The Nordlys ferry was built by Aker and delivered in 2014 for the northern route, an Aker official said.',
    'The skipper was Jon Berg, a 52-year-old captain from Tromso, the ferry company said.',
    'The coastal road to the Nordlys terminal may be impassable for several weeks, the county roads office said.',
  ].join('\n'),
};

describe('attribution/unattributed-claim: clause-level alignment', () => {
  let engine: Engine;
  before(async () => {
    engine = await engineWithReferences(refs);
  });
  const claims = (text: string) => engine.check(text).filter((f) => f.rule === 'attribution/unattributed-claim').map((f) => text.slice(f.range.start, f.range.end));
  const sank = 'The ferry sank after its engine failed near the outer reef.';

  it('flags a claim whose paragraph attributes other things to another source', () => {
    assert.deepEqual(claims(`Police said the crossing began at noon. ${sank}`), [sank]);
  });

  it('does not flag a claim after a sentence from the same source (the reader still hears that source)', () => {
    assert.deepEqual(claims(`Kofler said the crossing began at noon. ${sank}`), []);
    assert.deepEqual(claims(`The harbour master said the crossing began at noon. ${sank}`), []);
  });

  it('flags a claim before a later sentence that attributes a claim of its own to the same source', () => {
    assert.deepEqual(claims(`${sank} Kofler said the rescue boats found all twelve passengers alive on the reef.`), [sank]);
  });

  it('does not flag a claim a later sentence points back to', () => {
    assert.deepEqual(claims(`${sank} That is what Kofler told reporters.`), []);
  });

  it('flags a partly quoted statement of a named speaker restated as plain fact', () => {
    const text = 'The island route remains safe for passenger traffic.';
    assert.deepEqual(claims(text), [text]);
  });

  it('aligns a draft sentence with one clause of a long reference sentence', () => {
    const text = "The Nordlys ferry was the company's third lost vessel this season.";
    assert.deepEqual(claims(text), [text]);
  });

  it('finds a name of the draft sentence in the reference\'s source phrase', () => {
    const text = 'U.S. coastal radar tracked the tanker across the northern strait for two nights.';
    assert.deepEqual(claims(text), [text]);
  });

  it('flags a short claim of three content words when it is all of the reference\'s claim', () => {
    const text = 'The new hull was generally sturdy and well tested.';
    assert.deepEqual(claims(text), [text]);
  });

  it('reads a shared adjective as the shared predicate of a sentence whose only verb is "be"', () => {
    const text = 'The coastal road to the Nordlys terminal may be impassable for several weeks.';
    assert.deepEqual(claims(text), [text]);
  });

  it('does not flag a sentence that names the reference\'s source as its actor', () => {
    assert.deepEqual(claims('The Nordlys ferry was built by Aker and delivered in 2014 for the northern route.'), []);
  });

  it('does not flag an identification the sentence gives to whoever made it', () => {
    assert.deepEqual(claims('The ferry company identified the skipper as Jon Berg, a 52-year-old captain from Tromso.'), []);
  });

  it('does not flag a claim the sentence gives to a document', () => {
    assert.deepEqual(claims('The ferry sank after its engine failed near the outer reef, court documents show.'), []);
    assert.deepEqual(claims('The inquiry found the ferry sank after its engine failed near the outer reef.'), []);
  });

  it('does not flag background a reference states without attribution', () => {
    assert.deepEqual(claims('Police said the crossing began at noon. Rescue boats reached the outer reef within the hour.'), []);
  });
});
