import { strict as assert } from 'node:assert';
import { findDates } from '../../server/src/engine/dates/resolve';
import { day, isoWeekValue, weekday } from '../../server/src/engine/dates/calendar';

type Row = [text: string, published: string, expected: [string, string][]];

// [sentence, publication date, [[expression, TIMEX3 value], …]]: every date the sentence holds, no more.
const TABLE: Row[] = [
  // Weekdays: the most recent one, unless the clause looks ahead
  ['Israel told the United States on Tuesday that the trip was off.', '2024-10-08', [['Tuesday', '2024-10-08']]],
  ['The ministers met on Monday.', '2024-10-09', [['Monday', '2024-10-07']]],
  ['The ministers met on Thursday.', '2024-10-09', [['Thursday', '2024-10-03']]],
  ['The leaders will speak on Thursday.', '2024-10-09', [['Thursday', '2024-10-10']]],
  ['The call is expected on Friday.', '2024-10-08', [['Friday', '2024-10-11']]],
  ['The vote is scheduled for Monday.', '2024-10-09', [['Monday', '2024-10-14']]],
  ['The leaders will hold a call on Wednesday.', '2024-10-09', [['Wednesday', '2024-10-09']]],
  ['He plans to travel to Cairo on Sunday.', '2024-10-09', [['Sunday', '2024-10-13']]],
  // A plan told in the past tense: the nearest such day
  ['The minister had been scheduled to host his counterpart on Wednesday.', '2024-10-08', [['Wednesday', '2024-10-09']]],
  ['She was expected to leave on Tuesday.', '2024-10-09', [['Tuesday', '2024-10-08']]],
  // last / next / this
  ['The adviser called him last Friday.', '2024-10-08', [['last Friday', '2024-10-04']]],
  ['The adviser called him last Wednesday.', '2024-10-09', [['last Wednesday', '2024-10-02']]],
  ['The court rules next Tuesday.', '2024-10-09', [['next Tuesday', '2024-10-15']]],
  ['They spoke this Monday.', '2024-10-09', [['this Monday', '2024-10-07']]],
  ['The meeting ended late Tuesday.', '2024-10-09', [['late Tuesday', '2024-10-08']]],
  // Year boundaries
  ['The strike came on Monday.', '2025-01-02', [['Monday', '2024-12-30']]],
  ['The council will vote on Monday.', '2025-01-02', [['Monday', '2025-01-06']]],
  ['Protests began on Dec. 30.', '2025-01-02', [['Dec. 30', '2024-12-30']]],
  ['The law takes effect on Jan. 3, officials said.', '2024-12-30', [['Jan. 3', '2025-01-03']]],
  ['Prices rose last week.', '2025-01-02', [['last week', '2024-W52']]],
  ['Prices rose this week.', '2024-12-30', [['this week', '2025-W01']]],
  ['Sales fell last month and last year.', '2025-01-02', [['last month', '2024-12'], ['last year', '2024']]],
  ['The talks resume next month.', '2024-12-15', [['next month', '2025-01']]],
  // Explicit dates keep their granularity
  ["Iran's missile attack on October 1 was repelled.", '2024-10-08', [['October 1', '2024-10-01']]],
  ['After the Oct. 1 attack, officials met.', '2024-10-09', [['Oct. 1', '2024-10-01']]],
  ['They last spoke on Aug. 22.', '2024-10-09', [['Aug. 22', '2024-08-22']]],
  ['On Wednesday, October 8, the vote took place.', '2024-10-20', [['Wednesday, October 8', '2024-10-08']]],
  ['The accord was signed on 3 March 2021.', '2024-10-09', [['3 March 2021', '2021-03-03']]],
  ['In May 2023, he was blocked twice.', '2024-10-09', [['May 2023', '2023-05']]],
  ['The deal was agreed in September.', '2024-10-09', [['September', '2024-09']]],
  ['Elections are due in November.', '2024-10-09', [['November', '2024-11']]],
  ['The offensive began in mid-October.', '2024-11-20', [['mid-October', '2024-10']]],
  ['The hearing was set for 10/08/2024.', '2024-10-01', [['10/08/2024', '2024-10-08']]],
  // Relative spans
  ['The missile strike came earlier this month.', '2024-10-09', [['earlier this month', '2024-10']]],
  ['Troops crossed the border last week.', '2024-10-09', [['last week', '2024-W40']]],
  ['He will not travel this week.', '2024-10-08', [['this week', '2024-W41']]],
  ['The summit is next week.', '2024-10-09', [['next week', '2024-W42']]],
  ['Officials met over the weekend.', '2024-10-09', [['the weekend', '2024-W40-WE']]],
  ['Exports grew this year and will grow next year.', '1998-01-08', [['this year', '1998'], ['next year', '1999']]],
  ['The merger closed two years ago.', '1998-01-08', [['two years ago', '1996']]],
  ['The merger closed a year ago.', '1998-01-08', [['a year ago', '1997']]],
  ['The fire started three days ago.', '1998-01-08', [['three days ago', '1998-01-05']]],
  ['He left two weeks ago.', '2024-10-09', [['two weeks ago', '2024-W39']]],
  ['Rates were cut three months ago.', '2024-10-09', [['three months ago', '2024-07']]],
  ['He arrived yesterday and leaves tomorrow; the vote is today.', '1998-01-08', [['yesterday', '1998-01-07'], ['tomorrow', '1998-01-09'], ['today', '1998-01-08']]],
  ['Profit rose in the third quarter.', '1998-10-20', [['the third quarter', '1998-Q3']]],
  ['Profit rose in the fourth quarter.', '1999-02-10', [['the fourth quarter', '1998-Q4']]],
  ['Output fell in the first half of 1998.', '1999-02-10', [['the first half of 1998', '1998-H1']]],
  ['Inflation was high in the 1990s.', '1998-01-08', [['the 1990s', '199']]],
  ['Revenue for fiscal 1997 rose.', '1998-01-08', [['fiscal 1997', '1997']]],
  ['The trial begins Monday.', '1998-01-08', [['Monday', '1998-01-12']]],
  ["Wednesday's vote was close.", '1998-01-08', [["Wednesday", '1998-01-07']]],
  ['Music of the early 1980s and the late 1970s.', '1998-01-08', [['the early 1980s', '198'], ['the late 1970s', '197']]],
  ['The plant opened in 1987.', '1998-01-08', [['1987', '1987']]],
  // Present, past and future references
  ['Talks are now stalled and currently frozen.', '1998-01-08', [['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF']]],
  ['He recently said that in the past he had doubts.', '1998-01-08', [['recently', 'PAST_REF'], ['the past', 'PAST_REF']]],
  ['Ties may improve in the future.', '1998-01-08', [['the future', 'FUTURE_REF']]],
  // Not dates
  ['In a second phone call that same day, he asked again.', '2024-10-09', []],
  ['The ceasefire held for a week.', '2024-10-09', []],
  ['Casualties rose over the past week.', '2024-10-09', []],
  ['The Sunday Times reported it first.', '2024-10-09', []],
  ['Officials said 2000 troops and 1500 police were deployed.', '2024-10-09', []],
  ['The minister may travel to Washington.', '2024-10-09', []],
  ['Prices rose 1998% in the weeks after.', '2024-10-09', []],
  ['The previous day had been calm.', '2024-10-09', []],
  ['The present government took office in 2019.', '2024-10-09', [['2019', '2019']]],
  ['Shares rose on Monday, as expected.', '1998-01-08', [['Monday', '1998-01-05']]],
  ['The spokesman could not be reached on Tuesday.', '1998-01-08', [['Tuesday', '1998-01-06']]],
  ['The plans were unveiled on Monday.', '1998-01-08', [['Monday', '1998-01-05']]],
];

