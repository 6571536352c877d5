// Date resolution for news text: every date expression in a sentence, resolved against the
// document's publication date, with its TimeML TIMEX3 value and its granularity.
//
// chrono-node finds the explicit calendar dates ("Oct. 1", "October 1, 2024", "1 October",
// "10/01/2024"); the news rules are ours: bare weekdays and yearless dates point to the past unless the
// clause looks ahead, "last week" is a week (2024-W40) and not a day, "this month" a month, "the 1990s"
// a decade, "now" is PRESENT_REF, durations ("for a week") and false hits ("in a second phone call")
// are not dates.
import * as chrono from 'chrono-node';
import {
  addMonths, day as dayOf, type Day, isoDay, isoMonth, isoWeekValue, isValidDate, monthRange, weekday, weekStart, ymd,
} from './calendar';
import { directionFor, type Direction } from './cues';
import {
  MONTH_RE, monthNumber, NUMBER_WORD_RE, numberValue, ORDINALS, PARTS_OF_DAY, SEASONS, WEEKDAY_RE, WEEKDAYS,
} from './lexicon';

export type TimexType = 'DATE' | 'TIME';
export type Granularity =
  | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century' | 'ref';
/** absolute: a written calendar date; weekday: a (modified) day name; relative: today, last week…; ref: now, recently. */
export type DateForm = 'absolute' | 'weekday' | 'relative' | 'ref';

export interface PartSpan {
  start: number;
  end: number;
}

/** Where the pieces of a written calendar date sit, to rewrite it in the same style. */
export interface DateParts {
  weekday?: PartSpan & { dow: number };
  month?: PartSpan & { value: number; text: string };
  day?: PartSpan & { value: number; suffix: string };
  year?: PartSpan & { value: number };
  order: 'md' | 'dm' | 'numeric';
}

export interface DateMention {
  /** Offsets into the text given to findDates. */
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TimeML TIMEX3 value (2024-10-01, 2024-W40, 2024-10, 2024, 199, PRESENT_REF, 2024-10-08TEV…). */
  value: string;
  granularity: Granularity;
  /** The days the expression covers (inclusive), when it names a calendar span. */
  first?: Day;
  last?: Day;
  form: DateForm;
  parts?: DateParts;
  /** How a bare weekday or a yearless date was placed relative to the publication date. */
  direction?: Direction;
  /** True when the year is written (absolute dates). */
  explicitYear?: boolean;
}

interface Ctx {
  text: string;
  lower: string;
  pub?: Day;
}

type Candidate = DateMention & { priority: number };

// ---------------------------------------------------------------------------------------------
// helpers

function mention(ctx: Ctx, start: number, end: number, m: Omit<DateMention, 'start' | 'end' | 'text'>, priority = 1): Candidate {
  // Trim spaces the regex may have eaten.
  while (start < end && /\s/.test(ctx.text[start])) start++;
  while (end > start && /\s/.test(ctx.text[end - 1])) end--;
  return { ...m, start, end, text: ctx.text.slice(start, end), priority };
}

function dayMention(d: Day): Pick<DateMention, 'value' | 'granularity' | 'first' | 'last'> {
  return { value: isoDay(d), granularity: 'day', first: d, last: d };
}

function weekMention(d: Day): Pick<DateMention, 'value' | 'granularity' | 'first' | 'last'> {
  const s = weekStart(d);
  return { value: isoWeekValue(d), granularity: 'week', first: s, last: s + 6 };
}

function monthMention(year: number, month: number): Pick<DateMention, 'value' | 'granularity' | 'first' | 'last'> {
  const [first, last] = monthRange(year, month);
  return { value: isoMonth(year, month), granularity: 'month', first, last };
}

function yearMention(year: number): Pick<DateMention, 'value' | 'granularity' | 'first' | 'last'> {
  return { value: String(year).padStart(4, '0'), granularity: 'year', first: dayOf(year, 1, 1), last: dayOf(year, 12, 31) };
}

function quarterMention(year: number, q: number): Pick<DateMention, 'value' | 'granularity' | 'first' | 'last'> {
  return { value: `${year}-Q${q}`, granularity: 'quarter', first: dayOf(year, q * 3 - 2, 1), last: monthRange(year, q * 3)[1] };
}

function seasonRange(year: number, code: string): [Day, Day] {
  switch (code) {
    case 'SP': return [dayOf(year, 3, 1), dayOf(year, 5, 31)];
    case 'SU': return [dayOf(year, 6, 1), dayOf(year, 8, 31)];
    case 'FA': return [dayOf(year, 9, 1), dayOf(year, 11, 30)];
    default: return [dayOf(year - 1, 12, 1), monthRange(year, 2)[1]];
  }
}

