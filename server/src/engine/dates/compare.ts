// Whether two date mentions, each resolved against its own document's publication date, can both be
// true of one fact. Two bare weekdays are compared by name (their resolution depends on tense cues
// that differ between outlets); a written date against a weekday by the day the weekday resolves to,
// but a weekday a week off is trusted only when the reference tells of the past; years with years,
// months with months. Values far apart are taken to be another occurrence, not a contradiction.
import { type Day, weekday, ymd } from './calendar';
import type { DateMention } from './resolve';

export type Verdict = 'agree' | 'disagree' | 'unknown';

/** Days apart beyond which two day-precise dates are two events, not one told two ways. */
const MAX_DAYS = 31;
const MAX_WEEKDAY_DAYS = 10;
const MAX_YEARS = 3;

const isDay = (m: DateMention) => m.granularity === 'day' && m.first !== undefined;
const isYear = (m: DateMention) => m.granularity === 'year' && m.first !== undefined;
const isMonth = (m: DateMention) => m.granularity === 'month' && m.first !== undefined;
const yearOf = (m: DateMention) => ymd(m.first as Day).year;
/** The year is written ("November 2012") or fixed by the text ("last November"), not guessed. */
const yearGiven = (m: DateMention) => !!m.explicitYear || /\blast\b/i.test(m.text);

/** "Thursday night" and "early Friday": one night told from either side of midnight. */
function aroundMidnight(a: DateMention, b: DateMention): boolean {
  const [x, y] = (a.first as Day) < (b.first as Day) ? [a, b] : [b, a];
  if ((y.first as Day) - (x.first as Day) !== 1) return false;
  const late = /\b(?:night|late|evening|midnight)\b/i.test(x.text);
  const early = /\b(?:early|morning|midnight)\b/i.test(y.text);
  return late || early;
}

/** The mentions a draft date is compared with: day-precise dates, months and years. */
export function comparable(m: DateMention): boolean {
  // Relative days ("this afternoon", "yesterday") rest on a publication date the draft may not share.
  return (isDay(m) || isYear(m) || isMonth(m)) && (m.form === 'absolute' || m.form === 'weekday');
}

/**
 * @param refPastTense the reference's weekday sits in a clause told in the past tense, so a written
 *                     date a week later than it cannot be the same day.
 */
export function compareDates(d: DateMention, r: DateMention, refPastTense = false): Verdict {
  if (d.first === undefined || r.first === undefined) return 'unknown';
  const dd = d.first;
  const rd = r.first;
  if (isDay(d) && isDay(r)) {
    if (aroundMidnight(d, r)) return 'agree';
    const dw = d.form === 'weekday';
    const rw = r.form === 'weekday';
    if (dw && rw) {
      if (Math.abs(dd - rd) > MAX_WEEKDAY_DAYS) return 'unknown';
      return weekday(dd) === weekday(rd) ? 'agree' : 'disagree';
    }
    if (dw || rw) {
      if (dd === rd) return 'agree';
      if (weekday(dd) === weekday(rd)) {
        // The same weekday a week off: a weekday resolved the wrong way, unless the reference is sure.
        return rw && refPastTense && r.direction === 'past' && Math.abs(dd - rd) === 7 && dd > rd ? 'disagree' : 'agree';
      }
      return Math.abs(dd - rd) <= MAX_WEEKDAY_DAYS ? 'disagree' : 'unknown';
    }
    if (dd === rd) return 'agree';
    return Math.abs(dd - rd) <= MAX_DAYS ? 'disagree' : 'unknown';
  }
  // Years with years only: "February 2015" against "the 2016 race" is another fact more often than not.
  if (isYear(d) && isYear(r)) {
    const diff = Math.abs(yearOf(d) - yearOf(r));
    if (!diff) return 'agree';
    return diff <= MAX_YEARS ? 'disagree' : 'unknown';
  }
  if (isMonth(d) && isMonth(r)) {
    if (dd === rd) return 'agree';
    // "January 2015" against "January 2016": the same month of another year is a year told wrong.
    if (ymd(dd).month === ymd(rd).month && yearGiven(d) && yearGiven(r)) return Math.abs(yearOf(d) - yearOf(r)) <= MAX_YEARS ? 'disagree' : 'unknown';
    return Math.abs(dd - rd) <= 92 && (d.explicitYear || r.explicitYear || ymd(dd).year === ymd(rd).year) ? 'disagree' : 'unknown';
  }
  // A day inside a month (or a month holding the day): agreement; anything else says nothing.
  if ((isMonth(d) && isDay(r)) || (isDay(d) && isMonth(r))) {
    const span = isMonth(d) ? d : r;
    const day = isMonth(d) ? rd : dd;
    return (span.first as Day) <= day && day <= (span.last as Day) ? 'agree' : 'unknown';
  }
  return 'unknown';
}