describe('date resolution (table)', () => {
  for (const [text, published, expected] of TABLE) {
    it(`${published}: ${text}`, () => {
      const got = findDates(text, published)
        .filter((m) => m.type === 'DATE')
        .map((m) => [m.text, m.value]);
      assert.deepEqual(got, expected);
    });
  }

  it('keeps times of day apart from dates', () => {
    const [m] = findDates('Gallant was expected to depart on Tuesday night.', '2024-10-09');
    assert.equal(m.type, 'TIME');
    assert.equal(m.value, '2024-10-08TNI');
    assert.equal(m.first, day(2024, 10, 8));
  });

  it('records the written parts of a calendar date for style-keeping fixes', () => {
    const text = 'On Wednesday, Oct. 8, 2024, they met.';
    const [m] = findDates(text, '2024-10-20');
    assert.equal(text.slice(m.parts!.weekday!.start, m.parts!.weekday!.end), 'Wednesday');
    assert.equal(text.slice(m.parts!.month!.start, m.parts!.month!.end), 'Oct.');
    assert.equal(text.slice(m.parts!.day!.start, m.parts!.day!.end), '8');
    assert.equal(text.slice(m.parts!.year!.start, m.parts!.year!.end), '2024');
    assert.equal(m.parts!.weekday!.dow, 3);
  });

  it('does calendar math in UTC on plain days', () => {
    assert.equal(weekday(day(2024, 10, 8)), 2);
    assert.equal(isoWeekValue(day(2024, 12, 30)), '2025-W01');
    assert.equal(isoWeekValue(day(2021, 1, 3)), '2020-W53');
  });

  it('leaves relative dates underspecified without a publication date', () => {
    const got = findDates('They met on Friday and on Oct. 1, 2024, then last week.').map((m) => [m.text, m.value]);
    assert.deepEqual(got, [['Friday', 'XXXX-WXX-5'], ['Oct. 1, 2024', '2024-10-01']]);
  });
});
