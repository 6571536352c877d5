import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { buildDraft } from '../../server/src/engine/draft/draft';
import { emptyConfig } from '../../server/src/engine/config';
import { sentenceQuantities } from '../../server/src/engine/numbers/quantities';
import { figureMismatch } from '../../server/src/engine/checks/numbers/figure-mismatch';
import { applyEdits, safeFixEdits } from '../../server/src/engine/fixes';

const today = '2025-03-14';
const dir = join(__dirname, '..', 'fixtures', 'dates');

function figures(text: string) {
  const d = buildDraft(text, { today });
  const r = (x: number) => Math.round(x * 100) / 100;
  return d.sentences.flatMap((s) => sentenceQuantities(s, d.published)).map((f) => [f.text, f.noun, r(f.lo), Number.isFinite(f.hi) ? r(f.hi) : null]);
}

function run(text: string, corpus: Corpus) {
  const draft = buildDraft(text, { today });
  return figureMismatch.run({ draft, corpus, config: emptyConfig() });
}

function fixtureCorpus(): Corpus {
  const corpus = new Corpus();
  corpus.set(join(dir, 'refs', 'andes-wire.txt'), readFileSync(join(dir, 'refs', 'andes-wire.txt'), 'utf8'), { outlet: 'Andes Wire', published: '2025-03-13' });
  corpus.set(join(dir, 'refs', 'harbour-times.txt'), readFileSync(join(dir, 'refs', 'harbour-times.txt'), 'utf8'), { outlet: 'Harbour Times', published: '2025-03-12' });
  return corpus;
}

// A story of our own: Ruritania's rocket salvo, told by two outlets with different figures.
const ROCKET_REFS: [string, string, string][] = [
  ['a.txt', 'Ruritania launched roughly 200 ballistic rockets at Borduria on Sunday, officials said.', '2025-05-06'],
  ['b.txt', 'Ruritania has since launched over 180 ballistic rockets at Borduria, the army said.', '2025-05-07'],
  ['c.txt', 'Bordurian air defences intercepted around a dozen Ruritanian rockets on Sunday.', '2025-05-06'],
];
function rocketCorpus(extra: [string, string, string][] = []): Corpus {
  const corpus = new Corpus();
  for (const [id, text, published] of [...ROCKET_REFS, ...extra]) corpus.set(`/refs/${id}`, text, { outlet: `Outlet ${id[0].toUpperCase()}`, published });
  return corpus;
}
const rocketDraft = (body: string) => `---\npublished: 2025-05-07\n---\n\n${body}\n`;

describe('quantities: reading figures as ranges', () => {
  const TABLE: [string, (string | number | null)[][]][] = [
    ['Iran fired about 200 missiles.', [['about 200', 'missiles', 150, 250]]],
    // "More than" is strictly above, and not by a multiple: nobody writes "more than 80,000" for 800,000.
    ['Iran fired over 180 missiles.', [['over 180', 'missiles', 180.02, 360]]],
    ['The plan added more than 80,000 jobs.', [['more than 80,000', 'jobs', 80008, 160000]]],
    ['At least 15 people died.', [['At least 15', 'people', 15, null]]],
    ['Nearly 50 people died.', [['Nearly 50', 'people', 40, 50]]],
    ['They downed two dozen drones.', [['two dozen', 'drones', 19.2, 28.8]]],
    ['Dozens of people were hurt.', [['Dozens', 'people', 24, 99]]],
    // "About" spreads as far as the figure's precision allows: wide for 200, narrow for 383,000.
    ['Some 1,200 troops crossed.', [['Some 1,200', 'troops', 1056, 1344]]],
    ['About 383,000 homes lost power.', [['About 383,000', 'homes', 367680, 398320]]],
    ['The index fell as many as 806 points.', [['as many as 806', 'points', 773.76, 806]]],
    // Shares are not rounded: 70% is not 60%.
    ['Traders saw a 70% chance of a cut.', [['70%', '', 70, 70]]],
    ['Exactly 17 soldiers were hurt.', [['17', 'soldiers', 17, 17]]],
    // Spans and measures are compared too, unless they date something ("two days later").
    ['The two leaders spoke for the first time in 50 days.', [['50', 'days', 47.5, 52.5]]],
    ['The town lies 20 miles from the coast.', [['20', 'miles', 20, 20]]],
    ['Two days later the two leaders spoke again.', []],
    ['The arrest ended a 16-hour manhunt and an 800-person search.', [['16', 'hour', 16, 16], ['800', 'person', 720, 880]]],
    // Counted nouns behind a place name, and people counted by nationality.
    ['Crews left 86 Gulf of Mexico platforms.', [['86', 'platforms', 86, 86]]],
    ['The dead included 68 Canadians and eight Swedes.', [['68', 'Canadians', 68, 68], ['eight', 'Swedes', 8, 8]]],
    ['In 2024 elections, 12% of voters stayed home.', [['12%', '', 12, 12]]],
    ['Up to 30 fishermen were held.', [['Up to 30', 'fishermen', 0, 30]]],
    // A figure written to several digits is precise to its last digit; a round one is not.
    ['The clip drew 158,000 views.', [['158,000', 'views', 156710, 159290]]],
    ['He won three times and took 93 delegates.', [['three', 'times', 3, 3], ['93', 'delegates', 93, 93]]],
    ['The fine rose to $50,000, or 4.5 percent of $1.2 million.', [['$50,000', '', 45000, 55000], ['4.5 percent', '', 4.5, 4.5], ['$1.2 million', '', 1144000, 1256000]]],
    ['The 84-year-old was re-elected to a fifth term.', [['84', 'age', 84, 84], ['fifth', 'term', 5, 5]]],
    // A number word is a whole word: "sixteen" is not six, "tentative" holds no ten.
    ['Sixteen officers and some seventy residents signed a tentative deal.', [['Sixteen', 'officers', 16, 16], ['some seventy', 'residents', 52.5, 87.5]]],
    ['Between 10 and 20 people and at least eight rescuers were hurt.', [['Between 10 and 20', 'people', 10, 20], ['at least eight', 'rescuers', 8, null]]],
  ];
  for (const [text, expected] of TABLE) {
    it(text, () => assert.deepEqual(figures(text), expected));
  }
});