/**
 * Pick the year for a yearless span (a month, a month-day, a quarter): the occurrence nearest the
 * publication date, with a bias to the past unless the clause looks ahead.
 */
function pickYear(pub: Day, range: (year: number) => [Day, Day] | undefined, direction: Direction): number {
  const y = ymd(pub).year;
  let best = y;
  let bestScore = Infinity;
  for (const year of [y - 1, y, y + 1]) {
    const r = range(year);
    if (!r) continue;
    let score: number;
    if (r[0] <= pub && pub <= r[1]) score = 0;
    else if (r[1] < pub) score = (pub - r[1]) * (direction === 'forward' ? 5 : 1);
    else score = (r[0] - pub) * (direction === 'past' ? 5 : 1);
    if (score < bestScore) {
      bestScore = score;
      best = year;
    }
  }
  return best;
}

/** Place a weekday (1–7) relative to the publication date. */
export function placeWeekday(pub: Day, dow: number, how: 'past' | 'forward' | 'nearest' | 'last' | 'next' | 'this'): Day {
  const today = weekday(pub);
  const back = (today - dow + 7) % 7; // 0…6 days back to the most recent such day
  const ahead = (dow - today + 7) % 7;
  switch (how) {
    case 'past': return pub - back;
    case 'forward': return pub + ahead;
    case 'nearest': return back <= ahead ? pub - back : pub + ahead;
    case 'last': return pub - (back === 0 ? 7 : back);
    case 'next': return pub + (ahead === 0 ? 7 : ahead);
    case 'this': return weekStart(pub) + dow - 1;
  }
}

const isUpper = (c: string | undefined) => !!c && c !== c.toLowerCase();

// Words after a weekday that make it part of a name ("Sunday Times", "Bloody Sunday" is caught by the
// capital before): a capitalised word that is not a month.
function namedAfter(ctx: Ctx, end: number): boolean {
  const m = /^\s+([A-Z][a-z]+)/.exec(ctx.text.slice(end, end + 20));
  if (!m) return false;
  return monthNumber(m[1]) === undefined && !(m[1].toLowerCase() in PARTS_OF_DAY);
}

// ---------------------------------------------------------------------------------------------
// rules: each finds candidates in the sentence

type RuleFn = (ctx: Ctx, out: Candidate[]) => void;

function each(re: RegExp, ctx: Ctx, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.lower))) {
    fn(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}

const REF_RULE: RuleFn = (ctx, out) => {
  each(/\b(?:right now|now|currently|presently|nowadays|at present|at the moment|these days|the present(?!\s+[a-z]))\b(?!-)/g, ctx, (m) => {
    out.push(mention(ctx, m.index, m.index + m[0].length, { type: 'DATE', value: 'PRESENT_REF', granularity: 'ref', form: 'ref' }));
  });
  each(/\b(?:recently|lately|the past)\b(?!\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?|centur(?:y|ies)|hours?|quarters?|weekends?|\d|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|couple))/g, ctx, (m) => {
    out.push(mention(ctx, m.index, m.index + m[0].length, { type: 'DATE', value: 'PAST_REF', granularity: 'ref', form: 'ref' }));
  });
  each(/\bthe (?:near |distant |foreseeable |immediate )?future\b(?! of)/g, ctx, (m) => {
    out.push(mention(ctx, m.index, m.index + m[0].length, { type: 'DATE', value: 'FUTURE_REF', granularity: 'ref', form: 'ref' }));
  });
};

const DAY_WORDS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1 };

const DAY_RULE: RuleFn = (ctx, out) => {
  if (ctx.pub === undefined) return;
  const pub = ctx.pub;
  each(/\b(the day (?:before yesterday|after tomorrow)|today|yesterday|tomorrow|tonight|last night|this (?:morning|afternoon|evening))\b(?:\s+(morning|afternoon|evening|night))?/g, ctx, (m) => {
    const word = m[1];
    let d = pub;
    let part: string | undefined = m[2] ? PARTS_OF_DAY[m[2]] : undefined;
    if (word === 'the day before yesterday') d = pub - 2;
    else if (word === 'the day after tomorrow') d = pub + 2;
    else if (word in DAY_WORDS) d = pub + DAY_WORDS[word];
    else if (word === 'tonight') part = 'NI';
    else if (word === 'last night') {
      d = pub - 1;
      part = 'NI';
    } else part = PARTS_OF_DAY[word.split(' ')[1]];
    const base = dayMention(d);
    out.push(mention(ctx, m.index, m.index + m[0].length, part
      ? { ...base, type: 'TIME', value: `${base.value}T${part}`, form: 'relative' }
      : { ...base, type: 'DATE', form: 'relative' }));
  });
};

