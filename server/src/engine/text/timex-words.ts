// TimeML TIMEX3 values in words, for people: "2024-10-08" → "Tuesday, October 8", "2024-W41" →
// "the week of Monday, October 7", "PRESENT_REF" → "the time of publication". Pure.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function dayInWords(d: Date, withYear: boolean): string {
  const s = `${WEEKDAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  return withYear ? `${s}, ${d.getUTCFullYear()}` : s;
}

/** Monday of ISO week `week` of `year`. */
function isoWeekMonday(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (week - 1) * 7);
  return monday;
}

/**
 * A TIMEX3 value as a person reads it. The year is left out when it is the publication year.
 * Unknown forms come back unchanged.
 */
export function timexInWords(value: string, published?: string): string {
  const pubYear = published ? Number(published.slice(0, 4)) : undefined;
  const needYear = (y: number) => y !== pubYear;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    if (d.getUTCMonth() === +m[2] - 1) return dayInWords(d, needYear(+m[1]));
  }
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) {
    const monday = isoWeekMonday(+m[1], +m[2]);
    if (m[3]) {
      const saturday = new Date(monday);
      saturday.setUTCDate(monday.getUTCDate() + 5);
      return `the weekend of ${dayInWords(saturday, needYear(saturday.getUTCFullYear()))}`;
    }
    return `the week of ${dayInWords(monday, needYear(monday.getUTCFullYear()))}`;
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m && +m[2] >= 1 && +m[2] <= 12) return `${MONTHS[+m[2] - 1]} ${m[1]}`;
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return `the ${['first', 'second', 'third', 'fourth'][+m[2] - 1]} quarter of ${m[1]}`;
  if (/^\d{4}$/.test(value)) return value;
  if (value === 'PRESENT_REF') return 'the time of publication';
  if (value === 'PAST_REF') return 'some time before publication';
  if (value === 'FUTURE_REF') return 'some time after publication';
  return value;
}
