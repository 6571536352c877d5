// A publication date written in the article itself: a byline or dateline line near the top such as
// "9 Oct 2024 09:01", "Published: October 8, 2024", "Updated Oct. 8, 2024 at 5:00 p.m." or
// "By Jane Roe | 2024-10-08". A date inside a sentence of the story is never taken: the line has to be
// made of little more than the date, a time, a label and a name.

/** How many content lines (non-blank, not navigation stubs) from the top are searched. */
const WINDOW = 40;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';

interface DatePattern {
  re: RegExp;
  /** Year, month, day from the match. */
  ymd: (m: RegExpExecArray) => [number, number, number] | undefined;
}

const monthNumber = (name: string) => MONTHS[name.toLowerCase().slice(0, 3)];

const PATTERNS: DatePattern[] = [
  // 9 Oct 2024, 9th of October, 2024
  { re: new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'gi'), ymd: (m) => [+m[3], monthNumber(m[2]), +m[1]] },
  // October 8, 2024 / Oct. 8 2024
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})\\b`, 'gi'), ymd: (m) => [+m[3], monthNumber(m[1]), +m[2]] },
  // 2024-10-08, 2024-10-08T09:01:00Z, 2024/10/08
  { re: /\b(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d/-])/g, ymd: (m) => [+m[1], +m[3], +m[4]] },
  // 08.10.2024 (day first, as the dotted form is written)
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, ymd: (m) => [+m[3], +m[2], +m[1]] },
  // 10/08/2024 only when unambiguous (one part above 12)
  {
    re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g,
    ymd: (m) => {
      const a = +m[1];
      const b = +m[2];
      if (a > 12 && b <= 12) return [+m[3], b, a];
      if (b > 12 && a <= 12) return [+m[3], a, b];
      return undefined;
    },
  },
];

// Everything that may stand next to a date in a dateline: times, zones, weekdays, labels, separators.
const TIME = /\b\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?\s?m\b\.?)?|\b\d{1,2}\s*[ap]\.?\s?m\b\.?/gi;
const ZONE = /\b(?:GMT|UTC|[A-Z]{1,3}[SD]?T)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?\b|[+-]\d{2}:?\d{2}\b/g;
const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/gi;
const LABEL =
  /\b(?:first\s+published|last\s+updated|last\s+modified|published|updated|posted|modified|edited|created|issued|released|date(?:d|line)?|on|at|ago|hrs?|hours?|mins?|minutes?|read)\b/gi;
const CONNECTORS = new Set(['by', 'and', 'in', 'for', 'of', 'the', 'from', 'with', 'de', 'el', 'al', 'la', 'le', 'van', 'von', 'da']);

const BULLET = /^\s*(?:[•·▪◦‣●■►▶➤*]\s*|[-–]\s+)+/;

export interface DatelineHit {
  /** YYYY-MM-DD */
  date: string;
  /** 3 labelled "published", 2 byline or with a time, 1 a bare date, 0 labelled "updated". */
  rank: number;
}

function validDate(ymd: [number, number, number] | undefined): string | undefined {
  if (!ymd) return undefined;
  const [y, m, d] = ymd;
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1)) return undefined;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Every calendar date written in a line, with its position. */
export function datesIn(line: string): { index: number; length: number; date: string }[] {
  const out: { index: number; length: number; date: string }[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(line))) {
      const date = validDate(p.ymd(m));
      const overlaps = out.some((o) => m!.index < o.index + o.length && o.index < m!.index + m![0].length);
      if (date && !overlaps) out.push({ index: m.index, length: m[0].length, date });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * If this line is a dateline or a byline carrying a date (and not a sentence that mentions a date),
 * the date it gives, ranked. Used by findDateline and by the clutter masker (such lines are page furniture).
 */
export function datelineOf(line: string): DatelineHit | undefined {
  const text = line.replace(BULLET, '').trim();
  if (!text || text.length > 160) return undefined;
  const dates = datesIn(text);
  if (!dates.length) return undefined;
  let rest = text;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.index) + ' ' + rest.slice(d.index + d.length);
  const hasTime = TIME.test(rest);
  TIME.lastIndex = 0;
  rest = rest.replace(TIME, ' ').replace(ZONE, ' ').replace(WEEKDAY, ' ').replace(LABEL, ' ');
  const words = rest.split(/[\s|·•,;:/()[\]–—-]+|\.(?=\s|$)/).filter((w) => w && /[\p{L}\d]/u.test(w));
  const byline = /^by\s/i.test(text);
  const nameLike = (w: string) => CONNECTORS.has(w.toLowerCase()) || /^[\p{Lu}\d&@]/u.test(w);
  // What is left besides the date must be a name or an outlet, not the words of a sentence.
  if (byline ? words.length > 11 : words.length > 6) return undefined;
  if (!words.every(nameLike)) return undefined;
  let best: DatelineHit | undefined;
  for (const d of dates) {
    const before = text.slice(Math.max(0, d.index - 30), d.index);
    // The label nearest before the date decides: "Published 8 Oct, updated 9 Oct" gives 8 Oct.
    const label = /.*\b(published|posted|issued|released|created|updated|modified|edited)\b/is.exec(before)?.[1].toLowerCase();
    const rank = !label ? (byline || hasTime ? 2 : 1) : /updated|modified|edited/.test(label) ? 0 : 3;
    if (!best || rank > best.rank) best = { date: d.date, rank };
  }
  return best;
}

/** Lines that are navigation stubs and do not count towards the search window. */
function isStub(line: string): boolean {
  const bullet = BULLET.test(line);
  const words = line.replace(BULLET, '').trim().split(/\s+/).filter(Boolean).length;
  if (/\d/.test(line)) return false;
  return words <= 2 || (bullet && words <= 3);
}

/**
 * The publication date given in the article text, as YYYY-MM-DD: the best-ranked dateline among the
 * first ~40 content lines ("Published …" before a bare date, a bare date before "Updated …").
 */
export function findDateline(text: string): string | undefined {
  let seen = 0;
  let best: DatelineHit | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || isStub(line)) continue;
    if (++seen > WINDOW) break;
    const hit = datelineOf(line);
    if (hit && (!best || hit.rank > best.rank)) best = hit;
  }
  return best?.date;
}
