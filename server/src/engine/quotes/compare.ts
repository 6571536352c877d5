// One draft quote against one reference quote: do they give the same utterance, and where do their
// words differ? Each run of differing words is a change, classified by what it does to the quote: a
// different number or negation, a different content word, a misspelling, a different function word,
// the same word inflected otherwise, or a style-only swap ("the" for "a", "would" for "will").
import { distance } from 'fastest-levenshtein';
import { stem } from '../attribution/content';
import { align, type AlignOp, type Alignment, type Weigh } from './align';
import { FUNCTION_WORDS, NEGATIONS, minorSwap } from './lexicon';
import type { QToken } from './tokens';

export type ChangeKind = 'number' | 'negation' | 'content' | 'spelling' | 'function' | 'inflection' | 'style';

/** How strongly one change shows a misquote (the finding's confidence before the alignment and the speaker count). */
export const CHANGE_WEIGHT: Record<ChangeKind, number> = {
  number: 0.9,
  negation: 0.9,
  content: 0.85,
  spelling: 0.8,
  function: 0.6,
  inflection: 0.35,
  style: 0.2,
};

/** Changes that alter what the quote says (as opposed to how an outlet transcribed it). */
export const SUBSTANTIVE: ReadonlySet<ChangeKind> = new Set(['number', 'negation', 'content', 'spelling']);

export interface ChangeGroup {
  /** The alignment ops it spans (first, last; indices into alignment.ops). */
  ops: [number, number];
  /** At an end of the overlap, where both quotes run on: a change only when a content word stands for a content word. */
  atEdge: boolean;
  /** Draft token indices (whole written words). */
  d: number[];
  /** Reference token indices. */
  r: number[];
  kind: ChangeKind;
}

export type TokenStatus = 'match' | 'changed' | 'free' | 'outside';

export interface Comparison {
  alignment: Alignment;
  groups: ChangeGroup[];
  /** Content words of the draft quote matched word for word where the two quotes overlap (names count half). */
  matched: number;
  /** Content words of the draft quote where the two quotes overlap. */
  content: number;
  /** Weighted share of words the two wordings have in common where they overlap (Dice, 0..1). */
  similarity: number;
  /** Per draft token: matched, changed, free (the editor's word or an elision) or outside the reference quote. */
  status: TokenStatus[];
  /** Per gap before draft token i (0..n): how many reference words the draft lacks there. */
  missing: number[];
}

export const isContentWord = (w: string) => !FUNCTION_WORDS.has(w);
const isNumber = (w: string) => /^\d/.test(w);

/** The same stem, or one word written two ways: half the cost of a different word. */
function subCostWith(weigh: Weigh) {
  return (a: string, b: string) => ((weigh(a) + weigh(b)) / 2) * (stem(a) === stem(b) ? 0.5 : 1);
}

export function compareTokens(d: QToken[], r: QToken[], weigh: Weigh): Comparison {
  const alignment = align(d, r, weigh, subCostWith(weigh));
  const ops = alignment.ops;
  const status: TokenStatus[] = d.map(() => 'outside');
  const missing = new Array<number>(d.length + 1).fill(0);
  const { first, last } = region(ops, d, r, weigh);
  let matchedW = 0;
  let draftW = 0;
  let refW = 0;
  let matched = 0;
  let content = 0;
  let next = 0; // draft tokens consumed so far: the gap an insertion falls in
  ops.forEach((o, k) => {
    const inside = first >= 0 && k >= first && k <= last;
    for (const i of o.d) {
      next = i + 1;
      if (!inside) continue;
      status[i] = o.free || d[i].optional ? 'free' : o.kind === 'match' || o.kind === 'merge' ? 'match' : 'changed';
      if (status[i] === 'free') continue;
      const w = weigh(d[i].w);
      draftW += w;
      if (isContentWord(d[i].w)) content++;
      if (status[i] === 'match') {
        matchedW += w;
        // Names say what a quote is about, not how it is worded: they count half.
        if (isContentWord(d[i].w)) matched += d[i].name ? 0.5 : 1;
      }
    }
    if (!inside) return;
    for (const j of o.r) if (!o.free && !r[j].optional) refW += weigh(r[j].w);
    if (o.kind === 'ins' && !o.free && !r[o.r[0]].optional) missing[next]++;
  });
  const similarity = draftW + refW ? (2 * matchedW) / (draftW + refW) : 0;
  const groups = first < 0 ? [] : changeGroups(ops, first, last, d, r);
  return { alignment, groups, matched, content, similarity, status, missing };
}

/**
 * The ops where the two quotes overlap. When both run on past an end of the overlap and the change at
 * that end has words on one side only (the aligner may skip "We will not" at the reference's start for
 * free and charge the draft's "We will" instead), the other side's words there are part of the change:
 * they are taken in and that stretch is aligned again end to end ("We will" / "We will not": "not").
 */