const WEEKDAY_RULE: RuleFn = (ctx, out) => {
  const re = new RegExp(`\\b(?:(early|late)\\s+)?(?:(last|this past|this coming|this|next|coming|past)\\s+)?(${WEEKDAY_RE})\\b(?!s\\b)(?:\\s+(morning|afternoon|evening|night))?`, 'g');
  each(re, ctx, (m) => {
    const nameStart = m.index + m[0].indexOf(m[3]);
    if (!isUpper(ctx.text[nameStart])) return; // "sunday" in lower case is rarely a date in edited copy
    const nameEnd = nameStart + m[3].length;
    if (!m[4] && namedAfter(ctx, nameEnd)) return;
    if (/\b(?:good|black|bloody|super|ash|palm|holy|cyber)\s+$/i.test(ctx.text.slice(Math.max(0, nameStart - 8), nameStart))) return;
    const dow = WEEKDAYS[m[3]];
    const start = m.index;
    const end = m.index + m[0].length;
    const mod = m[2];
    const parts: DateParts = { weekday: { start: nameStart, end: nameEnd, dow }, order: 'md' };
    if (ctx.pub === undefined) {
      out.push(mention(ctx, start, end, { type: m[4] ? 'TIME' : 'DATE', value: `XXXX-WXX-${dow}`, granularity: 'day', form: 'weekday', parts }));
      return;
    }
    let how: Parameters<typeof placeWeekday>[2];
    let direction: Direction | undefined;
    if (mod === 'last' || mod === 'this past' || mod === 'past') how = 'last';
    else if (mod === 'next' || mod === 'this coming' || mod === 'coming') how = 'next';
    else if (mod === 'this') how = 'this';
    else how = direction = directionFor(ctx.text, start, end);
    const d = placeWeekday(ctx.pub, dow, how);
    const base = dayMention(d);
    const part = m[4] ? PARTS_OF_DAY[m[4]] : undefined;
    out.push(mention(ctx, start, end, part
      ? { ...base, type: 'TIME', value: `${base.value}T${part}`, form: 'weekday', parts, direction }
      : { ...base, type: 'DATE', form: 'weekday', parts, direction }));
  });
};

