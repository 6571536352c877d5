// Fixes are plain data; one function applies them for `copydesk check --fix` and the editor's fix-all.
import type { Finding, Fix, TextEdit } from './types';

/**
 * Apply edits to a text. Overlapping edits are dropped (the first, by position, wins), so applying
 * every finding's fix at once never corrupts the text; a second run picks up what was dropped.
 */
export function applyEdits(text: string, edits: TextEdit[]): { text: string; applied: number } {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  let out = '';
  let cursor = 0;
  let applied = 0;
  for (const e of sorted) {
    if (e.range.start < cursor || e.range.end > text.length || e.range.start > e.range.end) continue;
    out += text.slice(cursor, e.range.start) + e.newText;
    cursor = e.range.end;
    applied++;
  }
  return { text: out + text.slice(cursor), applied };
}

/**
 * The fix a bulk action may apply without asking (`--fix`, "Fix all", source.fixAll): one the rule
 * marks safe, with text edits and no copydesk.json change, on a finding whose references agree (when
 * they say different things, choosing between them is the writer's judgement).
 */
export function bulkFix(f: Finding): Fix | undefined {
  const says = new Set(f.evidence.map((e) => e.says).filter((s): s is string => !!s));
  if (says.size > 1) return undefined;
  return f.fixes.find((x) => x.safe && x.edits.length && !x.configEdit);
}

/** The edits of every finding's bulk fix. */
export function safeFixEdits(findings: Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const f of findings) {
    const fix = bulkFix(f);
    if (fix) edits.push(...fix.edits);
  }
  return edits;
}
