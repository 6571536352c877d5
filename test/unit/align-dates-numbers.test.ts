// Dates and figures compared inside aligned sentence pairs (issue 10): invented stories of our own.
import { strict as assert } from 'node:assert';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { buildDraft } from '../../server/src/engine/draft/draft';
import { alignSentence } from '../../server/src/engine/align/index';
import { dateMismatch } from '../../server/src/engine/checks/dates/date-mismatch';
import { weekdayMismatch } from '../../server/src/engine/checks/dates/weekday-mismatch';
import { figureMismatch } from '../../server/src/engine/checks/numbers/figure-mismatch';
import type { Finding } from '../../server/src/engine/types';
import { runRules } from '../helpers/rule-runner';

const RULES = [dateMismatch, weekdayMismatch, figureMismatch];

/** A corpus of one-line references; every reference is published on `published`. */
function corpusOf(lines: string[], published = '2025-06-12'): Corpus {
  const corpus = new Corpus();
  lines.forEach((text, i) => corpus.set(`/refs/r${i}.txt`, text, { outlet: `Outlet ${i + 1}`, published }));
  return corpus;
}

function check(body: string, refs: string[], published = '2025-06-12'): Finding[] {
  return runRules(RULES, `---\npublished: ${published}\n---\n\n${body}\n`, corpusOf(refs, published));
}
const flagged = (fs: Finding[], body: string) => {
  const text = `---\npublished: 2025-06-12\n---\n\n${body}\n`;
  return fs.map((f) => [f.rule, text.slice(f.range.start, f.range.end)]);
};

// Background sentences so IDF has a story to weigh words against.
const STORY = [
  'Rain delayed the ferry service between Tallinna and Kessel for most of the week.',
  'Harbour officials in Kessel said the new quay would open in the autumn.',
  'The regional council met to discuss the budget for the coming year.',
];

describe('alignment: the reference sentences that state the same fact', () => {
  it('ranks the sentence with the same rare words first and ignores sentences that share only common words', () => {
    const corpus = corpusOf([...STORY, 'The attorney general of Ostland announced Wednesday that the inquiry into the harbour contracts was closed.']);
    const draft = buildDraft('The attorney general of Ostland announced Thursday that the harbour contracts inquiry was closed.', { today: '2025-06-12' });
    const aligned = alignSentence(corpus, draft.sentences[0], 0.3);
    assert.equal(aligned.length, 1);
    assert.match(aligned[0].sentence.text, /announced Wednesday/);
  });
});

