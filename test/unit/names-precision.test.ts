import { strict as assert } from 'node:assert';
import type { Engine } from '../../server/src/engine/index';
import { dedupeOverlapping } from '../../server/src/engine/names/confidence';
import { conventionVariant, sameWordFamily } from '../../server/src/engine/names/name-words';
import { nearMiss } from '../../server/src/engine/names/near-miss';
import { engineWithReferences } from '../helpers/memory-host';

// Invented references for the precision and recall patterns of the names check on real copy.
const ref = (outlet: string, published: string, body: string) => `---\noutlet: ${outlet}\npublished: ${published}\n---\n${body}\n`;
const references = {
  'courier.md': ref(
    'Valley Courier',
    '2025-05-02',
    [
      'Rep. Dana Whitcombe said on Monday that the budget vote would go ahead, and the Democratic caucus objected.',
      'Congressman Arne Holt, a former Canada trade envoy, backed the plan. Speaker Ilse Marchetti scheduled the vote.',
      'White House spokesman Piet Varga said the president would sign it. Party officials met Christian groups.',
      'The militia Hezbollah was blamed. Lt. Gen. Nils Brandt, the national security adviser, briefed senators.',
      'Harbour Safety Agency Director Tove Lind testified. The vote came after talks with Mohamed Aziz and Eric Dahlberg.',
      'Prime Minister Lena Ostrova welcomed the result, and Mursi loyalists protested. Majority Leader Jonas Ekholm agreed.',
      'Obama tapped then-Solicitor General Ada Kersten for the court. President Hal Munro signed the bill.',
      'Former Gov. Ulla Brenner criticised the vote. The U.S.-based group objected.',
      'Harbour master Tomas Foote said the quay was safe. Sen. Bill Ostrander voted for the Harbour Bill.',
    ].join('\n\n'),
  ),
  'ledger.md': ref(
    'Evening Ledger',
    '2025-05-03',
    [
      'Rep. Dana Whitcombe, who also chairs the state party, defended the budget. Congressman Arne Holt agreed.',
      'Speaker Ilse Marchetti said the vote would be close. Lt. Gen. Nils Brandt declined to comment.',
      'A militant wrote that "Hezbolah [sic] will answer," but Hezbollah itself was silent. Mursi supporters gathered.',
      'Prime Minister Lena Ostrova spoke to Mohamed Aziz. Majority Leader Jonas Ekholm counted votes.',
      'White House spokesman Piet Varga declined to comment.',
      'Former Gov. Ulla Brenner said the vote was rushed. The U.S.-based group was silent.',
    ].join('\n\n'),
  ),
  'wire.md': ref('Nordic Wire', '2025-05-03', 'State Party Chairman Dana Whitcombe called the vote historic. Mursi was not mentioned.'),
};

const draft = (body: string) => `---\npublished: 2025-05-04\n---\n${body}\n`;

function flagged(engine: Engine, body: string, rule: string) {
  const text = draft(body);
  return engine
    .check(text)
    .filter((f) => f.rule === rule)
    .map((f) => ({ text: text.slice(f.range.start, f.range.end), confidence: f.confidence }));
}

