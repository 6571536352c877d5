// Dates tied to one fact by their shape or by their words (issue 10): record anchors ("the first … since"),
// ends of spans, misspelt and crossed names beside the values, and like slots in sentences that tell more.
// Invented stories of our own.
import { strict as assert } from 'node:assert';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { dateMismatch } from '../../server/src/engine/checks/dates/date-mismatch';
import { weekdayMismatch } from '../../server/src/engine/checks/dates/weekday-mismatch';
import type { Finding } from '../../server/src/engine/types';
import { runRules } from '../helpers/rule-runner';

const RULES = [dateMismatch, weekdayMismatch];

function corpusOf(lines: string[], published: string): Corpus {
  const corpus = new Corpus();
  lines.forEach((text, i) => corpus.set(`/refs/r${i}.txt`, text, { outlet: `Outlet ${i + 1}`, published }));
  return corpus;
}

function check(body: string, refs: string[], published = '2025-06-12'): Finding[] {
  return runRules(RULES, `---\npublished: ${published}\n---\n\n${body}\n`, corpusOf(refs, published));
}
/** The draft text of each finding (check() puts a front matter of 31 characters before the body). */
const flaggedText = (fs: Finding[], body: string) => fs.map((f) => body.slice(f.range.start - 31, f.range.end - 31));

// Background sentences so IDF has a story to weigh words against.
const STORY = [
  'Rain delayed the ferry service between Tallinna and Kessel for most of the week.',
  'Harbour officials in Kessel said the new quay would open in the autumn.',
  'The regional council met to discuss the budget for the coming year.',
  'The central bank of Ostland publishes its forecasts four times a year.',
];

describe('dates: the anchor of a record ("the first … since")', () => {
  it('compares the year a record is counted from, whatever the verbs around it', () => {
    const body = 'It was the first emergency cut between policy meetings since 2009, and traders had bet on a later move.';
    const fs = check(body, [...STORY, "The bank's emergency cut is the first rate reduction made between its meetings, where such moves are usually announced, since 2008."]);
    assert.deepEqual(flaggedText(fs, body), ['2009']);
    assert.match(fs[0].message, /"2008", not "2009"/);
  });

  it('compares the anchor with a named event in it ("since the attack in Kessel on May 24")', () => {
    const body = 'The fire killed nine people, the deadliest blaze in Ostland since the arson attack in Kessel, on May 24.';
    const refs = [...STORY, 'It was the deadliest blaze in Ostland since the May 14 arson attack at a warehouse in Kessel.', 'The deadliest blaze in Ostland since the arson attack in Kessel in May killed nine people.'];
    // "in May" holds May 24 too, but the reference that names the day says otherwise.
    assert.deepEqual(flaggedText(check(body, refs, '2025-08-02'), body), ['May 24']);
  });

  it('says nothing when the anchors name different events', () => {
    const body = 'Olwen was the strongest storm to hit Ostland since Hurricane Marit in 2004, forecasters said.';
    assert.deepEqual(check(body, [...STORY, 'Olwen was the strongest storm to hit Ostland since Hurricane Bodil in 2005, forecasters said.']), []);
  });

  it('says nothing about a "since" that is not a record', () => {
    const body = 'Dock workers in Kessel have been on strike since 2009, the union said.';
    assert.deepEqual(check(body, [...STORY, 'Dock workers in Kessel have been paid less since 2008, the union said.']), []);
  });
});

describe('dates: the end of a span that starts on the same date', () => {
  it('flags the end when the start agrees ("from 2010 to 2013" against "from 2010 to 2014")', () => {
    const body = 'The party of Regions in Ostland was led by Marta Lind, who was governor from 2010 to 2013.';
    const fs = check(body, [...STORY, 'Her party, whose leader Marta Lind was governor of the province from 2010 to 2014, denied the charges.']);
    assert.deepEqual(flaggedText(fs, body), ['2013']);
  });

  it('says nothing when the spans start apart', () => {
    const body = 'The party of Regions in Ostland was led by Marta Lind, who was governor from 2009 to 2013.';
    assert.deepEqual(check(body, [...STORY, 'Her party, whose leader Marta Lind was governor of the province from 2012 to 2014, denied the charges.']), []);
  });
});