const UNIT_RULE: RuleFn = (ctx, out) => {
  if (ctx.pub === undefined) return;
  const pub = ctx.pub;
  const re = /\b((?:the )?(?:very )?(?:earlier|later|early|late|mid-?)\s*(?:in\s+)?)?(this|last|next|the current|the coming|the past|the previous|the following|the same)\s+(week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter)(?!s\b)(?!-)/g;
  each(re, ctx, (m) => {
    const rel = m[2];
    const unit = m[3];
    // "the past week", "the coming year": spans measured from now (durations in TimeML); "the previous
    // year", "the following week", "the same month": anchored to another time, not the publication date.
    if (rel === 'the past' || rel === 'the coming' || rel === 'the previous' || rel === 'the following' || rel === 'the same') return;
    // "last year's" is fine; "last week-long" is not a date
    const delta = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
    const { year, month } = ymd(pub);
    let m2: Pick<DateMention, 'value' | 'granularity' | 'first' | 'last'>;
    switch (unit) {
      case 'week': m2 = weekMention(pub + 7 * delta); break;
      case 'weekend': {
        // "last weekend": the weekend before this week's; on a Saturday or Sunday, "this weekend" is today's.
        const w = weekMention(pub + 7 * delta);
        m2 = { value: `${w.value}-WE`, granularity: 'weekend', first: (w.first as number) + 5, last: (w.first as number) + 6 };
        break;
      }
      case 'month': {
        const t = addMonths(year, month, delta);
        m2 = monthMention(t.year, t.month);
        break;
      }
      case 'year': m2 = yearMention(year + delta); break;
      case 'quarter': {
        const q = Math.floor((month - 1) / 3) + 1 + delta;
        const qy = year + Math.floor((q - 1) / 4);
        m2 = quarterMention(qy, ((q - 1 + 4) % 4) + 1);
        break;
      }
      case 'decade': {
        const dec = Math.floor(year / 10) + delta;
        m2 = { value: String(dec), granularity: 'decade', first: dayOf(dec * 10, 1, 1), last: dayOf(dec * 10 + 9, 12, 31) };
        break;
      }
      case 'century': {
        const c = Math.floor(year / 100) + delta;
        m2 = { value: String(c), granularity: 'century', first: dayOf(c * 100, 1, 1), last: dayOf(c * 100 + 99, 12, 31) };
        break;
      }
      default: {
        const code = SEASONS[unit];
        let sy = year;
        if (code === 'WI' && month === 12) sy = year + 1;
        const [cs] = seasonRange(sy, code);
        if (rel === 'last') sy = cs <= pub && pub <= seasonRange(sy, code)[1] ? sy - 1 : cs > pub ? sy - 1 : sy;
        else if (rel === 'next') sy = cs > pub ? sy : sy + 1;
        const r = seasonRange(sy, code);
        m2 = { value: `${sy}-${code}`, granularity: 'season', first: r[0], last: r[1] };
      }
    }
    out.push(mention(ctx, m.index, m.index + m[0].length, { ...m2, type: 'DATE', form: 'relative' }, 2));
  });
  // "the weekend", "over the weekend"
  each(/\bthe weekend\b/g, ctx, (m) => {
    const dow = weekday(pub);
    const direction = directionFor(ctx.text, m.index, m.index + m[0].length);
    const d = dow >= 6 || direction !== 'past' ? pub : pub - 7;
    const w = weekMention(d);
    out.push(mention(ctx, m.index, m.index + m[0].length, {
      value: `${w.value}-WE`, granularity: 'weekend', first: (w.first as number) + 5, last: (w.first as number) + 6, type: 'DATE', form: 'relative',
    }));
  });
  // "the end of the year", "the beginning of the month": the unit of the publication date
  each(/\bthe (?:end|beginning|start|middle) of the (week|month|year)\b/g, ctx, (m) => {
    const { year, month } = ymd(pub);
    const m2 = m[1] === 'week' ? weekMention(pub) : m[1] === 'month' ? monthMention(year, month) : yearMention(year);
    out.push(mention(ctx, m.index, m.index + m[0].length, { ...m2, type: 'DATE', form: 'relative' }));
  });
};

const AGO_RULE: RuleFn = (ctx, out) => {
  if (ctx.pub === undefined) return;
  const pub = ctx.pub;
  const re = new RegExp(`\\b(?:(?:about|around|roughly|some|nearly|almost|more than|less than|over|just|only|exactly)\\s+)?(${NUMBER_WORD_RE})\\s+(day|week|month|year|decade)s?\\s+ago\\b`, 'g');
  each(re, ctx, (m) => {
    const n = numberValue(m[1]);
    if (n === undefined) return;
    const { year, month } = ymd(pub);
    let m2: Pick<DateMention, 'value' | 'granularity' | 'first' | 'last'>;
    switch (m[2]) {
      case 'day': m2 = dayMention(pub - n); break;
      case 'week': m2 = weekMention(pub - 7 * n); break;
      case 'month': {
        const t = addMonths(year, month, -n);
        m2 = monthMention(t.year, t.month);
        break;
      }
      case 'year': m2 = yearMention(year - n); break;
      default: m2 = yearMention(year - 10 * n);
    }
    out.push(mention(ctx, m.index, m.index + m[0].length, { ...m2, type: 'DATE', form: 'relative' }, 2));
  });
};

const YEAR_UNITS = /^\s*(?:%|percent|per cent|people|persons|troops|soldiers|fighters|missiles|rockets|drones|dollars|euros|pounds|yuan|shekels|members|workers|employees|votes|voters|km|kilometers|kilometres|miles|meters|metres|feet|tons|tonnes|barrels|shares|acres|homes|houses|jobs|deaths|cases|children|students|residents|civilians|units|points|hours|minutes|seconds|days|weeks|years|times|cars|vehicles|aircraft|planes|ships|boats|calories|words)\b/i;

