// Dates compared only for the same event: aligned sentences often tell two statements or two events
// of one story on different days. Invented stories of our own.
import { strict as assert } from 'node:assert';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { dateMismatch } from '../../server/src/engine/checks/dates/date-mismatch';
import { weekdayMismatch } from '../../server/src/engine/checks/dates/weekday-mismatch';
import { findDates } from '../../server/src/engine/dates/resolve';
import type { Finding } from '../../server/src/engine/types';
import { runRules } from '../helpers/rule-runner';
import { engineWithReferences } from '../helpers/memory-host';

const RULES = [dateMismatch, weekdayMismatch];
const PUBLISHED = '2025-06-12';

const STORY = [
  'Rain delayed the ferry service between Tallinna and Kessel for most of the week.',
  'Harbour officials in Kessel said the new quay would open in the autumn.',
  'The regional council met to discuss the budget for the coming year.',
];

function check(body: string, ref: string, published = PUBLISHED): Finding[] {
  const corpus = new Corpus();
  [...STORY, ref].forEach((text, i) => corpus.set(`/refs/r${i}.txt`, text, { outlet: `Outlet ${i + 1}`, published }));
  return runRules(RULES, `---\npublished: ${published}\n---\n\n${body}\n`, corpus);
}

describe('dates: the same event, not two events told in aligned sentences', () => {
  it('still flags the same statement by the same speaker dated two ways', () => {
    const fs = check(
      '"The harbour will not close while I am mayor," Varga said Saturday in her weekly radio address to Kessel.',
      '"The harbour will not close while I am mayor," Varga said in her weekly address on Sunday.',
    );
    assert.deepEqual(fs.map((f) => f.rule), ['dates/weekday-mismatch']);
  });

  it('does not compare the day a plan was announced with the day the plan sets', () => {
    // "…, he said Saturday" dates the saying; "…Tuesday afternoon, the committee said" dates the testimony.
    const body = 'Harbour Master Ruud Klop will testify before the Kessel port inquiry on Tuesday about the quay collapse, he said Saturday.';
    const ref = 'Harbour Master Ruud Klop will testify at a public hearing of the Kessel port inquiry Tuesday afternoon, the inquiry said in a statement.';
    assert.deepEqual(check(body, ref), []);
  });

  it('does not take a weekday that modifies an event word for the day of a verb of saying nearby', () => {
    const body = 'The council called an emergency session on the quay collapse, Mayor Ilse Varga said in a statement Sunday.';
    const ref = 'Mayor Ilse Varga told an emergency Monday session of the council about the quay collapse in Kessel.';
    assert.deepEqual(check(body, ref), []);
  });

  it('does not compare two different verbs of saying: two statements, not one', () => {
    const body = 'Mayor Ilse Varga said on Sunday that the quay collapse in Kessel killed two dock workers.';
    const ref = 'Mayor Ilse Varga told reporters on Monday that the quay collapse in Kessel killed two dock workers.';
    assert.deepEqual(check(body, ref), []);
  });

  it('does not carry a weekday of a subordinate clause over a comma to the main verb', () => {
    const body = 'As the two leaders sat for dinner Tuesday, it was revealed that Harbour Minister Okafor had travelled to Tallinna for secret talks with Lund early this month.';
    const ref = 'Premier Varga revealed Wednesday that he sent Harbour Minister Okafor to Tallinna early this month for secret talks with Lund.';
    assert.deepEqual(check(body, ref), []);
  });

  it('reads a weekday after "and" as the day of the verb that follows', () => {
    const body = 'Okafor also denied the second accusation on Friday and said he would not resign.';
    const ref = 'Okafor has denied both accusations and on Saturday asked that no one rush to judgment.';
    assert.deepEqual(check(body, ref), []);
  });

  it('does not compare meetings with different people beside each date', () => {
    const body = 'After meeting with Lindqvist on May 1, Brandt says he agreed to a meeting with another banker, Piet Moen, at the harbour office.';
    const ref = 'Brandt said he met on May 13 with Piet Moen, the head of the harbour bank, at Lindqvist\u2019s request.';
    assert.deepEqual(check(body, ref), []);
  });

  it('does not contradict a guess ("may have landed on Thursday")', () => {
    const body = 'Coast guard officers were trying to determine where the drifting buoy may have landed on Thursday near Kessel.';
    const ref = 'Two drifting buoys landed near the harbour of Kessel on Friday, the coast guard said.';
    assert.deepEqual(check(body, ref, '2025-06-14'), []);
  });
});