describe('dates compared slot by slot', () => {
  it('flags a weekday on its own with the same subject and verb, naming the word that differs', () => {
    const body = 'The attorney general of Ostland announced Thursday that the inquiry into the harbour contracts was closed.';
    const fs = check(body, [...STORY, 'The attorney general of Ostland announced Wednesday that the inquiry into the harbour contracts was closed.']);
    assert.deepEqual(flagged(fs, body), [['dates/weekday-mismatch', 'Thursday']]);
    assert.match(fs[0].message, /"Wednesday", not "Thursday"/);
    assert.match(fs[0].evidence[0].excerpt, /announced Wednesday/);
    assert.ok(fs[0].confidence! >= 0.5 && fs[0].confidence! <= 1);
  });

  it('flags a date anchored to another event ("since August 12" against "since August 22")', () => {
    const body = 'It was the first conversation between Premier Lund and Chancellor Aalto since August 12, their aides said.';
    const fs = check(body, [...STORY, 'It was the first conversation between Premier Lund and Chancellor Aalto since August 22, their aides said.'], '2025-09-02');
    assert.deepEqual(fs.map((f) => f.rule), ['dates/date-mismatch']);
    assert.match(fs[0].message, /"August 22", not "August 12"/);
  });

  it('flags a year told differently ("acquitted in 2014" against "in 2013")', () => {
    const body = 'Brandt was acquitted of fraud by the district court in Kessel in 2014.';
    const fs = check(body, [...STORY, 'Brandt was acquitted of fraud by the district court in Kessel in 2013.']);
    assert.deepEqual(fs.map((f) => f.rule), ['dates/date-mismatch']);
    assert.match(fs[0].message, /2013/);
  });

  it('does not compare a date of "since" with a date of "on"', () => {
    const body = 'Premier Lund has not spoken to Chancellor Aalto since August 12.';
    assert.deepEqual(check(body, [...STORY, 'Premier Lund spoke to Chancellor Aalto on August 14.'], '2025-09-02'), []);
  });

  it('says nothing about another event of the same kind by other people', () => {
    const body = 'Councillor Piet Moen held a rally for the harbour workers in Kessel on Wednesday.';
    assert.deepEqual(check(body, [...STORY, 'Mayor Ilse Varga held a rally for the harbour workers in Kessel on Monday.']), []);
  });

  it('says nothing about another event of the same kind with the same people', () => {
    const body = 'Mayor Ilse Varga addressed a second rally of harbour workers in Tallinna on Wednesday.';
    assert.deepEqual(check(body, [...STORY, 'Mayor Ilse Varga held a rally in Kessel on Monday.']), []);
  });

  it('reads a date beside a verb of saying as the day of saying, not the day of the event told', () => {
    const body = 'The two victims of the quay collapse were dock workers, Harbour Master Ruud Klop told reporters on Monday.';
    assert.deepEqual(check(body, [...STORY, "The victims of Sunday's quay collapse were dock workers, Harbour Master Ruud Klop said."]), []);
  });

  it('flags the only dates of two alike sentences with the same event word, however the words right around them differ', () => {
    const body = 'Nine young volunteers from two valley hamlets died Saturday when floodwater trapped them in the Kessel quarry below the old Tallinna paper mill, the worst loss for any rescue service in decades.';
    const story = [...STORY, 'Two fishermen died in a storm off Kessel.', 'A worker was killed in an accident at the Ostby docks.'];
    const ref = 'Divers of a county diving league were killed Sunday while working in the Kessel quarry below the old Tallinna paper mill, the worst loss for any rescue service in decades.';
    assert.deepEqual(flagged(check(body, [...story, ref], '2025-06-16'), body), [['dates/weekday-mismatch', 'Saturday']]);
    // Not where the reference sentence dates another thing too.
    assert.deepEqual(check(body, [...story, ref.replace('mill,', 'mill, which closed on Tuesday,')], '2025-06-16'), []);
  });

  it('takes the only dates of a resignation or a death of the same person for one fact, in sentences that tell more', () => {
    const refs = [...STORY, 'Tomas Berg, 61, resigned Friday after acknowledging that an audit had found the harbour accounts were wrong.'];
    const body = 'Tomas Berg acknowledged the audit when he resigned from the ministry post on Saturday, ending a long career.';
    assert.deepEqual(flagged(check(body, refs, '2025-06-16'), body), [['dates/weekday-mismatch', 'Saturday']]);
    // Someone else's resignation, or an event that recurs (an announcement), is not that fact.
    assert.deepEqual(check(body.replace('Tomas Berg', 'Ada Okafor'), refs, '2025-06-16'), []);
    const announced = [...STORY, 'Tomas Berg, 61, announced Friday that an audit had found the harbour accounts were wrong.'];
    assert.deepEqual(check(body.replace('resigned from the ministry post', 'announced a review of the ministry'), announced, '2025-06-16'), []);
  });

  it('takes "Thursday night" and "early Friday" for the same night', () => {
    const body = 'The ferry ran aground near Kessel early Friday, the coast guard said.';
    const refs = [...STORY, 'The ferry ran aground near Kessel on Thursday night, the coast guard said.'];
    assert.deepEqual(check(body, refs, '2025-06-14'), []);
    // A day further apart is another night.
    assert.equal(check('The ferry ran aground near Kessel early Saturday, the coast guard said.', refs, '2025-06-14').length, 1);
  });
});