describe('numbers/figure-mismatch', () => {
  it('flags a count that no reference allows for the same thing, and keeps approximate agreement', () => {
    const text = readFileSync(join(dir, 'drafts', 'numbers.md'), 'utf8');
    const found = run(text, fixtureCorpus());
    assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), ['more than 60']);
    assert.match(found[0].message, /Some 40 \(Andes Wire, 2025-03-13\)/);
    assert.equal(found[0].evidence[0].says, 'Some 40');
    assert.equal(found[0].fixes[0].edits[0].newText, 'some 40');
    assert.equal(found[0].fixes[0].safe, true);
    const fixed = applyEdits(text, safeFixEdits(found.map((f) => ({ ...f, check: 'numbers', rule: figureMismatch.id, severity: 'warning' })))).text;
    assert.deepEqual(run(fixed, fixtureCorpus()), []);
  });

  it('does not flag figures the disagreeing references both allow', () => {
    // "roughly 200" and "over 180": "about 200" and "some 190" fit both.
    assert.deepEqual(run(rocketDraft('Ruritania launched about 200 ballistic rockets at Borduria.'), rocketCorpus()), []);
    assert.deepEqual(run(rocketDraft('Some 190 ballistic rockets were launched by Ruritania.'), rocketCorpus()), []);
  });

  it('compares interceptions with interceptions, not with launches', () => {
    const draft = rocketDraft('Bordurian air defences intercepted around two dozen rockets on Sunday.');
    const found = run(draft, rocketCorpus());
    assert.equal(found.length, 1);
    assert.match(found[0].message, /around a dozen \(Outlet C, 2025-05-06\)/);
    assert.deepEqual(run(rocketDraft('Bordurian air defences intercepted about a dozen rockets on Sunday.'), rocketCorpus()), []);
  });

  it('says when the references disagree with each other and offers each value without applying one', () => {
    const corpus = rocketCorpus([['d.txt', 'Bordurian air defences intercepted 40 Ruritanian rockets on Sunday.', '2025-05-06']]);
    const found = run(rocketDraft('Bordurian air defences intercepted around 25 rockets on Sunday.'), corpus);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /disagree/);
    assert.equal(found[0].data?.referencesDisagree, true);
    assert.ok(found[0].fixes.length === 2 && found[0].fixes.every((f) => !f.safe));
  });

  it('says nothing about things no reference counts, or about another event', () => {
    assert.deepEqual(run(rocketDraft('Borduria deployed 300 ballistic rockets to the border.'), rocketCorpus()), []);
    // The same kind of count, but a salvo months earlier.
    const old = rocketCorpus([['e.txt', 'Ruritania launched 35 ballistic rockets at Borduria on January 4.', '2025-01-05']]);
    const text = '---\npublished: 2025-01-06\n---\n\nRuritania launched 35 ballistic rockets at Borduria on January 4.\n';
    assert.deepEqual(run(text, old), []);
  });
});
