import { strict as assert } from 'node:assert';
import type { Engine } from '../../server/src/engine/index';
import { applyEdits } from '../../server/src/engine/fixes';
import { buildDraft } from '../../server/src/engine/draft/draft';
import { peopleFacts, organizationFacts } from '../../server/src/engine/names/facts';
import { engineWithReferences } from '../helpers/memory-host';
import { fixtureFiles } from '../helpers/fixtures';

// References (test/fixtures/names): Foreign Minister Maria Lindqvist in two outlets, "Trade Minister" in a third;
// Defense/Defence Minister Karl Hedlund; Finance Minister Tomas Berg; cabinet press secretary Olga Virtanen; Nordbank.
const draft = (body: string) => `---\npublished: 2025-03-06\n---\n${body}\n`;

function flagged(engine: Engine, body: string, rule?: string) {
  const text = draft(body);
  return engine
    .check(text)
    .filter((f) => !rule || f.rule === rule)
    .map((f) => ({ rule: f.rule, text: text.slice(f.range.start, f.range.end), finding: f, draft: text }));
}

describe('names check', () => {
  let engine: Engine;
  before(async () => {
    engine = await engineWithReferences(fixtureFiles('names'));
  });

  describe('names/title-mismatch', () => {
    const cases: [string, string, string | null][] = [
      ['a contradicting title', 'Interior Minister Maria Lindqvist spoke on Monday.', 'Interior Minister'],
      ['the title the references give', 'Foreign Minister Maria Lindqvist spoke on Monday.', null],
      ['a less specific title', 'Minister Maria Lindqvist spoke on Monday.', null],
      ['a rank the references do not give', 'Deputy Foreign Minister Maria Lindqvist spoke.', 'Deputy Foreign Minister'],
      ['word order ("Minister for Foreign Affairs")', 'Minister for Foreign Affairs Maria Lindqvist spoke.', null],
      ['a country prefix', 'Swedish Foreign Minister Maria Lindqvist spoke.', null],
      ['a lowercase description in apposition', "The country's trade minister, Maria Lindqvist, spoke.", null],
      ['an apposition after the name', 'Maria Lindqvist, the interior minister, spoke.', null],
      ['Defence vs Defense', 'Defence Minister Karl Hedlund declined.', null],
      ['press secretary word order', 'Deputy Cabinet Press Secretary Olga Virtanen said no.', null],
      ['a surname-only mention with a wrong title', 'Maria Lindqvist arrived. Later, Finance Minister Lindqvist left.', 'Finance Minister'],
      ['a person the references never mention', 'Interior Minister Johan Ekberg spoke.', null],
      ['a generic head ("leader") never contradicts an office', 'Party leader Tomas Berg spoke.', null],
    ];
    for (const [name, body, expected] of cases) {
      it(`${expected ? 'flags' : 'accepts'} ${name}`, () => {
        const hits = flagged(engine, body, 'names/title-mismatch').map((h) => h.text);
        assert.deepEqual(hits, expected ? [expected] : []);
      });
    }

    it('says when the references disagree, and offers the majority title without applying it blindly', () => {
      const [hit] = flagged(engine, 'Trade Minister Maria Lindqvist spoke.', 'names/title-mismatch');
      assert.ok(hit, 'a minority title is flagged');
      assert.match(hit.finding.message, /disagree/);
      assert.match(hit.finding.message, /Evening Ledger/);
      const fix = hit.finding.fixes[0];
      assert.equal(fix.edits[0].newText, 'Foreign Minister');
      assert.equal(fix.safe, false);
    });

    it('carries evidence with outlet, date and the reference sentence', () => {
      const [hit] = flagged(engine, 'Interior Minister Maria Lindqvist spoke.', 'names/title-mismatch');
      const outlets = hit.finding.evidence.map((e) => e.outlet);
      assert.ok(outlets.includes('Harbour Post'));
      const ev = hit.finding.evidence.find((e) => e.outlet === 'Harbour Post')!;
      assert.equal(ev.published, '2025-03-04');
      assert.match(ev.excerpt, /Foreign Minister Maria Lindqvist told reporters/);
    });

    it('keeps the draft spelling convention in the fix and the fix clears the finding', () => {
      const [hit] = flagged(engine, 'The defence budget grew. Interior Minister Karl Hedlund agreed.', 'names/title-mismatch');
      assert.equal(hit.finding.fixes[0].edits[0].newText, 'Defence Minister');
      const fixed = applyEdits(hit.draft, hit.finding.fixes[0].edits).text;
      assert.deepEqual(engine.check(fixed).filter((f) => f.rule === 'names/title-mismatch'), []);
    });

    it('offers "accept this title" as a copydesk.json edit', () => {
      const [hit] = flagged(engine, 'Interior Minister Maria Lindqvist spoke.', 'names/title-mismatch');
      const accept = hit.finding.fixes.find((f) => f.configEdit);
      assert.deepEqual(accept?.configEdit, { path: ['names', 'acceptTitles', 'Maria Lindqvist'], value: 'Interior Minister' });
    });
  });

  describe('names/spelling-variant', () => {
    const cases: [string, string, string | null, string?][] = [
      ['a misspelled surname', 'Foreign Minister Maria Lindkvist spoke.', 'Lindkvist', 'Lindqvist'],
      ['a misspelled organisation', 'The lender Nordbanc declined to comment.', 'Nordbanc', 'Nordbank'],
      ['a short surname after the right first name', 'Finance Minister Tomas Bergg spoke.', 'Bergg', 'Berg'],
      ['a short name on its own (too short to judge)', 'Officials from Bergg declined.', null],
      // Outlets write accents or leave them out (house style): only a draft mixing both spellings is flagged.
      ['an accent the references do not write', 'Opposition leader Petra Sündin spoke.', null],
      ['an accent beside the unaccented spelling in one draft', 'Opposition leader Petra Sundin spoke. Sündin left.', 'Sündin', 'Sundin'],
      ['a hyphen fragment at a line break', 'The Nordbank-\nled group met.', null],
      ['a vowel slip in a first name', 'Finance Minister Tomos Berg spoke.', null], // 5 letters: one slip allowed, but "Tomos" vs "Tomas"...
      ['a different real name one consonant away', 'Talks with Valdonia continued.', null],
      ['a derived word', 'The Valdorian delegation left.', null],
      ['a derived plural', 'Two Valdorians left.', null],
      ['a correctly spelled name', 'Nordbank and Maria Lindqvist agreed.', null],
      ['a name the references never mention', 'Gustav Lundmark said nothing.', null],
    ];
    for (const [name, body, expected, fix] of cases) {
      if (name === 'a vowel slip in a first name') continue; // covered below with its real expectation
      it(`${expected ? 'flags' : 'accepts'} ${name}`, () => {
        const hits = flagged(engine, body, 'names/spelling-variant');
        assert.deepEqual(hits.map((h) => h.text), expected ? [expected] : []);
        if (fix) assert.equal(hits[0].finding.fixes[0].edits[0].newText, fix);
      });
    }

    it('flags a vowel slip in a five-letter first name', () => {
      const hits = flagged(engine, 'Finance Minister Tomos Berg spoke.', 'names/spelling-variant');
      assert.deepEqual(hits.map((h) => [h.text, h.finding.fixes[0].edits[0].newText]), [['Tomos', 'Tomas']]);
    });

    it('applies the fix and the re-check is clean', () => {
      const [hit] = flagged(engine, 'Foreign Minister Maria Lindkvist spoke.', 'names/spelling-variant');
      const fixed = applyEdits(hit.draft, hit.finding.fixes[0].edits).text;
      assert.deepEqual(engine.check(fixed).map((f) => f.rule), []);
    });
  });

  describe('names/inconsistent-in-draft', () => {
    it('flags two spellings of a name the references do not settle', () => {
      const hits = flagged(engine, 'Envoy Rasmus Qaderi arrived. Later Qadiri left for Harnsund. Qaderi said he would return.', 'names/inconsistent-in-draft');
      assert.deepEqual(hits.map((h) => h.text), ['Qadiri']);
      assert.equal(hits[0].finding.fixes[0].edits[0].newText, 'Qaderi');
    });

    it('flags two incompatible titles of a person the references do not know', () => {
      const hits = flagged(engine, 'Interior Minister Johan Ekberg spoke. Justice Minister Johan Ekberg left.', 'names/inconsistent-in-draft');
      assert.deepEqual(hits.map((h) => h.text), ['Justice Minister']);
    });

    it('leaves one consistent spelling alone', () => {
      assert.deepEqual(flagged(engine, 'Rasmus Qaderi arrived. Qaderi left.', 'names/inconsistent-in-draft'), []);
    });
  });

  describe('copydesk.json register', () => {
    it('honours accepted spellings, accepted titles, house spellings and house titles', async () => {
      const withConfig = await engineWithReferences(fixtureFiles('names'), {
        names: {
          accept: ['Lindkvist'],
          acceptTitles: { 'Maria Lindqvist': ['Trade Minister'] },
          spellings: { Harnsund: 'Härnsund' },
          titles: { 'Karl Hedlund': 'Security Minister' },
        },
      });
      const hits = flagged(withConfig, 'Trade Minister Maria Lindkvist visited Harnsund. Defense Minister Karl Hedlund stayed.');
      assert.deepEqual(hits.map((h) => [h.rule, h.text]), [
        ['names/spelling-variant', 'Harnsund'],
        ['names/title-mismatch', 'Defense Minister'],
      ]);
    });
  });
});

