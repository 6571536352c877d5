// Sentence alignment: for a draft sentence, the reference sentences that state the same fact.
// Sentences are bags of terms (see terms.ts) weighted by how rare each term is among the reference
// sentences (IDF), so "Lindqvist", "acquitted" and "#call" count and "government" hardly does. The
// index (term → sentences) is built once per corpus version from per-reference term lists, and each
// draft sentence's alignment is memoised by its text, so a keystroke re-aligns only its own sentence.
import type { Corpus } from '../corpus/corpus';
import type { Reference } from '../corpus/reference';
import type { Sentence, Token } from '../text/analyzed-text';
import { isNegated, namesOf, termsOf } from './terms';
import { Memo, MB } from '../memo';

export interface IndexedSentence {
  ref: Reference;
  sentence: Sentence;
  terms: string[];
  names: string[];
  negated: boolean;
}

export interface AlignmentIndex {
  sentences: IndexedSentence[];
  postings: Map<string, number[]>;
  idf: Map<string, number>;
  /** The weight of a term no reference sentence has. */
  unseen: number;
}

export interface Aligned {
  ref: Reference;
  sentence: Sentence;
  /** Cosine of the IDF-weighted term sets, 0..1. */
  score: number;
  /** The share of the draft sentence's weight the reference sentence covers, 0..1. */
  coverage: number;
  shared: string[];
}

interface SentenceTerms {
  terms: string[];
  names: string[];
  negated: boolean;
}

// Bounded by bytes and dropped when stale (engine/memo): old versions of edited sentences must not pile up.
const termMemo = new Memo<SentenceTerms>(4 * MB, 16);

/** Terms, names and negation of a sentence, memoised by its text. */
export function sentenceTerms(s: { text: string; tokens: Token[] }): SentenceTerms {
  let hit = termMemo.get(s.text);
  if (!hit) {
    hit = { terms: termsOf(s.tokens), names: namesOf(s.tokens), negated: isNegated(s.tokens) };
    termMemo.set(s.text, hit);
  }
  return hit;
}

/** Reference sentences too short to state a fact of their own (captions, bylines) are left out. */
const MIN_TERMS = 3;

export function alignmentIndex(corpus: Corpus): AlignmentIndex {
  return corpus.derived('align/index', (c) => {
    const sentences: IndexedSentence[] = [];
    for (const { ref, value } of c.perReference('align/terms', (r) => r.sentences.map((s) => ({ s, t: sentenceTerms(s) })))) {
      for (const { s, t } of value) if (t.terms.length >= MIN_TERMS) sentences.push({ ref, sentence: s, ...t });
    }
    const postings = new Map<string, number[]>();
    sentences.forEach((s, i) => {
      for (const term of s.terms) {
        let list = postings.get(term);
        if (!list) postings.set(term, (list = []));
        list.push(i);
      }
    });
    const n = sentences.length;
    const idf = new Map<string, number>();
    for (const [term, list] of postings) idf.set(term, Math.log((n + 1) / (list.length + 0.5)));
    return { sentences, postings, idf, unseen: Math.log((n + 1) / 0.5) };
  });
}

const weightOf = (index: AlignmentIndex, term: string) => index.idf.get(term) ?? index.unseen;

/**
 * The IDF-weighted cosine of two small term sets (the words around two values): how alike two clauses
 * are, where whole sentences differ ("…to discuss Israel's response to Iran's October 1 attack").
 */
export function termSimilarity(corpus: Corpus, a: Iterable<string>, b: Iterable<string>): number {
  const index = alignmentIndex(corpus);
  const x = new Set(a);
  const y = new Set(b);
  if (!x.size || !y.size) return 0;
  let shared = 0;
  let wx = 0;
  let wy = 0;
  for (const t of x) {
    const w = weightOf(index, t) ** 2;
    wx += w;
    if (y.has(t)) shared += w;
  }
  for (const t of y) wy += weightOf(index, t) ** 2;
  return shared / Math.sqrt(wx * wy);
}

const alignMemo = new Memo<{ version: number; found: { i: number; score: number; coverage: number; shared: string[] }[] }>(2 * MB, 8);

/**
 * The reference sentences aligned with a draft sentence, best first (at most `limit`, score ≥ `min`).
 * A negated sentence aligns only with negated ones.
 */
export function alignSentence(corpus: Corpus, s: { text: string; tokens: Token[] }, min = 0.2, limit = 8): Aligned[] {
  const index = alignmentIndex(corpus);
  const key = `${min}\u0000${limit}\u0000${s.text}`;
  let memo = alignMemo.get(key);
  if (!memo || memo.version !== corpus.version) {
    const mine = sentenceTerms(s);
    const found: { i: number; score: number; coverage: number; shared: string[] }[] = [];
    if (mine.terms.length) {
      const wd = mine.terms.reduce((a, t) => a + weightOf(index, t) ** 2, 0);
      const sharedBy = new Map<number, string[]>();
      for (const term of mine.terms) {
        const list = index.postings.get(term);
        if (!list) continue;
        for (const i of list) {
          let sh = sharedBy.get(i);
          if (!sh) sharedBy.set(i, (sh = []));
          sh.push(term);
        }
      }
      for (const [i, shared] of sharedBy) {
        const other = index.sentences[i];
        if (other.negated !== mine.negated) continue;
        if (shared.length < 2) continue;
        const ws = shared.reduce((a, t) => a + weightOf(index, t) ** 2, 0);
        const wr = other.terms.reduce((a, t) => a + weightOf(index, t) ** 2, 0);
        const score = ws / Math.sqrt(wd * wr);
        if (score >= min) found.push({ i, score, coverage: ws / wd, shared });
      }
      found.sort((a, b) => b.score - a.score);
      found.length = Math.min(found.length, limit);
    }
    alignMemo.set(key, (memo = { version: corpus.version, found }));
  }
  return memo.found.map((f) => ({ ref: index.sentences[f.i].ref, sentence: index.sentences[f.i].sentence, score: f.score, coverage: f.coverage, shared: f.shared }));
}
