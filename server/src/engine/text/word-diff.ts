// Word-level difference between two short texts (a draft's quote and a reference's wording, a title
// and the references' title), for hovers and the CLI: which words were removed, which added.
// Pure. Longest common subsequence over word and punctuation tokens, after trimming the common prefix
// and suffix; typographic quote marks and apostrophes compare equal to straight ones, so a restyled
// quote is not a difference.
import type { Span } from '../types';

export type DiffKind = 'same' | 'removed' | 'added';

export interface DiffPart {
  kind: DiffKind;
  /** The text of the part, from `before` (same, removed) or `after` (added), with inner spacing kept. */
  text: string;
  /** Where the part sits in `before` (same, removed) or `after` (added). */
  span: Span;
  /** For same parts: where they sit in `after`. */
  afterSpan?: Span;
  /** Whether spacing precedes the part in its text (to render the parts back with their spacing). */
  spaced: boolean;
}

interface WordToken extends Span {
  key: string;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
/** Above this many cells the LCS table is not built: the differing middle is one replacement. */
const MAX_CELLS = 40_000;

function tokens(s: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of s.matchAll(TOKEN)) out.push({ start: m.index, end: m.index + m[0].length, key: normalizeToken(m[0]) });
  return out;
}

function normalizeToken(t: string): string {
  return t.replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"').replace(/[–—]/g, '-');
}

type Op = { kind: DiffKind; a?: WordToken; b?: WordToken };

/** Token operations turning `a` into `b` (LCS; removals before additions inside a change). */
function operations(a: WordToken[], b: WordToken[]): Op[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre].key === b[pre].key) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf].key === b[b.length - 1 - suf].key) suf++;
  const am = a.slice(pre, a.length - suf);
  const bm = b.slice(pre, b.length - suf);
  const head: Op[] = a.slice(0, pre).map((t, i) => ({ kind: 'same', a: t, b: b[i] }));
  const tail: Op[] = a.slice(a.length - suf).map((t, i) => ({ kind: 'same', a: t, b: b[b.length - suf + i] }));
  return [...head, ...middle(am, bm), ...tail];
}

function middle(a: WordToken[], b: WordToken[]): Op[] {
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS) {
    return [...a.map((t): Op => ({ kind: 'removed', a: t })), ...b.map((t): Op => ({ kind: 'added', b: t }))];
  }
  // lcs[i][j]: length of the LCS of a[i..] and b[j..].
  const w = b.length + 1;
  const lcs = new Uint16Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * w + j] = a[i].key === b[j].key ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
    }
  }
  const out: Op[] = [];
  const removed: Op[] = [];
  const added: Op[] = [];
  const flush = () => {
    out.push(...removed.splice(0), ...added.splice(0));
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i].key === b[j].key) {
      flush();
      out.push({ kind: 'same', a: a[i++], b: b[j++] });
    } else if (j >= b.length || (i < a.length && lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])) removed.push({ kind: 'removed', a: a[i++] });
    else added.push({ kind: 'added', b: b[j++] });
  }
  flush();
  return out;
}

/**
 * The word-level difference from `before` to `after`: parts in reading order, consecutive tokens of
 * one kind merged (with the text between them), removals of a change before its additions.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const ops = operations(tokens(before), tokens(after));
  const parts: DiffPart[] = [];
  for (const op of ops) {
    const src = op.kind === 'added' ? after : before;
    const tok = (op.kind === 'added' ? op.b : op.a) as WordToken;
    const last = parts[parts.length - 1];
    if (last && last.kind === op.kind) {
      last.span = { start: last.span.start, end: tok.end };
      last.text = src.slice(last.span.start, tok.end);
      if (op.kind === 'same' && last.afterSpan && op.b) last.afterSpan = { start: last.afterSpan.start, end: op.b.end };
    } else {
      parts.push({
        kind: op.kind,
        text: src.slice(tok.start, tok.end),
        span: { start: tok.start, end: tok.end },
        ...(op.kind === 'same' && op.b ? { afterSpan: { start: op.b.start, end: op.b.end } } : {}),
        spaced: tok.start > 0 && /\s/.test(src[tok.start - 1]),
      });
    }
  }
  return parts;
}

/** True when the two texts differ in some word (not only in spacing or quote-mark style). */
export function hasWordChange(parts: DiffPart[]): boolean {
  return parts.some((p) => p.kind !== 'same');
}

/** Where `after`'s words that are not in `before` sit in `after` (to mark them in an excerpt). */
export function addedSpans(parts: DiffPart[]): Span[] {
  return parts.filter((p) => p.kind === 'added').map((p) => p.span);
}

/**
 * A diff rendered with one marker pair per changed run: `mark(kind, text)` wraps removed and added
 * runs (same runs pass through), and the spacing of the texts is kept between parts.
 */
export function renderDiff(parts: DiffPart[], mark: (kind: 'removed' | 'added', text: string) => string): string {
  let out = '';
  parts.forEach((p, i) => {
    // An addition of words replacing a removal stands apart from it ("~~Trade~~ **Foreign** Minister").
    const replaces = p.kind === 'added' && parts[i - 1]?.kind === 'removed';
    const spaced = replaces ? /^[\p{L}\p{N}]/u.test(p.text) || p.spaced : p.spaced;
    if (i > 0 && spaced) out += ' ';
    out += p.kind === 'same' ? p.text : mark(p.kind, p.text);
  });
  return out;
}

/**
 * A long diff shortened for narrow displays: unchanged runs longer than twice `context` words keep
 * `context` words on the sides that touch a change, with "…" for what was left out. Changed runs are
 * never shortened.
 */
export function condenseDiff(parts: DiffPart[], context = 4): DiffPart[] {
  return parts.map((p, i) => {
    if (p.kind !== 'same') return p;
    const words = p.text.split(/\s+/);
    const before = i > 0;
    const after = i < parts.length - 1;
    const keep = (before ? context : 0) + (after ? context : 0);
    // Short runs read better whole; only runs well past the context are cut.
    if (words.length <= 2 * context + 2 || words.length <= keep + 1) return p;
    const head = before ? words.slice(0, context).join(' ') : '';
    const tail = after ? words.slice(words.length - context).join(' ') : '';
    return { ...p, text: [head, '…', tail].filter(Boolean).join(' ') };
  });
}
