// Matching a draft's quotes against the references' quotes, word by word. Punctuation, curly or
// straight quotation marks, apostrophes, ellipses and British/American spellings do not count; a
// partial quote matches when it is a span of a reference quote; a quote cut with an ellipsis matches
// when its pieces appear in order.
import type { Corpus } from '../corpus/corpus';
import type { Reference } from '../corpus/reference';
import { referenceModel } from '../attribution/documents';
import { speakerLabel } from '../attribution/facts';

export interface NormWord {
  w: string;
  start: number;
  end: number;
  /** Which quotation (piece) of a joined sequence the word comes from. */
  piece: number;
}

// Abbreviations with dots ("U.S.") are one word, like their dotless spelling ("US").
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[’'][\p{L}]+)*/gu;

/** Fold a word: lower case, no apostrophes, British spellings folded to American. */
export function foldWord(word: string): string {
  let w = word.toLowerCase().replace(/[’'.]/g, '');
  if (w.length > 4) {
    w = w
      .replace(/our(s?)$/, 'or$1')
      .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
      .replace(/lled$/, 'led')
      .replace(/lling$/, 'ling')
      .replace(/ence$/, 'ense')
      .replace(/tre$/, 'ter')
      .replace(/ogue$/, 'og');
  }
  return w;
}

export function normWords(text: string, base = 0, piece = 0): NormWord[] {
  const out: NormWord[] = [];
  for (const m of text.matchAll(WORD)) out.push({ w: foldWord(m[0]), start: base + m.index!, end: base + m.index! + m[0].length, piece });
  return out;
}

/** Split a quote's words at ellipses and bracketed insertions ("[to the Iranian strikes]"): pieces that must each match. */
export function segments(inner: string, base = 0): NormWord[][] {
  const out: NormWord[][] = [];
  const cut = /(\.\s*\.\s*\.|…|\[[^\]]*\])/g;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = cut.exec(inner))) {
    const words = normWords(inner.slice(from, m.index), base + from);
    if (words.length) out.push(words);
    from = m.index + m[0].length;
  }
  const rest = normWords(inner.slice(from), base + from);
  if (rest.length) out.push(rest);
  return out;
}

export interface RefQuote {
  ref: Reference;
  /** Words of the quotation (or of consecutive quotations in one sentence, joined). */
  words: NormWord[];
  /** Offsets into ref.text of the reference sentence(s) the quotation sits in. */
  sentence: { start: number; end: number };
  speaker: string | null;
}

function refQuotes(corpus: Corpus, ref: Reference): RefQuote[] {
  const model = referenceModel(corpus, ref);
  const out: RefQuote[] = [];
  const quotes = model.quotes.filter((q) => q.words >= 1);
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    const s = model.sentences[q.sentence];
    const words = normWords(ref.text.slice(q.innerStart, q.innerEnd), q.innerStart);
    const endSentence = model.sentences.find((x) => x.start <= q.innerEnd && x.end >= q.innerEnd) ?? s;
    out.push({ ref, words, sentence: { start: s.start, end: Math.max(s.end, endSentence.end) }, speaker: speakerLabel(q) });
    // Quotations split by a speaker tag ("“In fact,” an official added, “we were…”") or run on across
    // paragraphs are also matched as one sequence.
    const next = quotes[i + 1];
    if (next && ((next.sentence === q.sentence || next.sentence === q.sentence + 1) && next.paragraph === q.paragraph || (q.continues && next.continued))) {
      const nextWords = normWords(ref.text.slice(next.innerStart, next.innerEnd), next.innerStart, 1);
      const ns = model.sentences[next.sentence];
      out.push({ ref, words: [...words, ...nextWords], sentence: { start: s.start, end: ns.end }, speaker: speakerLabel(q) ?? speakerLabel(next) });
    }
  }
  return out;
}

export interface QuoteIndex {
  quotes: RefQuote[];
  postings: Map<string, number[]>;
}

export function quoteIndex(corpus: Corpus): QuoteIndex {
  return corpus.derived('quotes/index', () => {
    const quotes = corpus.perReference('quotes/ref-quotes', (ref) => refQuotes(corpus, ref)).flatMap((x) => x.value);
    const postings = new Map<string, number[]>();
    quotes.forEach((q, i) => {
      for (const w of new Set(q.words.map((x) => x.w))) {
        const list = postings.get(w);
        if (list) list.push(i);
        else postings.set(w, [i]);
      }
    });
    return { quotes, postings };
  });
}

/** Does `needle` occur contiguously in `hay` at or after `from`? Returns the index after it, or -1. */
function findRun(hay: NormWord[], needle: NormWord[], from: number): number {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k].w !== needle[k].w) continue outer;
    return i + needle.length;
  }
  return -1;
}

/** All pieces appear in order. */
export function containsPieces(hay: NormWord[], pieces: NormWord[][]): boolean {
  let at = 0;
  for (const p of pieces) {
    at = findRun(hay, p, at);
    if (at < 0) return false;
  }
  return true;
}