describe('dates: the names beside the values', () => {
  it('reads a misspelt name beside the value as the same person', () => {
    const body = 'The chief executive later held private talks with Dittis and union president Gary Holm on Oct. 10, the Kessel Post reported.';
    const fs = check(body, [...STORY, 'She has also held secret talks with Dittes and union president Gary Holm on Oct. 9, the Post reported at the time.'], '2025-10-17');
    assert.deepEqual(flaggedText(fs, body), ['Oct. 10']);
  });

  it('reads a place named two ways as one place when the names are not crossed', () => {
    const body = 'KESSEL, Ostland — A student opened fire at Varga Ridge High School on Thursday morning, killing 10 people in the deadliest attack in years.';
    const fs = check(body, [...STORY, 'KESSEL, Ostland — A teenager opened fire at an Ostland high school Friday, killing at least 10 people and leaving explosives behind.'], '2025-06-14');
    assert.deepEqual(flaggedText(fs, body), ['Thursday morning']);
  });
});

describe('dates: the same slot in sentences that tell more', () => {
  it('flags a weekday with the same words around it though the rest of the sentences differ', () => {
    const body = 'The central bank of Ostland lowered interest rates by half a percentage point on Wednesday, moving between its scheduled policy meetings to shield households and exporters from the spread of the floods across the northern provinces.';
    const fs = check(body, [...STORY, 'The central bank of Ostland slashed interest rates by half a percentage point on Tuesday, a bold attempt to give the economy a jolt.'], '2025-06-12');
    assert.deepEqual(flaggedText(fs, body), ['Wednesday']);
  });

  it('compares the only dates of two sentences with the same words around them', () => {
    const body = "Moen's coffin will lie in state at the Kessel town hall from 1 to 5 p.m. on Tuesday.";
    const fs = check(body, [...STORY, "Moen's casket will be at the Kessel town hall rotunda from 1-5 p.m. Wednesday."], '2025-06-14');
    assert.deepEqual(flaggedText(fs, body), ['Tuesday']);
  });

  it('leaves a reference value to the other date of the draft sentence that gives it', () => {
    const body = 'Kessel police arrested only 12 protesters on Tuesday, compared with more than 200 on Monday.';
    const refs = [...STORY, 'The mayor said 240 protesters were arrested by Kessel police in Monday\'s riots.'];
    assert.deepEqual(check(body, refs, '2025-06-11'), []);
  });

  it('does not do so where the reference dates two events of the kind', () => {
    const body = "If the speaker's motion succeeds, another procedural vote on the harbour plan would take place on Monday, and a final vote on Tuesday, aides to the leader said.";
    const ref = 'A committee vote on the harbour plan was expected on Friday, with a final council vote on Tuesday.';
    assert.deepEqual(check(body, [...STORY, ref], '2025-06-12'), []);
  });

  it('does not do so for two acts of saying', () => {
    const body = 'Kessel harbour officials said on Monday that they believe a thousand migrants are waiting for boats across the strait.';
    assert.deepEqual(check(body, [...STORY, 'More than 900 migrants are believed to have drowned crossing the strait this year, the migration agency said Friday.'], '2025-06-16'), []);
  });
});

describe('dates: the only year of two sentences, a start "since", a first report', () => {
  it('compares the only year of two sentences about the same thing, however it is placed', () => {
    const body = 'Some of the engineers worked on the inquiry into the sinking of the Kessel Star ferry off Tallinna in 2015, the ministry said.';
    const fs = check(body, [...STORY, 'Several engineers had been involved in the inquiry into the 2014 sinking of the Kessel Star ferry off Tallinna, Okafor added.']);
    assert.deepEqual(flaggedText(fs, body), ['2015']);
  });

  it('does not compare the years of two people', () => {
    const body = 'Marta Lind was elected mayor of Kessel in 2015 after a long campaign.';
    assert.deepEqual(check(body, [...STORY, 'Piet Moen was elected mayor of Tallinna in 2014 after a long campaign.']), []);
  });

  it('compares two starts "since" with the same words around them', () => {
    const body = 'At the Kessel clinic, 700 patients were placed on a waiting list for surgery, some of them waiting since 2011.';
    const fs = check(body, [...STORY, 'Inspectors said 700 patients had been placed on a surgery waiting list at the Kessel clinic, with some waiting since 2012, as the pressure grew.']);
    assert.deepEqual(flaggedText(fs, body), ['2011']);
  });

  it('reads a first report as one fact, whatever verb tells it', () => {
    const body = 'The Kessel Post first reported the delays at the clinics in November 2024, in an investigation of two hospitals.';
    const fs = check(body, [...STORY, 'The delays at the clinics were first exposed by the Kessel Post last November in an investigation into two hospitals.'], '2026-05-30');
    assert.deepEqual(flaggedText(fs, body), ['November 2024']);
  });
});
