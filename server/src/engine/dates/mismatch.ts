// Shared by dates/date-mismatch and dates/weekday-mismatch: a draft date that the references for the
// same event contradict, with the evidence, a message that names the references' values (and says when
// they disagree with each other) and a fix in the draft's own style.
import { referenceLabel } from '../corpus/reference';
import type { RawFinding } from '../rule';
import type { Draft } from '../draft/draft';
import type { Corpus } from '../corpus/corpus';
import type { Fix } from '../types';
import { dateConflicts, describeEvent, evidenceOf, type RefStatement } from '../events/align';
import { type Day, WEEKDAY_NAMES, weekday } from './calendar';
import { describeDay, rewriteDate } from './format';
import { findDates, type DateForm } from './resolve';

interface Group {
  day: Day;
  statements: RefStatement[];
  outlets: string[];
}

function groupByDay(against: RefStatement[]): Group[] {
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

/** Replace [start, end) of the sentence and check the new text resolves to `target`. */
function resolvesTo(draft: Draft, sentenceStart: number, sentenceText: string, start: number, end: number, replacement: string, target: Day): boolean {
  const rel = start - sentenceStart;
  const changed = sentenceText.slice(0, rel) + replacement + sentenceText.slice(end - sentenceStart);
  const m = findDates(changed, draft.published).find((x) => x.start <= rel && rel < x.end);
  return !!m && m.first === target && m.last === target;
}

function fixFor(draft: Draft, r: RefStatement, conflict: { statement: { date: import('./resolve').DateMention; sentence: { start: number; text: string } } }, target: Day, safe: boolean): Fix | undefined {
  const { date, sentence } = conflict.statement;
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
  void r;
  return { title: `Change to "${newText}" as the references say`, edits: [{ range: { start: date.start, end: date.end }, newText }], safe, preferred: true };
}

export function mismatchFindings(draft: Draft, corpus: Corpus, form: DateForm): RawFinding[] {
  const out: RawFinding[] = [];
  for (const c of dateConflicts(draft, corpus)) {
    const d = c.statement;
    if (d.date.form !== form) continue;
    const groups = groupByDay(c.against);
    const withWeekday = form === 'weekday';
    const written = draft.text.slice(d.date.start, d.date.end);
    const event = describeEvent(d, c.against);
    const values = groups.map((g) => `${describeDay(g.day, withWeekday)} (${g.outlets.join('; ')})`);
    const seen = withWeekday ? `"${written}" (${describeDay(d.date.first as Day)})` : `"${written}"`;
    const message =
      groups.length === 1
        ? `${seen} contradicts the references for ${event}: they give ${values[0]}.`
        : `${seen} matches no reference for ${event}, and the references disagree with each other: ${values.join(' vs ')}.`;
    const evidence = groups.flatMap((g) => {
      const seen = new Set<string>();
      return g.statements.filter((s) => !seen.has(s.ref.id + s.sentence.start) && seen.add(s.ref.id + s.sentence.start)).map((s) => evidenceOf(s, describeDay(g.day, withWeekday)));
    });
    const fixes: Fix[] = [];
    groups.forEach((g, i) => {
      const fix = fixFor(draft, g.statements[0], c, g.day, groups.length === 1);
      if (fix) fixes.push(i === 0 ? fix : { ...fix, preferred: false });
    });
    out.push({
      range: { start: d.date.start, end: d.date.end },
      message,
      evidence,
      fixes,
      data: {
        draftValue: d.date.value,
        event: { kind: d.kind, participants: d.participants.map((n) => n.key) },
        referenceValues: groups.map((g) => ({ value: g.statements[0].date.value, refs: [...new Set(g.statements.map((s) => s.ref.id))] })),
        referencesDisagree: groups.length > 1,
      },
    });
  }
  return out;
}
