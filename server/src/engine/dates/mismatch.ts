// Shared by dates/date-mismatch and dates/weekday-mismatch: a draft date that the references for the
// same event contradict, with the evidence, a message that names the references' values (and says when
// they disagree with each other) and a fix in the draft's own style.
import { referenceLabel } from '../corpus/reference';
import type { RawFinding } from '../rule';
import type { Draft } from '../draft/draft';
import type { Corpus } from '../corpus/corpus';
import type { Fix } from '../types';
import { evidenceOf } from '../events/align';
import { alignedDateConflicts, type AlignedDateConflict, type RefDate } from './aligned';
import { type Day, WEEKDAY_NAMES, weekday, ymd } from './calendar';
import { MONTH_NAMES } from './lexicon';
import { describeDay, rewriteDate } from './format';
import { findDates, type DateForm, type DateMention } from './resolve';

interface Group {
  day: Day;
  statements: RefDate[];
  outlets: string[];
}

function groupByDay(against: RefDate[]): Group[] {
  const groups = new Map<Day, Group>();
  for (const r of against) {
    const d = r.date.first as Day;
    let g = groups.get(d);
    if (!g) groups.set(d, (g = { day: d, statements: [], outlets: [] }));
    g.statements.push(r);
    const who = referenceLabel(r.ref);
    if (!g.outlets.includes(who)) g.outlets.push(who);
  }
  // Most references first; among equals, the earlier day.
  const refCount = (g: Group) => new Set(g.statements.map((s) => s.ref.id)).size;
  return [...groups.values()].sort((a, b) => refCount(b) - refCount(a) || b.statements.length - a.statements.length || a.day - b.day);
}

/** Answers of resolvesTo by changed sentence, place, target and publication date: the same fix is worked out
 *  again on every re-check, and each answer runs the date parser. */
const resolved = new Map<string, boolean>();
const MAX_RESOLVED = 5000;

/** Replace [start, end) of the sentence and check the new text resolves to `target`. */
function resolvesTo(draft: Draft, sentenceStart: number, sentenceText: string, start: number, end: number, replacement: string, target: Day): boolean {
  const rel = start - sentenceStart;
  const changed = sentenceText.slice(0, rel) + replacement + sentenceText.slice(end - sentenceStart);
  const key = `${draft.published}\u0000${rel}\u0000${target}\u0000${changed}`;
  let answer = resolved.get(key);
  if (answer === undefined) {
    const m = findDates(changed, draft.published).find((x) => x.start <= rel && rel < x.end);
    answer = !!m && m.first === target && m.last === target;
    if (resolved.size >= MAX_RESOLVED) resolved.clear();
    resolved.set(key, answer);
  }
  return answer;
}

function fixFor(draft: Draft, conflict: AlignedDateConflict, target: Day, safe: boolean): Fix | undefined {
  const { date, sentence } = conflict;
  const text = draft.text;
  if (date.form === 'weekday' && date.parts?.weekday) {
    const w = date.parts.weekday;
    const name = WEEKDAY_NAMES[weekday(target) - 1];
    if (resolvesTo(draft, sentence.start, sentence.text, w.start, w.end, name, target)) {
      return { title: `Change to "${name}" (${describeDay(target)}) as the references say`, edits: [{ range: { start: w.start, end: w.end }, newText: name }], safe, preferred: true };
    }
    const explicit = `${name}, ${describeDay(target)}`;
    return { title: `Change to "${explicit}" as the references say`, edits: [{ range: { start: date.start, end: date.end }, newText: explicit }], safe: false, preferred: true };
  }
  const newText = rewriteDate(text, date, target);
  if (!newText) return undefined;
  return { title: `Change to "${newText}" as the references say`, edits: [{ range: { start: date.start, end: date.end }, newText }], safe, preferred: true };
}

/** How a value is said in messages: a day with its weekday when the draft wrote one; a year or a month as such. */
function describe(date: DateMention, day: Day, withWeekday: boolean): string {
  if (date.granularity === 'year') return String(ymd(day).year);
  if (date.granularity === 'month') return `${MONTH_NAMES[ymd(day).month - 1]} ${ymd(day).year}`;
  return describeDay(day, withWeekday);
}

/** The word in the reference sentence that gives its value ("Wednesday", "August 22"). */
const refWord = (r: RefDate) => r.sentence.text.slice(r.date.start - r.sentence.start, r.date.end - r.sentence.start);

export function mismatchFindings(draft: Draft, corpus: Corpus, form: DateForm): RawFinding[] {
  const out: RawFinding[] = [];
  for (const c of alignedDateConflicts(draft, corpus)) {
    const d = c.date;
    if ((d.form === 'weekday') !== (form === 'weekday')) continue;
    const groups = groupByDay(c.against);
    const withWeekday = form === 'weekday' || c.against.some((r) => r.date.form === 'weekday');
    const written = draft.text.slice(d.start, d.end);
    const values = groups.map((g) => `${describe(g.statements[0].date, g.day, withWeekday)} (${g.outlets.join('; ')})`);
    const seen = form === 'weekday' ? `"${written}" (${describeDay(d.first as Day)})` : `"${written}"`;
    const what = c.event ? `for ${c.event.description}` : 'for the same fact';
    const differs = `"${refWord(groups[0].statements[0])}", not "${written}"`;
    const message =
      groups.length === 1
        ? `${seen} contradicts the references ${what}: they give ${values[0]} (${differs}).`
        : `${seen} matches no reference ${what}, and the references disagree with each other: ${values.join(' vs ')}.`;
    const evidence = groups.flatMap((g) => {
      const seenRef = new Set<string>();
      return g.statements
        .filter((s) => !seenRef.has(s.ref.id + s.sentence.start) && seenRef.add(s.ref.id + s.sentence.start))
        .map((s) => evidenceOf(s, describe(s.date, g.day, withWeekday)));
    });
    const fixes: Fix[] = [];
    groups.forEach((g, i) => {
      if (d.granularity !== 'day' || g.statements[0].date.granularity !== 'day') return;
      const fix = fixFor(draft, c, g.day, groups.length === 1);
      if (fix) fixes.push(i === 0 ? fix : { ...fix, preferred: false });
    });
    out.push({
      range: { start: d.start, end: d.end },
      message,
      evidence,
      fixes,
      confidence: Math.round(c.confidence * 100) / 100,
      data: {
        draftValue: d.value,
        ...(c.event && { event: { kind: c.event.kind, participants: c.event.participants } }),
        referenceValues: groups.map((g) => ({ value: g.statements[0].date.value, refs: [...new Set(g.statements.map((s) => s.ref.id))] })),
        referencesDisagree: groups.length > 1,
      },
    });
  }
  return out;
}
