// Fixes are plain data; one function applies them for `copydesk check --fix` and the editor's fix-all.
import type { Finding, TextEdit } from './types';

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

/** The edits of every finding's preferred safe fix. */
export function safeFixEdits(findings: Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.safe && x.edits.length);
    if (fix) edits.push(...fix.edits);
  }
  return edits;
}