const YEAR_RULE: RuleFn = (ctx, out) => {
  // Decades: the 1990s, the '90s, the early 1990s, mid-1990s
  each(/\b(?:the\s+)?(?:(?:early|late|mid)[-\s]?)?(?:(1[5-9]|20)(\d)0|'(\d)0)'?s\b/g, ctx, (m) => {
    let value: string;
    if (m[1]) value = m[1] + m[2];
    else {
      const pubYear = ctx.pub !== undefined ? ymd(ctx.pub).year : 2000;
      const d = +m[3];
      const century = d * 10 <= pubYear % 100 ? Math.floor(pubYear / 100) : Math.floor(pubYear / 100) - 1;
      value = `${century}${d}`;
    }
    const y0 = +value * 10;
    out.push(mention(ctx, m.index, m.index + m[0].length, { type: 'DATE', value, granularity: 'decade', first: dayOf(y0, 1, 1), last: dayOf(y0 + 9, 12, 31), form: 'absolute' }, 2));
  });
  // Centuries: the 20th century, the twentieth century
  each(/\bthe\s+(?:early\s+|late\s+|mid-)?(\d{1,2})(?:st|nd|rd|th)\s+century\b/g, ctx, (m) => {
    const c = +m[1] - 1;
    out.push(mention(ctx, m.index, m.index + m[0].length, { type: 'DATE', value: String(c).padStart(2, '0'), granularity: 'century', first: dayOf(c * 100, 1, 1), last: dayOf(c * 100 + 99, 12, 31), form: 'absolute' }, 2));
  });
  // Seasons of a year: the summer of 2023, spring 1998
  each(/\b(?:the\s+)?(spring|summer|fall|autumn|winter)\s+(?:of\s+)?(1[89]\d\d|20\d\d)\b/g, ctx, (m) => {
    const code = SEASONS[m[1]];
    const y = +m[2];
    const r = seasonRange(code === 'WI' ? y + 1 : y, code);
    out.push(mention(ctx, m.index, m.index + m[0].length, { type: 'DATE', value: `${y}-${code}`, granularity: 'season', first: r[0], last: r[1], form: 'absolute' }, 2));
  });
  // Fiscal years: fiscal 1998, fiscal year 2024 (valued as the year)
  each(/\bfiscal\s+(?:year\s+)?(1[89]\d\d|20\d\d)\b/g, ctx, (m) => {
    out.push(mention(ctx, m.index, m.index + m[0].length, { ...yearMention(+m[1]), type: 'DATE', form: 'absolute' }, 2));
  });
  // Plain years
  each(/(?<![\d,.$£€#/-])\b(1[6-9]\d\d|20\d\d)\b(?![\d,]\d|%|-\d|\/\d|\.\d)/g, ctx, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const after = ctx.text.slice(end, end + 24);
    if (YEAR_UNITS.test(after)) return;
    const before = ctx.lower.slice(Math.max(0, start - 24), start);
    // The end of a span of years ("from 2010 to 2013", "between 2006 and 2015") is a year too.
    const spanEnd = /\b(?:from|between)\s+(?:1[6-9]\d\d|20\d\d)\s+(?:to|and|until|through)\s+$/.test(before);
    if (!spanEnd && /\b(?:about|around|roughly|some|nearly|almost|over|than|least|most|to|up to|no\.|number|page|room|route|flight|model|code|of about|killing|killed|wounding|injuring)\s+$/.test(before) && !/\b(?:in|since|of|by|until|from|during|before|after|through)\s+$/.test(before)) return;
    out.push(mention(ctx, start, end, { ...yearMention(+m[1]), type: 'DATE', form: 'absolute', explicitYear: true }, 1));
  });
};

const QUARTER_RULE: RuleFn = (ctx, out) => {
  const re = /\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[-\s](quarter|half)(?:\s+of\s+(?:(1[89]\d\d|20\d\d)|(this|last|next|the) year|fiscal\s+(1[89]\d\d|20\d\d)))?\b/g;
  each(re, ctx, (m) => {
    const n = ORDINALS[m[1]];
    const isHalf = m[2] === 'half';
    if (isHalf && n > 2) return;
    // "a second half" is not a date; "the third quarter" and "third-quarter profit" are
    const lead = ctx.lower.slice(Math.max(0, m.index - 3), m.index);
    if (/\ba\s$/.test(lead)) return;
    let year: number | undefined = m[3] ? +m[3] : m[5] ? +m[5] : undefined;
    if (year === undefined && ctx.pub !== undefined) {
      const y = ymd(ctx.pub).year;
      if (m[4] === 'last') year = y - 1;
      else if (m[4] === 'next') year = y + 1;
      else if (m[4]) year = y;
      else {
        const direction = directionFor(ctx.text, m.index, m.index + m[0].length);
        year = pickYear(ctx.pub, (yy) => (isHalf ? [dayOf(yy, n * 6 - 5, 1), monthRange(yy, n * 6)[1]] : [dayOf(yy, n * 3 - 2, 1), monthRange(yy, n * 3)[1]]), direction);
      }
    }
    if (year === undefined) return;
    const v = isHalf
      ? { value: `${year}-H${n}`, granularity: 'half' as const, first: dayOf(year, n * 6 - 5, 1), last: monthRange(year, n * 6)[1] }
      : quarterMention(year, n);
    out.push(mention(ctx, m.index, m.index + m[0].length, { ...v, type: 'DATE', form: 'relative' }, 2));
  });
  // "the quarter" in business news: the quarter being reported (the last one that ended, early in a quarter)
  if (ctx.pub !== undefined) {
    const pub = ctx.pub;
    each(/\bthe (?:latest |most recent |current )?quarter\b(?!s)/g, ctx, (m) => {
      const { year, month } = ymd(pub);
      const current = /current/.test(m[0]);
      const inQuarter = (month - 1) % 3; // 0, 1, 2 months into the quarter
      const back = current ? 0 : inQuarter <= 1 ? 1 : 0;
      let q = Math.floor((month - 1) / 3) + 1 - back;
      let y = year;
      if (q < 1) {
        q += 4;
        y--;
      }
      out.push(mention(ctx, m.index, m.index + m[0].length, { ...quarterMention(y, q), type: 'DATE', form: 'relative' }));
    });
  }
};

const SEASON_RULE: RuleFn = (ctx, out) => {
  if (ctx.pub === undefined) return;
  const pub = ctx.pub;
  // "in the spring", "the summer" (not "the fall of Kabul", "the spring offensive" is still a date)
  each(/\b(?:(early|late|mid-?)\s*)?(?:the\s+)(spring|summer|autumn|winter|fall)\b(?!\s+of\b)/g, ctx, (m) => {
    if (m[2] === 'fall' && !/\bin\s+(?:early\s+|late\s+)?$/.test(ctx.lower.slice(Math.max(0, m.index - 10), m.index + (m[1] ? m[1].length + 1 : 0)))) return;
    const code = SEASONS[m[2]];
    const direction = directionFor(ctx.text, m.index, m.index + m[0].length);
    const y = pickYear(pub, (yy) => seasonRange(yy, code), direction);
    const r = seasonRange(y, code);
    out.push(mention(ctx, m.index, m.index + m[0].length, { type: 'DATE', value: `${y}-${code}`, granularity: 'season', first: r[0], last: r[1], form: 'relative' }));
  });
};

const HOLIDAYS: Record<string, [number, number]> = {
  'christmas eve': [12, 24], 'christmas day': [12, 25], christmas: [12, 25], "new year's eve": [12, 31], "new year's day": [1, 1],
  halloween: [10, 31], "valentine's day": [2, 14],
};
const HOLIDAY_RULE: RuleFn = (ctx, out) => {
  if (ctx.pub === undefined) return;
  const pub = ctx.pub;
  each(/\b(christmas eve|christmas day|christmas|new year's eve|new year's day|halloween|valentine's day)\b(?:\s+(1[89]\d\d|20\d\d))?/g, ctx, (m) => {
    if (!isUpper(ctx.text[m.index])) return;
    const [mo, d] = HOLIDAYS[m[1]];
    const direction = directionFor(ctx.text, m.index, m.index + m[0].length);
    const year = m[2] ? +m[2] : pickYear(pub, (yy) => [dayOf(yy, mo, d), dayOf(yy, mo, d)], direction);
    out.push(mention(ctx, m.index, m.index + m[0].length, { ...dayMention(dayOf(year, mo, d)), type: 'DATE', form: 'absolute' }));
  });
};

// A bare month name: "in October", "last March", "early September", "mid-October", "the end of May".
const MONTH_RULE: RuleFn = (ctx, out) => {
  const re = new RegExp(`\\b((?:the\\s+)?(?:end|beginning|start|middle|first half|second half)\\s+of\\s+|(?:early|late|mid)[-\\s]?)?(?:(last|this|next)\\s+)?(${MONTH_RE})(?![\\w'])`, 'g');
  each(re, ctx, (m) => {
    const nameStart = m.index + m[0].length - m[3].length;
    if (!isUpper(ctx.text[nameStart])) return;
    const word = m[3].replace(/\.$/, '');
    const month = monthNumber(word);
    if (month === undefined) return;
    // Abbreviations without a day are rarely months ("Mar", "Jan" as names); "May"/"March" need a cue.
    if (word.length <= 4 && !['june', 'july', 'may'].includes(word.toLowerCase())) return;
    const before = ctx.lower.slice(Math.max(0, m.index - 12), m.index);
    const cue = m[1] || m[2] || /\b(?:in|since|until|till|by|from|through|during|of|before|after|to|between|and|or|late|early|this|last|next)\s+$/.test(before);
    if ((month === 5 || month === 3) && !cue) return;
    if (!cue && nameStart === 0) return;
    if (ctx.pub === undefined) {
      out.push(mention(ctx, m.index, m.index + m[0].length, { type: 'DATE', value: `XXXX-${String(month).padStart(2, '0')}`, granularity: 'month', form: 'absolute' }));
      return;
    }
    const pub = ctx.pub;
    const { year: py, month: pm } = ymd(pub);
    let year: number;
    let direction: Direction | undefined;
    if (m[2] === 'last') year = month < pm ? py : py - 1;
    else if (m[2] === 'next') year = month > pm ? py : py + 1;
    else if (m[2] === 'this') year = py;
    else {
      direction = directionFor(ctx.text, m.index, m.index + m[0].length);
      year = pickYear(pub, (yy) => monthRange(yy, month), direction);
    }
    out.push(mention(ctx, m.index, m.index + m[0].length, { ...monthMention(year, month), type: 'DATE', form: 'absolute', direction }));
  });
};

// ---------------------------------------------------------------------------------------------
// Explicit calendar dates, found by chrono-node and read back into their written parts.

const GATE = new RegExp(`${MONTH_RE}|\\d{1,4}[/-]\\d{1,2}[/-]\\d{1,4}`, 'i');
const WRITTEN_DATE = new RegExp(
  [
    // (Wednesday,) October 8(th)(, 2024)
    `(?:(${WEEKDAY_RE})\\.?,?\\s+)?(?:the\\s+)?(${MONTH_RE})\\s+(\\d{1,2})(st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`,
    // (Wednesday,) 8(th) (of) October( 2024)
    `(?:(${WEEKDAY_RE})\\.?,?\\s+)?(?:the\\s+)?(\\d{1,2})(st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})(?![a-z])(?:,?\\s+(\\d{4})\\b)?`,
    // October 2024
    `(${MONTH_RE})\\s+(?:of\\s+)?(\\d{4})\\b`,
    // 10/08/2024, 2024-10-08
    `(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b`,
    `(\\d{1,2})/(\\d{1,2})/(\\d{2,4})\\b`,
  ].join('|'),
  'gi',
);

interface Written {
  start: number;
  end: number;
  month: number;
  day?: number;
  year?: number;
  parts: DateParts;
}

/** Read the written calendar dates (with their parts) inside [from, to) of the text. */
function writtenDates(ctx: Ctx, from: number, to: number): Written[] {
  const out: Written[] = [];
  const slice = ctx.text.slice(from, to);
  WRITTEN_DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WRITTEN_DATE.exec(slice))) {
    const at = from + m.index;
    const span = (group: number): PartSpan => {
      const rel = m![0].indexOf(m![group], group > 1 ? 0 : 0);
      return { start: at + rel, end: at + rel + m![group].length };
    };
    const locate = (group: number, after = 0): PartSpan => {
      const rel = m![0].indexOf(m![group], after);
      return { start: at + rel, end: at + rel + m![group].length };
    };
    let w: Written | undefined;
    if (m[2] && m[3]) {
      const parts: DateParts = { order: 'md' };
      let cursor = 0;
      if (m[1]) {
        parts.weekday = { ...locate(1), dow: WEEKDAYS[m[1].toLowerCase()] };
        cursor = m[1].length;
      }
      const mo = locate(2, cursor);
      parts.month = { ...mo, value: monthNumber(m[2])!, text: m[2] };
      const dd = locate(3, mo.end - at);
      parts.day = { ...dd, value: +m[3], suffix: m[4] ?? '' };
      if (m[5]) parts.year = { ...locate(5, dd.end - at), value: +m[5] };
      w = { start: at, end: at + m[0].length, month: monthNumber(m[2])!, day: +m[3], year: m[5] ? +m[5] : undefined, parts };
    } else if (m[7] && m[9]) {
      const parts: DateParts = { order: 'dm' };
      let cursor = 0;
      if (m[6]) {
        parts.weekday = { ...locate(6), dow: WEEKDAYS[m[6].toLowerCase()] };
        cursor = m[6].length;
      }
      const dd = locate(7, cursor);
      parts.day = { ...dd, value: +m[7], suffix: m[8] ?? '' };
      const mo = locate(9, dd.end - at);
      parts.month = { ...mo, value: monthNumber(m[9])!, text: m[9] };
      if (m[10]) parts.year = { ...locate(10, mo.end - at), value: +m[10] };
      w = { start: at, end: at + m[0].length, month: monthNumber(m[9])!, day: +m[7], year: m[10] ? +m[10] : undefined, parts };
    } else if (m[11]) {
      const mo = span(11);
      w = { start: at, end: at + m[0].length, month: monthNumber(m[11])!, year: +m[12], parts: { order: 'md', month: { ...mo, value: monthNumber(m[11])!, text: m[11] }, year: { ...locate(12, mo.end - at), value: +m[12] } } };
    } else if (m[13]) {
      w = { start: at, end: at + m[0].length, year: +m[13], month: +m[14], day: +m[15], parts: { order: 'numeric' } };
    } else if (m[16]) {
      const y = +m[18] < 100 ? 2000 + +m[18] : +m[18];
      w = { start: at, end: at + m[0].length, month: +m[16], day: +m[17], year: y, parts: { order: 'numeric' } };
    }
    if (w && w.month >= 1 && w.month <= 12) out.push(w);
  }
  return out;
}