describe('names check: ranks and in-draft transliterations', () => {
  let engine: Engine;
  before(async () => {
    engine = await engineWithReferences(fixtureFiles('names'));
  });

  it('flags a title that drops the rank the references give (a deputy is not the press secretary)', () => {
    assert.deepEqual(flagged(engine, 'Cabinet Press Secretary Olga Virtanen said no.', 'names/title-mismatch').map((h) => h.text), ['Cabinet Press Secretary']);
  });

  it('flags two transliterations one letter apart in length in the same draft', () => {
    const hits = flagged(engine, 'Envoy Rasmus Aragchiev arrived. Later, Araqchiev said more. Aragchiev left.', 'names/inconsistent-in-draft');
    assert.deepEqual(hits.map((h) => h.text), ['Araqchiev']);
  });
});

describe('names facts', () => {
  it('lists people with titles and mentions, and organisations seen outside headlines only', () => {
    const text = '# Harbour Pact Signed\n\nFinance Minister Tomas Berg signed the pact with Nordbank. Berg said it was fair.\n';
    const doc = buildDraft(text, { today: '2025-03-10' });
    const people = peopleFacts(doc);
    assert.deepEqual(people.map((p) => [p.name, p.titles, p.mentions.map((m) => text.slice(m.start, m.end))]), [['Tomas Berg', ['Finance Minister'], ['Tomas Berg', 'Berg']]]);
    assert.deepEqual(organizationFacts(doc).map((o) => o.name), ['Nordbank']);
  });
});
