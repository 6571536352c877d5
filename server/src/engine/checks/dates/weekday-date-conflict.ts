// dates/weekday-date-conflict: a weekday and a date that cannot both be true ("Wednesday, October 8"
// in 2024, when October 8 was a Tuesday). Two fixes: the weekday of the date, or the nearest date
// with the written weekday. Neither is applied automatically: only the writer knows which part is wrong.
import type { Rule, RawFinding } from '../../rule';
import { documentDates } from '../../dates/document';
import { type Day, weekday, WEEKDAY_NAMES, ymd } from '../../dates/calendar';
import { describeDay, rewriteDate, weekdayInStyle } from '../../dates/format';

export const weekdayDateConflict: Rule = {
  id: 'dates/weekday-date-conflict',
  check: 'dates',
  description: 'A weekday and a date that cannot both be true in that year.',
  defaultLevel: 'warning',
  run: ({ draft }) => {
    const out: RawFinding[] = [];
    for (const m of documentDates(draft, draft.published)) {
      const w = m.parts?.weekday;
      if (!w || !m.parts?.day || m.first === undefined || m.granularity !== 'day') continue;
      const actual = weekday(m.first);
      if (actual === w.dow) continue;
      const written = draft.text.slice(m.start, m.end);
      const year = ymd(m.first).year;
      const weekdayText = draft.text.slice(w.start, w.end);
      // The nearest day with the written weekday (within three days either way).
      const diff = ((w.dow - actual + 7) % 7);
      const other: Day = m.first + (diff <= 3 ? diff : diff - 7);
      const dateFix = rewriteDate(draft.text, { ...m, parts: { ...m.parts, weekday: undefined } }, other);
      const fixes = [
        {
          title: `Change the weekday to "${weekdayInStyle(actual, weekdayText)}"`,
          edits: [{ range: { start: w.start, end: w.end }, newText: weekdayInStyle(actual, weekdayText) }],
        },
      ];
      if (dateFix) fixes.push({ title: `Change the date to "${dateFix}" (a ${WEEKDAY_NAMES[w.dow - 1]})`, edits: [{ range: { start: m.start, end: m.end }, newText: dateFix }] });
      out.push({
        range: { start: m.start, end: m.end },
        message: `"${written}": ${describeDay(m.first)}, ${year} was a ${WEEKDAY_NAMES[actual - 1]}, not a ${WEEKDAY_NAMES[w.dow - 1]}.`,
        evidence: [],
        fixes,
        data: { date: m.value, writtenWeekday: WEEKDAY_NAMES[w.dow - 1], actualWeekday: WEEKDAY_NAMES[actual - 1], nearestWithWeekday: describeDay(other) },
      });
    }
    return out;
  },
};