let chronoParser: chrono.Chrono | undefined;

const ABSOLUTE_RULE: RuleFn = (ctx, out) => {
  if (!GATE.test(ctx.text)) return;
  chronoParser ??= chrono.casual.clone();
  const ref = ctx.pub !== undefined ? new Date(ctx.pub * 86_400_000 + 12 * 3_600_000) : new Date(Date.UTC(2000, 0, 1, 12));
  let results: chrono.ParsedResult[];
  try {
    results = chronoParser.parse(ctx.text, { instant: ref, timezone: 0 }, { forwardDate: false });
  } catch {
    return;
  }
  for (const r of results) {
    const known = r.start.isCertain('month');
    if (!known) continue;
    for (const w of writtenDates(ctx, r.index, r.index + r.text.length)) {
      // A month and a year without a day is a month: "October 2024"
      if (w.day === undefined) {
        if (w.year === undefined) continue;
        if (!isUpper(ctx.text[w.parts.month!.start])) continue;
        out.push(mention(ctx, w.start, w.end, { ...monthMention(w.year, w.month), type: 'DATE', form: 'absolute', parts: w.parts, explicitYear: true }, 3));
        continue;
      }
      if (w.parts.month && !isUpper(ctx.text[w.parts.month.start])) continue;
      let year = w.year;
      let direction: Direction | undefined;
      if (year === undefined) {
        if (ctx.pub === undefined) {
          if (!isValidDate(2000, w.month, w.day)) continue;
          out.push(mention(ctx, w.start, w.end, {
            type: 'DATE', value: `XXXX-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`, granularity: 'day', form: 'absolute', parts: w.parts,
          }, 3));
          continue;
        }
        direction = directionFor(ctx.text, w.start, w.end);
        const mo = w.month;
        const dd = w.day;
        year = pickYear(ctx.pub, (yy) => (isValidDate(yy, mo, dd) ? [dayOf(yy, mo, dd), dayOf(yy, mo, dd)] : undefined), direction);
      }
      if (!isValidDate(year, w.month, w.day)) continue;
      const d = dayOf(year, w.month, w.day);
      out.push(mention(ctx, w.start, w.end, { ...dayMention(d), type: 'DATE', form: 'absolute', parts: w.parts, direction, explicitYear: w.year !== undefined }, 3));
    }
  }
};

const RULES: RuleFn[] = [ABSOLUTE_RULE, MONTH_RULE, WEEKDAY_RULE, DAY_RULE, UNIT_RULE, AGO_RULE, YEAR_RULE, QUARTER_RULE, SEASON_RULE, HOLIDAY_RULE, REF_RULE];

/**
 * Every date expression in `text` (a sentence, or any stretch of prose), resolved against the
 * publication date `published` (YYYY-MM-DD). Without a publication date only written calendar dates
 * with a year resolve fully; the others get TimeML's underspecified forms or are left out.
 */
export function findDates(text: string, published?: string | Day): DateMention[] {
  const pub = typeof published === 'number' ? published : published ? parseIsoDayLoose(published) : undefined;
  const ctx: Ctx = { text, lower: text.toLowerCase(), pub };
  const candidates: Candidate[] = [];
  for (const rule of RULES) rule(ctx, candidates);
  // Longest first, then the more specific rule; drop anything overlapping a kept mention.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (c.end <= c.start) continue;
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map(({ priority: _p, ...rest }) => rest);
}

function parseIsoDayLoose(iso: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m || !isValidDate(+m[1], +m[2], +m[3])) return undefined;
  return dayOf(+m[1], +m[2], +m[3]);
}
