// Writing a date back in the draft's own style: "Oct. 1" stays abbreviated, "October 1st" keeps its
// suffix, "1 October 2024" keeps its order, a written weekday follows the new date.
import { type Day, weekday, WEEKDAY_NAMES, ymd } from './calendar';
import { AP_MONTHS, MONTH_NAMES, SHORT_MONTHS } from './lexicon';
import type { DateMention } from './resolve';

function ordinal(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return 'th';
  return ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
}

export function monthInStyle(month: number, like: string): string {
  const bare = like.replace(/\.$/, '');
  if (like.endsWith('.')) return AP_MONTHS[month - 1];
  if (bare.length <= 4 && !['june', 'july', 'may'].includes(bare.toLowerCase())) return SHORT_MONTHS[month - 1];
  return MONTH_NAMES[month - 1];
}

export function weekdayInStyle(dow: number, like: string): string {
  const name = WEEKDAY_NAMES[dow - 1];
  if (like.length <= 4) return like.endsWith('.') ? `${name.slice(0, 3)}.` : name.slice(0, 3);
  return name;
}

/**
 * The text of `mention` (a written calendar date, in `text`) rewritten to the day `d`, in the same style.
 * Returns undefined when the mention has no written parts to rewrite.
 */
export function rewriteDate(text: string, mention: DateMention, d: Day): string | undefined {
  const parts = mention.parts;
  if (!parts) return undefined;
  const { year, month, day } = ymd(d);
  const original = text.slice(mention.start, mention.end);
  if (parts.order === 'numeric') {
    if (/^\d{4}-/.test(original)) return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/.exec(original);
    if (!m) return undefined;
    const yy = m[3].length === 2 ? String(year % 100).padStart(2, '0') : String(year);
    const mm = m[1].length === 2 ? String(month).padStart(2, '0') : String(month);
    const dd = m[2].length === 2 ? String(day).padStart(2, '0') : String(day);
    return `${mm}/${dd}/${yy}`;
  }
  const edits: { start: number; end: number; text: string }[] = [];
  if (parts.month) edits.push({ start: parts.month.start, end: parts.month.end, text: monthInStyle(month, parts.month.text) });
  if (parts.day) edits.push({ start: parts.day.start, end: parts.day.end, text: String(day) + (parts.day.suffix ? ordinal(day) : '') });
  if (parts.year && parts.year.value !== year) edits.push({ start: parts.year.start, end: parts.year.end, text: String(year) });
  else if (!parts.year && mention.explicitYear === false && ymd(mention.first ?? d).year !== year) {
    // A yearless date moved across a year boundary needs its year.
    const after = parts.order === 'md' ? parts.day : parts.month;
    if (after) edits.push({ start: after.end, end: after.end, text: `, ${year}` });
  }
  if (parts.weekday) {
    const w = parts.weekday;
    edits.push({ start: w.start, end: w.end, text: weekdayInStyle(weekday(d), text.slice(w.start, w.end)) });
  }
  edits.sort((a, b) => b.start - a.start);
  let out = original;
  for (const e of edits) out = out.slice(0, e.start - mention.start) + e.text + out.slice(e.end - mention.start);
  return out;
}

/** "October 1" or "Wednesday (October 9)": how a reference's date is named in messages. */
export function describeDay(d: Day, withWeekday = false): string {
  const { month, day } = ymd(d);
  const date = `${MONTH_NAMES[month - 1]} ${day}`;
  return withWeekday ? `${WEEKDAY_NAMES[weekday(d) - 1]} (${date})` : date;
}
