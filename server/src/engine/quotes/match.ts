// The references' quotes, indexed once per corpus version, and exact matching of a draft quote against
// them, word by word. Punctuation, curly or straight quotation marks, apostrophes, ellipses and
// British/American spellings do not count; a partial quote matches when it is a span of a reference
// quote; a quote cut with an ellipsis matches when its pieces appear in order. (How close a quote that
// matches nowhere comes to a reference quote is quotes/utterance.ts's business.)
import type { Corpus } from '../corpus/corpus';
import type { Reference } from '../corpus/reference';
import { referenceModel } from '../attribution/documents';
import { speakerLabel } from '../attribution/facts';
import { referencePosts } from './posts';
import { namedInSentence, speakerName } from './speakers';
import { quoteTokens, type QToken } from './tokens';
import { foldWord } from './fold';

export { foldWord };

export interface NormWord {
  w: string;
  start: number;
  end: number;
  /** Which quotation (piece) of a joined sequence the word comes from. */
  piece: number;
}

// Abbreviations with dots ("U.S.") are one word, like their dotless spelling ("US").
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[’'][\p{L}]+)*/gu;

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
  /** The same words folded for comparing wordings (contractions written out, editor's marks kept). */
  tokens: QToken[];
  /** Offsets into ref.text of the reference sentence(s) the quotation sits in. */
  sentence: { start: number; end: number };
  speaker: string | null;
  /** The speaker as a person's name, when the reference names one. */
  person: string | null;
  /** The quote's own sentence names its speaker by a person's name (not a pronoun resolved, not "the senator"). */
  namedHere?: boolean;
  /** A post the reference reproduces without quotation marks (an embedded tweet, a statement after a colon). */
  post?: boolean;
}

function refQuotes(corpus: Corpus, ref: Reference): RefQuote[] {
  const model = referenceModel(corpus, ref);
  const out: RefQuote[] = [];
  const quotes = model.quotes.filter((q) => q.words >= 1);
  const wordsOf = (start: number, end: number, piece = 0) => normWords(ref.text.slice(start, end), start, piece);
  const tokensOf = (start: number, end: number, piece = 0) => quoteTokens(ref.text.slice(start, end), start, piece);
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    const s = model.sentences[q.sentence];
    const words = wordsOf(q.innerStart, q.innerEnd);
    const tokens = tokensOf(q.innerStart, q.innerEnd);
    const endSentence = model.sentences.find((x) => x.start <= q.innerEnd && x.end >= q.innerEnd) ?? s;
    const sentence = { start: s.start, end: Math.max(s.end, endSentence.end) };
    out.push({ ref, words, tokens, sentence, speaker: speakerLabel(q), person: speakerName(q), namedHere: namedInSentence(q) });
    // Quotations split by a speaker tag ("“In fact,” an official added, “we were…”") or run on across
    // paragraphs are also matched as one sequence.
    const next = quotes[i + 1];
    if (next && (((next.sentence === q.sentence || next.sentence === q.sentence + 1) && next.paragraph === q.paragraph) || (q.continues && next.continued))) {
      const ns = model.sentences[next.sentence];
      out.push({
        ref,
        words: [...words, ...wordsOf(next.innerStart, next.innerEnd, 1)],
        tokens: [...tokens, ...tokensOf(next.innerStart, next.innerEnd, 1)],
        sentence: { start: s.start, end: ns.end },
        speaker: speakerLabel(q) ?? speakerLabel(next),
        person: speakerName(q) ?? speakerName(next),
        namedHere: namedInSentence(q) || namedInSentence(next),
      });
    }
  }
  for (const p of referencePosts(corpus, ref)) {
    out.push({ ref, words: wordsOf(p.start, p.end), tokens: tokensOf(p.start, p.end), sentence: p.context, speaker: p.speaker, person: p.speaker, post: true });
  }
  return out;
}

export interface QuoteIndex {
  quotes: RefQuote[];
  /** Folded word (NormWord.w) → the quotes that contain it. */
  postings: Map<string, number[]>;
  /** Comparison token (QToken.w) → the quotes that contain it. */
  tokenPostings: Map<string, number[]>;
}

function post(map: Map<string, number[]>, words: Iterable<string>, i: number): void {
  for (const w of new Set(words)) {
    const list = map.get(w);
    if (list) list.push(i);
    else map.set(w, [i]);
  }
}

export function quoteIndex(corpus: Corpus): QuoteIndex {
  return corpus.derived('quotes/index', () => {
    const quotes = corpus.perReference('quotes/ref-quotes', (ref) => refQuotes(corpus, ref)).flatMap((x) => x.value);
    const postings = new Map<string, number[]>();
    const tokenPostings = new Map<string, number[]>();
    quotes.forEach((q, i) => {
      post(
        postings,
        q.words.map((x) => x.w),
        i,
      );
      post(
        tokenPostings,
        q.tokens.map((x) => x.w),
        i,
      );
    });
    return { quotes, postings, tokenPostings };
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

export interface QuoteMatch {
  exact: boolean;
  /** The reference quotations that contain the quote word for word. */
  sources: RefQuote[];
}

export function matchQuote(index: QuoteIndex, inner: string): QuoteMatch {
  const pieces = segments(inner);
  const words = pieces.flat();
  if (!words.length) return { exact: false, sources: [] };
  const candidates = new Set<number>();
  for (const i of index.postings.get(words[0].w) ?? []) candidates.add(i);
  const sources = [...candidates].filter((i) => containsPieces(index.quotes[i].words, pieces)).map((i) => index.quotes[i]);
  return { exact: sources.length > 0, sources };
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