/** Smallest word edit distance between `d` and any span of `r` (semi-global alignment), with that span. */
export function bestSpan(d: string[], r: string[]): { distance: number; start: number; end: number } {
  const n = d.length;
  const m = r.length;
  // prev[j]: distance aligning d[0..i) with a span of r ending at j; startOf[j]: where that span starts.
  let prev = new Array<number>(m + 1).fill(0);
  let prevStart = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = new Array<number>(m + 1);
    const curStart = new Array<number>(m + 1);
    cur[0] = i;
    curStart[0] = 0;
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1] + (d[i - 1] === r[j - 1] ? 0 : 1);
      const del = prev[j] + 1; // a draft word missing from the reference
      const ins = cur[j - 1] + 1; // a reference word missing from the draft
      if (sub <= del && sub <= ins) {
        cur[j] = sub;
        curStart[j] = prevStart[j - 1];
      } else if (del <= ins) {
        cur[j] = del;
        curStart[j] = prevStart[j];
      } else {
        cur[j] = ins;
        curStart[j] = curStart[j - 1];
      }
    }
    prev = cur;
    prevStart = curStart;
  }
  let best = { distance: Infinity, start: 0, end: 0 };
  for (let j = 0; j <= m; j++) {
    const len = j - prevStart[j];
    if (prev[j] < best.distance || (prev[j] === best.distance && len > best.end - best.start)) best = { distance: prev[j], start: prevStart[j], end: j };
  }
  return best;
}

/** Word edit distance between two sequences. */
export function editDistance(a: string[], b: string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1);
    prev = cur;
  }
  return prev[b.length];
}

export interface NearQuote {
  quote: RefQuote;
  distance: number;
  /** The aligned span of quote.words. */
  start: number;
  end: number;
}

export interface QuoteMatch {
  exact: boolean;
  /** The reference quotations that contain the quote word for word. */
  sources: RefQuote[];
  /** Reference quotations within a small edit distance, best first (only when not exact). */
  near: NearQuote[];
}

/** How many word edits a quote of n words may differ by and still count as the same quote, misquoted. */
export function allowedEdits(n: number): number {
  return Math.min(5, Math.max(1, Math.floor(n / 4)));
}

export function matchQuote(index: QuoteIndex, inner: string): QuoteMatch {
  const pieces = segments(inner);
  const words = pieces.flat();
  if (!words.length) return { exact: false, sources: [], near: [] };
  const candidates = new Set<number>();
  for (const w of words) for (const i of index.postings.get(w.w) ?? []) candidates.add(i);
  const sources = [...candidates].filter((i) => containsPieces(index.quotes[i].words, pieces)).map((i) => index.quotes[i]);
  if (sources.length) return { exact: true, sources, near: [] };
  const n = words.length;
  if (n < 3) return { exact: false, sources, near: [] };
  const limit = allowedEdits(n);
  const d = words.map((w) => w.w);
  const near: NearQuote[] = [];
  for (const i of candidates) {
    const q = index.quotes[i];
    // Cheap filter: enough shared words to be within the limit at all.
    const shared = new Set(q.words.map((x) => x.w));
    if (d.filter((w) => shared.has(w)).length < n - limit) continue;
    const r = q.words.map((x) => x.w);
    const b = bestSpan(d, r);
    if (b.distance < 1 || b.distance > limit || b.end - b.start < 2) continue;
    // A span that starts or ends on a changed word right next to the quotation's edge ("me, what did you
    // say" for "Sorry, what did you say" against "Excuse me, what did you say"): the draft quotes the whole
    // quotation, so measure against the whole of it.
    let { start, end } = b;
    if (d[0] !== r[start] && start > 0 && start <= 2) start = 0;
    if (d[n - 1] !== r[end - 1] && end < r.length && r.length - end <= 2) end = r.length;
    const distance = start === b.start && end === b.end ? b.distance : editDistance(d, r.slice(start, end));
    if (distance <= limit) near.push({ quote: q, distance, start, end });
  }
  near.sort((a, b) => a.distance - b.distance || b.end - b.start - (a.end - a.start));
  return { exact: false, sources, near };
}

/** Per corpus version: quote text → match, so a keystroke re-matches only the quote it changed. */
export function cachedMatch(corpus: Corpus, inner: string): QuoteMatch {
  const memo = corpus.derived('quotes/match-memo', () => new Map<string, QuoteMatch>());
  let m = memo.get(inner);
  if (!m) {
    if (memo.size > 5000) memo.clear();
    m = matchQuote(quoteIndex(corpus), inner);
    memo.set(inner, m);
  }
  return m;
}

/** The reference wording of a near match, as written in the reference (pieces joined with a space). */
export function referenceWording(n: NearQuote): string {
  const ws = n.quote.words.slice(n.start, n.end);
  const text = n.quote.ref.text;
  let out = '';
  for (let k = 0; k < ws.length; k++) {
    if (k > 0) out += ws[k].piece === ws[k - 1].piece ? text.slice(ws[k - 1].end, ws[k].start) : ' ';
    out += text.slice(ws[k].start, ws[k].end);
  }
  return out.replace(/\s+/g, ' ');
}

/** The same wording, word for word after folding (to tell whether two references agree). */
export function wordingKey(n: NearQuote): string {
  return n.quote.words.slice(n.start, n.end).map((w) => w.w).join(' ');
}