function region(ops: AlignOp[], d: QToken[], r: QToken[], weigh: Weigh): { first: number; last: number } {
  let first = ops.findIndex((o) => !o.edge);
  if (first < 0) return { first: -1, last: -2 };
  let last = ops.length - 1 - [...ops].reverse().findIndex((o) => !o.edge);
  const changed = (o: AlignOp) => !o.free && o.kind !== 'match' && o.kind !== 'merge';
  // Take in the other side's run-on words at one end; returns the stretch [lo, hi] to re-align, or null.
  const pull = (from: number, step: 1 | -1): [number, number] | null => {
    let dWords = 0;
    let rWords = 0;
    let k = from;
    for (; k >= first && k <= last && changed(ops[k]); k -= step) {
      dWords += ops[k].d.length;
      rWords += ops[k].r.length;
    }
    if (!dWords === !rWords) return null;
    const want = dWords ? 'ins' : 'del';
    let n = 0;
    let e = from + step;
    for (; e >= 0 && e < ops.length && ops[e].edge && ops[e].kind === want && n < Math.max(dWords, rWords); e += step) n++;
    if (!n) return null;
    return step === 1 ? [k + 1, from + n] : [from - n, k - 1];
  };
  const realign = ([lo, hi]: [number, number]) => {
    const span = ops.slice(lo, hi + 1);
    const dIdx = span.flatMap((o) => o.d).sort((a, b) => a - b);
    const rIdx = span.flatMap((o) => o.r).sort((a, b) => a - b);
    const local = align(
      dIdx.map((i) => d[i]),
      rIdx.map((j) => r[j]),
      weigh,
      subCostWith(weigh),
      false,
    ).ops.map((o): AlignOp => ({ ...o, d: o.d.map((i) => dIdx[i]), r: o.r.map((j) => rIdx[j]), free: false, edge: false, pulled: o.kind !== 'match' && o.kind !== 'merge' }));
    ops.splice(lo, hi - lo + 1, ...local);
    return local.length - span.length;
  };
  const tail = pull(last, 1);
  if (tail) last = tail[1] + realign(tail);
  const head = pull(first, -1);
  if (head) {
    const grow = realign(head);
    first = head[0];
    last += grow;
  }
  return { first, last };
}

/** Runs of changed words, widened to whole written words ("don’t" is "do" + "not"). */
function changeGroups(ops: AlignOp[], first: number, last: number, d: QToken[], r: QToken[]): ChangeGroup[] {
  const changed = (o: AlignOp) => !o.free && o.kind !== 'match' && o.kind !== 'merge';
  const sameWritten = (a: AlignOp, b: AlignOp) =>
    a.d.some((i) => b.d.some((k) => d[i].start === d[k].start)) || a.r.some((j) => b.r.some((k) => r[j].start === r[k].start));
  const out: ChangeGroup[] = [];
  let k = first;
  while (k <= last) {
    if (!changed(ops[k])) {
      k++;
      continue;
    }
    let a = k;
    let b = k;
    while (b + 1 <= last && (changed(ops[b + 1]) || sameWritten(ops[b], ops[b + 1]))) b++;
    while (a > first && sameWritten(ops[a - 1], ops[a])) a--;
    const span = ops.slice(a, b + 1);
    const dIdx = span.flatMap((o) => o.d).filter((i) => !d[i].optional);
    const rIdx = span.flatMap((o) => o.r).filter((j) => !r[j].optional);
    let kind = classify(
      dIdx.map((i) => d[i].w),
      rIdx.map((j) => r[j].w),
    );
    if (kind === 'content' && (restart(dIdx, d) || restart(rIdx, r) || otherRendering(dIdx.map((i) => d[i].w), rIdx.map((j) => r[j].w)))) kind = 'style';
    out.push({ ops: [a, b], atEdge: span.some((o) => o.pulled), d: dIdx, r: rIdx, kind });
    k = b + 1;
  }
  return out;
}

/** What a change does to the quote: the words the draft has (`a`) where the reference has `b`. */
export function classify(a0: string[], b0: string[]): ChangeKind {
  // Words both sides have ("it's" / "is": "it" added) are not the change.
  const rest = [...b0];
  const a = a0.filter((w) => {
    const k = rest.indexOf(w);
    if (k < 0) return true;
    rest.splice(k, 1);
    return false;
  });
  const b = rest;
  const nums = (x: string[]) => x.filter(isNumber).sort().join(' ');
  if (nums(a) !== nums(b)) return 'number';
  const negations = (x: string[]) => x.filter((w) => NEGATIONS.has(w)).length;
  if (negations(a) !== negations(b)) return 'negation';
  const stems = (x: string[]) => x.map(stem).sort().join(' ');
  if (a.length && b.length && stems(a) === stems(b)) return 'inflection';
  const ca = a.filter(isContentWord);
  const cb = b.filter(isContentWord);
  if (!ca.length && !cb.length) {
    if (!a.length || !b.length) return 'style';
    if (a.length === b.length && a.every((w, i) => w === b[i] || minorSwap(w, b[i]))) return 'style';
    return 'function';
  }
  if (stems(ca) === stems(cb)) return 'inflection';
  if (ca.length === 1 && cb.length === 1 && ca[0].length >= 5 && distance(ca[0], cb[0]) <= (ca[0].length >= 8 ? 2 : 1)) return 'spelling';
  return 'content';
}

/**
 * Words on one side only that repeat a word beside them: a speaker's restart one outlet kept and another
 * smoothed ("the sacrifice -- the sacrifices", "we're doing that, we're going").
 */
function restart(idx: number[], tokens: QToken[]): boolean {
  if (!idx.length) return false;
  const lo = Math.min(...idx), hi = Math.max(...idx);
  const around = [tokens[lo - 1], tokens[hi + 1]].filter((t): t is QToken => !!t && isContentWord(t.w)).map((t) => stem(t.w));
  return idx.some((i) => isContentWord(tokens[i].w) && around.includes(stem(tokens[i].w)));
}

/**
 * Two or more words for two or more others with no stem in common, and no number: another rendering of the same
 * words (two translations, "should know" and "must understand well"), not a slip of one word. A misquote that
 * changes a word or a number is still caught.
 */
function otherRendering(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2 || [...a, ...b].some(isNumber)) return false;
  const sa = new Set(a.filter(isContentWord).map(stem));
  return sa.size > 0 && !b.filter(isContentWord).some((w) => sa.has(stem(w)));
}