describe('figures compared slot by slot', () => {
  const refs = (line: string) => [...STORY, line];

  it('flags wrong digits next to the same noun', () => {
    const body = 'The video of the harbour protest drew 158,000 views in its first day online.';
    const fs = check(body, refs('The video of the harbour protest drew 185,000 views in its first day online.'));
    assert.deepEqual(flagged(fs, body), [['numbers/figure-mismatch', '158,000']]);
    assert.match(fs[0].message, /"185,000", not "158,000"/);
  });

  it('reads number words, money and ages', () => {
    assert.equal(check('Investigators questioned Okafor three times about the harbour contracts.', refs('Investigators questioned Okafor four times about the harbour contracts.')).length, 1);
    assert.equal(check('The council fined the Kessel ferry company $50,000 for the delays.', refs('The council fined the Kessel ferry company $5,000 for the delays.')).length, 1);
    // An unnamed person's age; an age beside a name is numbers/age-mismatch's (numbers-ages.test.ts).
    assert.equal(check('The 84-year-old harbour master retired in Kessel after the storm.', refs('The 83-year-old harbour master retired in Kessel after the storm.')).length, 1);
    assert.equal(check('The 83-year-old harbour master retired in Kessel after the storm.', refs('The 83-year-old harbour master retired in Kessel after the storm.')).length, 0);
  });

  it('compares a specific thing that two references count alike, in a paraphrase that shares little else', () => {
    const body = 'Officers questioned three roommates of the man and released them, but had rented rooms near the harbour for a year.';
    const wire = "Officers detained and questioned the bomber's two roommates at the Kessel house on Wednesday.";
    const paper = 'Two roommates were questioned by officers and later released without charge, police in Tallinna said.';
    assert.deepEqual(flagged(check(body, [...STORY, wire, paper]), body), [['numbers/figure-mismatch', 'three']]);
    // One reference alone, or references that give two values, do not make the story's value.
    assert.deepEqual(check(body, [...STORY, wire]), []);
    assert.deepEqual(check(body, [...STORY, wire, paper.replace('Two', 'Four')]), []);
  });

  it('flags a figure only where the bounds cannot both hold', () => {
    const ref = refs('Roughly 200 delegates voted for the harbour plan at the congress in Kessel.');
    assert.equal(check('More than 300 delegates voted for the harbour plan at the congress in Kessel.', ref).length, 1);
    assert.equal(check('About 210 delegates voted for the harbour plan at the congress in Kessel.', ref).length, 0);
    assert.equal(check('Nearly 200 delegates voted for the harbour plan at the congress in Kessel.', ref).length, 0);
  });

  it('does not take an increment, a figure for each owner or a running count for a total', () => {
    const ref = refs('The ferry company has applied for licences in some 20 countries, its chief said.');
    assert.deepEqual(check('The ferry company has applied for licences in another six countries, its chief said.', ref), []);
    const seats = refs('The Harbour Party and the Quay Alliance won 27 seats each in the Kessel council.');
    assert.deepEqual(check('The Harbour Party and the Quay Alliance won 24 seats in the Kessel council.', seats), []);
    const toll = refs('Police in Kessel said 45 people were arrested after the harbour protest.');
    assert.deepEqual(check('Police in Kessel said 15 people were arrested so far after the harbour protest.', toll), []);
  });

  it('compares figures of a specific noun across a paraphrased verb, and spans copied with the same bound', () => {
    const platforms = refs('Oil companies evacuated workers from 86 Kessel Sound platforms, according to the harbour office.');
    const body = 'Oil companies pulled workers off 68 platforms in the Kessel Sound, according to the harbour office.';
    assert.deepEqual(flagged(check(body, platforms), body), [['numbers/figure-mismatch', '68']]);
    const strike = refs('This has been the longest strike at the Kessel shipyard in more than 20 years.');
    assert.equal(check('This is the longest strike at the Kessel shipyard in more than 30 years.', strike).length, 1);
    assert.equal(check('This is the longest strike at the Kessel shipyard in more than 20 years.', strike).length, 0);
  });

  it('finds the figure by the words around it in a long sentence that tells several facts', () => {
    const ref = refs('Some 238 passengers and five crew members were aboard the Kessel ferry when it struck the quay.');
    const body = 'The Kessel ferry left Tallinna in the evening with 238 passengers and four crew members, and it struck the quay shortly after 9 p.m. while turning into the harbour.';
    assert.deepEqual(flagged(check(body, ref), body), [['numbers/figure-mismatch', 'four']]);
  });

  it('does not compare two deliveries, two sides of a vote or a count stamped with its hour', () => {
    // Every figure differs: another delivery, not a slip.
    const aid = refs('Included in the aid for Kessel were more than 28,000 meals and more than 1,500 gallons of water.');
    assert.deepEqual(check('Two cargo planes dropped 5,300 gallons of water and 8,000 meals for Kessel.', aid), []);
    // "193 Democrats" voted for, "two Democrats" against: the counted word does not say which.
    const vote = refs('Two Democrats and 199 Republicans voted against the Kessel harbour bill.');
    assert.deepEqual(check('Only 28 Republicans sided with 193 Democrats to pass the Kessel harbour bill, while 199 Republicans and two Democrats opposed it.', vote), []);
    const count = refs('At midnight, Moen led Varga by about 2,500 votes in the Kessel mayoral race.');
    assert.deepEqual(check('Moen led Varga by 2,128 votes in the Kessel mayoral race.', count), []);
  });

  it('does not count with a number that names something', () => {
    assert.deepEqual(check('The storm reached Kessel as a Category 3 hurricane on Tuesday.', refs('The storm reached Kessel as a Category 4 hurricane on Tuesday.')), []);
  });
});
