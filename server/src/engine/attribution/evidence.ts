// Evidence entries pointing into reference files, and helpers shared by the attribution and quotes rules.
import type { Draft } from '../draft/draft';
import type { Span } from '../types';
import type { AttrSentence } from './model';

/** Evidence for a span of a reference's text (shared with the other checks). */
export { referenceEvidence as evidence } from '../corpus/evidence';

export { referenceLabel as refLabel } from '../corpus/reference';

/** A sentence's range without surrounding whitespace. */
export function trimmedRange(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** Headlines are not claims: Markdown headings, the front-matter title repeated as a line, a short first line without a full stop. */
const headlineMemo = new WeakMap<Draft, Map<number, boolean>>();

export function isHeadline(draft: Draft, s: AttrSentence): boolean {
  if (s.heading) return true;
  let memo = headlineMemo.get(draft);
  if (!memo) headlineMemo.set(draft, (memo = new Map()));
  let v = memo.get(s.paragraph);
  if (v === undefined) memo.set(s.paragraph, (v = headlineParagraph(draft, s.paragraph)));
  return v;
}

function headlineParagraph(draft: Draft, index: number): boolean {
  const p = draft.paragraphs[index];
  const text = draft.prose.slice(p.start, p.end).replace(/\s+/g, ' ').trim();
  if (draft.title && text === draft.title.replace(/\s+/g, ' ').trim()) return true;
  if (index === 0 && p.sentences.length === 1 && !/[.!?…"”’]$/.test(text) && text.split(' ').length <= 20) return true;
  return false;
}

export function shorten(s: string, max = 90): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
