// The words of a misquote as written, for messages and fixes: each change as the draft's words and the
// reference's ("is offensive", not "if offensive"), and the reference wording it was compared with.
import type { Span } from '../types';
import type { ChangeGroup, ChangeKind } from './compare';
import type { QToken } from './tokens';
import type { RefComparison } from './utterance';

export interface ChangeText {
  kind: ChangeKind;
  /** The draft's words to replace (a neighbouring word included when the draft lacks words or has extra ones). */
  range: Span;
  draft: string;
  reference: string;
}

function spanOf(tokens: QToken[], idx: number[]): Span | null {
  if (!idx.length) return null;
  return { start: Math.min(...idx.map((i) => tokens[i].start)), end: Math.max(...idx.map((i) => tokens[i].end)) };
}

/** Each change as text: draft span and words, and the reference words for it. */
export function changeText(c: RefComparison, g: ChangeGroup, d: QToken[], draftText: string): ChangeText {
  const ops = c.alignment.ops;
  const r = c.quote.tokens;
  let dIdx = g.d;
  let rIdx = g.r;
  // Words only one side has: show (and replace) them with a word both share, so the fix has a place
  // to go and the message reads "in the spring", not "the".
  if (!dIdx.length || !rIdx.length) {
    const before = ops[g.ops[0] - 1];
    const after = ops[g.ops[1] + 1];
    const anchor = [before, after].find((o) => o && (o.kind === 'match' || o.kind === 'merge'));
    if (anchor) {
      dIdx = [...dIdx, ...anchor.d];
      rIdx = [...rIdx, ...anchor.r];
    }
  }
  const dSpan = spanOf(d, dIdx) ?? { start: 0, end: 0 };
  const rSpan = spanOf(r, rIdx);
  const refText = c.quote.ref.text;
  return {
    kind: g.kind,
    range: dSpan,
    draft: draftText.slice(dSpan.start, dSpan.end),
    reference: rSpan ? refText.slice(rSpan.start, rSpan.end).replace(/\s+/g, ' ') : '',
  };
}

/** The reference wording the draft quote was compared with: the overlapping part of the reference quote, as written. */
export function referenceWording(c: RefComparison): string {
  const inside = c.alignment.ops.filter((o) => !o.edge).flatMap((o) => o.r);
  const span = spanOf(c.quote.tokens, inside);
  if (!span) return '';
  const toks = c.quote.tokens;
  const text = c.quote.ref.text;
  // Quotations joined across a speaker tag: join their words with a space, without the tag.
  let out = '';
  let prev: QToken | undefined;
  for (const t of toks) {
    if (t.start < span.start || t.end > span.end || (prev && t.start === prev.start)) continue;
    if (prev) out += t.piece === prev.piece ? text.slice(prev.end, t.start) : ' ';
    out += text.slice(t.start, t.end);
    prev = t;
  }
  return out.replace(/\s+/g, ' ');
}
