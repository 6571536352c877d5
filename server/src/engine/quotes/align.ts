// Word alignment of a draft quote with a reference quote: the best-scoring way to lay one wording over
// the other, where a shared word scores its weight and a changed, missing or extra word costs its weight
// (a rare content word much, "the" little). Either quote may run on past the other at either end (a
// partial quote, or a reference that quotes less), so words past the other's first or last word are
// free; so are the editor's optional words and words missing where the other side marks an elision.
// "wind-down" against "wind down" is one word written two ways (a merge).
import type { QToken } from './tokens';

export type OpKind = 'match' | 'sub' | 'del' | 'ins' | 'merge';

export interface AlignOp {
  kind: OpKind;
  /** Draft token indices (none for an insertion). */
  d: number[];
  /** Reference token indices (none for a deletion). */
  r: number[];
  /** Costs nothing: an optional word, a word missing at a marked elision, or words past the other quote's end. */
  free: boolean;
  /** Past the other quote's first or last word. */
  edge: boolean;
  /** Past the other quote's end, but taken into the change at that end (set by the comparison). */
  pulled?: boolean;
}

export interface Alignment {
  ops: AlignOp[];
  /** Weight of the shared words less the cost of the changed ones. */
  score: number;
}

export type Weigh = (word: string) => number;

/** The cost of one word standing where the other wording has another (half for the same stem). */
export type SubCost = (a: string, b: string) => number;

const enum Step {
  None,
  Sub,
  Del,
  Ins,
  MergeD, // one draft word = two reference words
  MergeR, // two draft words = one reference word
}

/** `freeEnds: false` aligns the two wordings end to end (for re-aligning a short stretch). */
export function align(d: QToken[], r: QToken[], weigh: Weigh, subCost: SubCost, freeEnds = true): Alignment {
  const n = d.length;
  const m = r.length;
  const W = m + 1;
  const score = new Float64Array((n + 1) * W);
  const step = new Uint8Array((n + 1) * W);
  // Words missing before reference token j cost nothing when the reference marks an elision there
  // (or joins two quotations there); likewise for draft token i.
  const refGap = (j: number) => j > 0 && j < m && (r[j].elided || r[j].piece !== r[j - 1].piece);
  const draftGap = (i: number) => i > 0 && i < n && d[i].elided;
  const delCost = (i: number, j: number) => (d[i].optional || refGap(j) ? 0 : weigh(d[i].w));
  const insCost = (i: number, j: number) => (r[j].optional || draftGap(i) ? 0 : weigh(r[j].w));
  for (let i = 1; i <= n; i++) {
    step[i * W] = Step.Del; // leading draft words: free
    if (!freeEnds) score[i * W] = score[(i - 1) * W] - weigh(d[i - 1].w);
  }
  for (let j = 1; j <= m; j++) {
    step[j] = Step.Ins; // leading reference words: free
    if (!freeEnds) score[j] = score[j - 1] - weigh(r[j - 1].w);
  }
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const a = d[i - 1].w;
      const b = r[j - 1].w;
      let best = score[(i - 1) * W + j - 1] + (a === b ? weigh(a) : -subCost(a, b));
      let how = Step.Sub;
      const del = score[(i - 1) * W + j] - delCost(i - 1, j);
      if (del > best) [best, how] = [del, Step.Del];
      const ins = score[i * W + j - 1] - insCost(i, j - 1);
      if (ins > best) [best, how] = [ins, Step.Ins];
      if (j >= 2 && a === r[j - 2].w + b && score[(i - 1) * W + j - 2] + weigh(a) > best) [best, how] = [score[(i - 1) * W + j - 2] + weigh(a), Step.MergeD];
      if (i >= 2 && b === d[i - 2].w + a && score[(i - 2) * W + j - 1] + weigh(b) > best) [best, how] = [score[(i - 2) * W + j - 1] + weigh(b), Step.MergeR];
      score[i * W + j] = best;
      step[i * W + j] = how;
    }
  }
  // Trailing words of either quote are free: end anywhere on the last row or column.
  let bi = n;
  let bj = m;
  let bestScore = score[n * W + m];
  if (freeEnds) {
    for (let j = 0; j <= m; j++) if (score[n * W + j] > bestScore) [bestScore, bi, bj] = [score[n * W + j], n, j];
    for (let i = 0; i <= n; i++) if (score[i * W + m] > bestScore) [bestScore, bi, bj] = [score[i * W + m], i, m];
  }

  const tail: AlignOp[] = [];
  for (let i = n; i > bi; i--) tail.push({ kind: 'del', d: [i - 1], r: [], free: true, edge: true });
  for (let j = m; j > bj; j--) tail.push({ kind: 'ins', d: [], r: [j - 1], free: true, edge: true });
  const ops: AlignOp[] = [];
  let i = bi;
  let j = bj;
  while (i > 0 || j > 0) {
    const s = i === 0 ? Step.Ins : j === 0 ? Step.Del : (step[i * W + j] as Step);
    const edge = freeEnds && (i === 0 || j === 0);
    if (s === Step.Sub) {
      ops.push({ kind: d[i - 1].w === r[j - 1].w ? 'match' : 'sub', d: [i - 1], r: [j - 1], free: false, edge: false });
      i--;
      j--;
    } else if (s === Step.Del) {
      ops.push({ kind: 'del', d: [i - 1], r: [], free: edge || delCost(i - 1, j) === 0, edge });
      i--;
    } else if (s === Step.Ins) {
      ops.push({ kind: 'ins', d: [], r: [j - 1], free: edge || insCost(i, j - 1) === 0, edge });
      j--;
    } else if (s === Step.MergeD) {
      ops.push({ kind: 'merge', d: [i - 1], r: [j - 2, j - 1], free: false, edge: false });
      i--;
      j -= 2;
    } else {
      ops.push({ kind: 'merge', d: [i - 2, i - 1], r: [j - 1], free: false, edge: false });
      i -= 2;
      j--;
    }
  }
  ops.reverse();
  // Deletions and insertions within the leading and trailing runs: put them in text order (draft words, then reference words).
  tail.reverse();
  return { ops: [...ops, ...tail.filter((o) => o.kind === 'del'), ...tail.filter((o) => o.kind === 'ins')], score: bestScore };
}