describe('names check on real-copy patterns', () => {
  let engine: Engine;
  before(async () => {
    engine = await engineWithReferences(references);
  });

  describe('names/spelling-variant: only names are spelling variants', () => {
    const cases: [string, string, string | null][] = [
      ['a party word against the party adjective', 'Democrats objected to the budget on Monday.', null],
      ['a demonym against the country', 'Canadian officials were not consulted.', null],
      ['a name against a common word', 'Governor Lisa Christie praised the budget.', null],
      ['an outlet against an ordinary word', 'Politico first reported the vote.', null],
      ['two first names of two people', 'Erica Lindholm, a budget analyst, said the vote was close.', null],
      ['a transliteration the draft keeps throughout', 'Mursy loyalists marched. Mursy had no comment. Supporters of Mursy left.', null],
      ['a slip next to the references’ spelling', 'Mursi loyalists marched. Later, Mursy supporters left.', 'Mursy'],
      ['a misspelling the reference marks "[sic]"', 'The militia Hezbolah was blamed for the attack.', 'Hezbolah'],
      ['abbreviation periods as a house style', 'The US-based group agreed.', null],
      ['a misspelled surname', 'Rep. Dana Whitcomb defended the budget.', 'Whitcomb'],
      ['a final i/y transliteration written once', 'Mursy loyalists marched on Monday.', null],
      ['a transliteration the draft holds, beside one reference spelling', 'Mursy loyalists marched. Mursy spoke. The "Mursi file" was read out. Mursy left.', null],
      ['an accent the references leave out', 'Rep. Dana Whitcombé defended the budget.', null],
      ['a surname slip that is also an ordinary word, anchored by the full name', 'Harbour master Tomas Foot said the quay was safe.', 'Foot'],
      ['the ordinary word in another name', 'The Foot Guards band played at the quay.', null],
      ['a fragment of a compound broken at a hyphen', 'The Hezbollah-\nled group and the Whitcombe-\nbacked bill.', null],
    ];
    for (const [name, body, expected] of cases) {
      it(`${expected ? 'flags' : 'accepts'} ${name}`, () => {
        const hits = flagged(engine, body, 'names/spelling-variant');
        assert.deepEqual(hits.map((h) => h.text), expected ? [expected] : []);
        for (const h of hits) assert.ok(h.confidence !== undefined && h.confidence >= 0.5 && h.confidence <= 1, `confidence ${h.confidence}`);
      });
    }
  });

  describe('names/title-mismatch on real-copy titles', () => {
    const cases: [string, string, string | null][] = [
      ['a representative who chairs a party', 'State Party Chairman Dana Whitcombe spoke.', null],
      ['a synonym and an abbreviation ("Rep." for a congressman)', 'Rep. Arne Holt spoke on Monday.', null],
      ['"press secretary" for a spokesman', 'White House Press Secretary Piet Varga spoke.', null],
      ['an acronym for the agency', 'HSA Director Tove Lind testified again.', null],
      ['a military rank beside a post', 'National Security Adviser Nils Brandt spoke. Gen. Nils Brandt left.', null],
      ['a preposition before a title', 'Taxes rose in the Valley Republic under President Hal Munro, critics said.', null],
      ['a past office against a present one', 'The court welcomed Justice Ada Kersten.', null],
      ['a person and a title joined by "and"', 'President Hal Munro and Valley Rep. Dana Whitcombe met.', null],
      ['headline case', 'Voters Tell President Lena Ostrova Budget Must Change', null],
      ['"Sen." for a representative', 'Sen. Dana Whitcombe spoke on Monday.', 'Sen.'],
      ['"Majority Leader" for the Speaker', 'Majority Leader Ilse Marchetti scheduled the vote.', 'Majority Leader'],
      ['"Minority Leader" for the majority leader', 'Minority Leader Jonas Ekholm counted votes.', 'Minority Leader'],
      ['another military rank', 'Maj. Gen. Nils Brandt briefed senators.', 'Maj. Gen.'],
      ['a lowercase title after the name naming another office', 'Ulla Brenner, a former Valley senator, objected.', 'former Valley senator'],
      ['a lowercase title after the name that agrees', 'Ulla Brenner, a former governor, objected.', null],
      ['a lowercase description of another portfolio', 'Lena Ostrova, the trade minister, objected.', null],
      ['a lowercase title before the name naming another office', 'White House communications director Piet Varga spoke.', 'White House communications director'],
      ['a lowercase title before the name that agrees', 'White House press secretary Piet Varga spoke.', null],
      ['a title for a person whose given name is also an organisation word ("Bill")', 'Rep. Bill Ostrander voted for it.', 'Rep.'],
      ['another office for a person named by a shortened given name', 'Finance Minister Len Ostrova spoke.', 'Finance Minister'],
    ];
    for (const [name, body, expected] of cases) {
      it(`${expected ? 'flags' : 'accepts'} ${name}`, () => {
        const hits = flagged(engine, body, 'names/title-mismatch');
        assert.deepEqual(hits.map((h) => h.text), expected ? [expected] : []);
        for (const h of hits) assert.ok(h.confidence !== undefined && h.confidence >= 0.5);
      });
    }
  });

  describe('names/inconsistent-in-draft on real-copy patterns', () => {
    const cases: [string, string, string | null][] = [
      ['an adjective and its noun', 'Islamist groups met. The Islamic council objected.', null],
      ['two people whose first names are spelled alike', 'Mohammed Tahir met Mohamed Farouk on Monday.', null],
      ['two spellings of one person', 'Envoy Rasmus Qaderi arrived. Later Qadiri left. Qaderi returned.', 'Qadiri'],
      ['a surname-only mention of another holder of the name', 'Senator Hanne Voss spoke. Former President Voss did not.', null],
      ['near names inside two full names with nothing else in common', 'Imam Samir Abdel Bary prayed. Officer Ahmed Adel spoke. Adel said more.', null],
      ['a British spelling of a capitalised common word', 'Radicalisation was the topic. Radicalization rose.', null],
    ];
    for (const [name, body, expected] of cases) {
      it(`${expected ? 'flags' : 'accepts'} ${name}`, () => {
        const hits = flagged(engine, body, 'names/inconsistent-in-draft');
        assert.deepEqual(hits.map((h) => h.text), expected ? [expected] : []);
      });
    }
  });

  it('keeps one finding per stretch of text, the most confident', () => {
    const f = (start: number, end: number, confidence: number, message: string) => ({ range: { start, end }, message, evidence: [], fixes: [], confidence });
    const kept = dedupeOverlapping([f(0, 10, 0.6, 'a'), f(5, 12, 0.8, 'b'), f(20, 25, 0.5, 'c')]);
    assert.deepEqual(kept.map((k) => k.message), ['b', 'c']);
  });
});

describe('conventionVariant: spellings outlets and scrapers differ by, never a slip', () => {
  const cases: [string, string, boolean][] = [
    ['Rosselló', 'Rossello', true],
    ['Morsy', 'Morsi', true],
    ['Lugovoy', 'Lugovoi', true],
    ['Rossell', 'Rosselló', true], // a scraper dropped the accented letter
    ['Robinsonat', 'Robinson', true], // "Robinson at" glued by a scraper
    ['Gallent', 'Gallant', false],
    ['Austen', 'Austin', false],
    ['Hezbolla', 'Hezbollah', false],
    ['Powel', 'Powell', false],
  ];
  for (const [a, b, expected] of cases) {
    it(`${a} / ${b}: ${expected ? 'a convention' : 'a slip'}`, () => assert.equal(conventionVariant(a, b), expected));
  }
});

describe('slips of long names and doubled last letters', () => {
  it('reads a letter typed two places late in a long name as one slip', () => {
    assert.equal(nearMiss('Vandenbolous', 'Vandenboulos'), 1);
    assert.equal(nearMiss('Berg', 'Breg'), undefined, 'short names get no such allowance');
  });
  it('reads a doubled last letter as a slip, not a word ending', () => {
    assert.equal(sameWordFamily('Hollitt', 'Hollit'), false);
    assert.equal(sameWordFamily('Texans', 'Texas'), true);
  });
});
