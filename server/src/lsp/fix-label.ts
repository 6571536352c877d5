// What a quick fix is called where a person picks it (lightbulb menu, hover links): it shows the text
// the fix writes. A rule's own title already does for short changes ('Change to "Berg"'); for long
// replacements (a quote's wording) and insertions (an attribution) the label gets a preview of the
// result around the changed words, so two fixes that differ only in wording can be told apart. Pure.
import type { Fix } from '../engine/types';
import { excerptWindow } from '../engine/text/excerpt-window';
import { addedSpans, wordDiff } from '../engine/text/word-diff';

const MAX_PREVIEW = 56;

export function fixLabel(fix: Fix, text: string): string {
  if (fix.edits.length !== 1 || fix.configEdit) return fix.title;
  const [edit] = fix.edits;
  const inserted = edit.newText.replace(/\s+/g, ' ').trim();
  if (inserted && inserted.length <= 40 && fix.title.includes(inserted)) return fix.title;
  const old = text.slice(edit.range.start, edit.range.end);
  const prefix = titlePrefix(fix.title);
  if (!inserted) return old.trim() ? `${prefix}: delete “${clip(old)}”` : fix.title;
  // An insertion, or a replacement of punctuation only (", her ministry said." for "."), reads in its
  // context: a few words before it, the new text, the rest of its sentence.
  const inContext = !/[\p{L}\p{N}]/u.test(old);
  const before = text.slice(Math.max(0, edit.range.start - 40), edit.range.start);
  const lead = inContext ? (/(?:\S+\s+){0,3}\S*$/.exec(before)?.[0] ?? '') : '';
  const ends = /[.!?]["”’]?\s*$/.test(edit.newText);
  const after = inContext && !ends ? (/^[^.!?\n]*[.!?"”’]*/.exec(text.slice(edit.range.end, edit.range.end + 40))?.[0] ?? '') : '';
  const result = `${lead}${edit.newText}${after}`.replace(/\s+/g, ' ');
  const focus = inContext
    ? [{ start: lead.length, end: lead.length + edit.newText.length }]
    : addedSpans(wordDiff(old, edit.newText)).map((s) => ({ start: lead.length + s.start, end: lead.length + s.end }));
  const preview = excerptWindow(result.trim(), focus, MAX_PREVIEW).text;
  return `${prefix}: “${stripQuotes(preview)}”`;
}

/** The title up to its own preview (the part before ': "…"'), or all of it. */
function titlePrefix(title: string): string {
  const at = title.search(/:\s*["“]/);
  return (at > 0 ? title.slice(0, at) : title).trim();
}

/** The preview sits inside quote marks of its own: drop a leading or trailing straight/curly double quote. */
function stripQuotes(s: string): string {
  return s.replace(/^(…?)["“]/, '$1').replace(/["”](…?)$/, '$1');
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 40 ? `${one.slice(0, 39)}…` : one;
}
