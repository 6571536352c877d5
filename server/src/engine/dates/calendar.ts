// Calendar arithmetic on plain days. A day is an integer: days since 1970-01-01 (UTC).
// Working on Y-M-D numbers only (never local-time Date objects) keeps every result free of
// time-zone off-by-one errors.

export type Day = number;

const MS_PER_DAY = 86_400_000;

export function day(year: number, month: number, date: number): Day {
  return Math.floor(Date.UTC(year, month - 1, date) / MS_PER_DAY);
}

export function ymd(d: Day): { year: number; month: number; day: number } {
  const t = new Date(d * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Parse YYYY-MM-DD; undefined when malformed. */
export function parseIsoDay(iso: string | undefined): Day | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return undefined;
  const d = day(+m[1], +m[2], +m[3]);
  const back = ymd(d);
  return back.month === +m[2] && back.day === +m[3] ? d : undefined;
}

export function isValidDate(year: number, month: number, date: number): boolean {
  if (month < 1 || month > 12 || date < 1 || date > 31) return false;
  const back = ymd(day(year, month, date));
  return back.month === month && back.day === date;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoDay(d: Day): string {
  const { year, month, day: date } = ymd(d);
  return `${pad(year, 4)}-${pad(month)}-${pad(date)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(d: Day): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((d + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(d: Day): { year: number; week: number } {
  const thursday = d - weekday(d) + 4;
  const year = ymd(thursday).year;
  const week = Math.floor((thursday - day(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/** Monday of the ISO week containing d. */
export function weekStart(d: Day): Day {
  return d - weekday(d) + 1;
}

export function isoWeekValue(d: Day): string {
  const { year, week } = isoWeek(d);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function daysInMonth(year: number, month: number): number {
  return ymd(day(year, month + 1, 1) - 1).day;
}

export function monthRange(year: number, month: number): [Day, Day] {
  return [day(year, month, 1), day(year, month, daysInMonth(year, month))];
}

/** Add months to a (year, month) pair. */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function weekdayName(d: Day): string {
  return WEEKDAY_NAMES[weekday(d) - 1];
}