describe('dates: the same fact told in other words', () => {
  it('flags the same month of another year ("January 2015" against "January 2016")', () => {
    const body = 'In January 2015, Piet Moen was charged with fraud after a dispute over the harbour contracts in Kessel.';
    const ref = 'In January 2016, Piet Moen was arrested and charged with fraud after a dispute over the harbour contracts in Kessel, court records show.';
    const fs = check(body, ref);
    assert.deepEqual(fs.map((f) => f.rule), ['dates/date-mismatch']);
    assert.match(fs[0].message, /January 2016/);
    // "last November" fixes the year too; a month two years off is still within reach, a decade is not.
    assert.equal(check('The delays were first exposed by the Kessel Courier in November 2012 in an inquiry into two ferry yards.', 'The delays were first exposed by the Kessel Courier last November in an inquiry into two ferry yards.', '2014-06-02').length, 1);
    assert.deepEqual(check('In January 2005, Piet Moen was charged with fraud after a dispute over the harbour contracts in Kessel.', ref), []);
  });

  it('compares the one date of two closely aligned sentences even when the verb is paraphrased', () => {
    const body = 'The council returned its verdict on the harbour contracts under seal on Thursday, a source with direct knowledge of the matter said.';
    const ref = 'The harbour contracts were ruled on under seal on Friday, a source with direct knowledge of the matter said.';
    assert.deepEqual(check(body, ref, '2025-06-14').map((f) => f.rule), ['dates/weekday-mismatch']);
    // Not when the sentences share less. (Another wording of the draft: findings are memoised per sentence.)
    assert.deepEqual(check(body.replace('The council', 'The regional council'), 'The harbour contracts were ruled on by the regional court on Friday.', '2025-06-14'), []);
  });
});


describe('dates: spans and phases', () => {
  it('reads the end of a span of years as a year ("from 2010 to 2013")', () => {
    const years = (text: string) => findDates(text, PUBLISHED).map((m) => m.value);
    assert.deepEqual(years('Varga was mayor of Kessel from 2010 to 2013.'), ['2010', '2013']);
    assert.deepEqual(years('The ferry ran between 2006 and 2015 at a loss.'), ['2006', '2015']);
    // A count after "to" is still no year.
    assert.deepEqual(years('The quay can hold up to 2000 passengers.'), []);
  });

  it('takes "started" and "began" for the same head', () => {
    const body = 'The harbour fire started Thursday near the Kessel quay, apparently from a spark, according to the fire service.';
    const ref = 'The blaze, the worst in the port in decades, began Friday near the Kessel quay, apparently because of a spark, the fire service said.';
    assert.deepEqual(check(body, ref, '2025-06-14').map((f) => f.rule), ['dates/weekday-mismatch']);
  });
});

describe('dates: the stamp of an embedded post', () => {
  it('is not compared: a page shows it in its reader’s time zone', async () => {
    const engine = await engineWithReferences({
      'r.md': '---\noutlet: Valley Courier\npublished: 2025-05-19\n---\nThis is the letter sent to the Vattenfors harbour board. It is self-explanatory! pic.twitter.com/xQ2kzPUp — Ada Berg (@adaberg) May 19, 2025\n',
    });
    const draft = '---\npublished: 2025-05-19\n---\n\nThis is the letter sent to the Vattenfors harbour board. It is self-explanatory! pic.twitter.com/xQ2kzPUp — Ada Berg (@adaberg) May 18, 2025\n';
    assert.deepEqual(engine.check(draft).filter((f) => f.check === 'dates').map((f) => f.message), []);
  });
});
