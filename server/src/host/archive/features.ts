// From a draft (or an article) to what retrieval searches and ranks by; the same for every store.
import type { DraftFeatures, Retrieved, ArchiveArticle } from './archive';
import { contentTerms, nameCounts } from './words';

/** Names and terms sent to full-text search: enough to find the story, few enough to stay fast. */
export const MAX_QUERY_NAMES = 20;
export const MAX_QUERY_TERMS = 30;

/**
 * An article must share this many names with the draft to be used at all (or every name, when the
 * draft has fewer): a wrong article checked against is worse than none (precision first).
 */
export const MIN_SHARED_NAMES = 2;

/**
 * Words sent to full-text search: the rarest of the draft's names and terms that the archive knows.
 * An OR of every word of a draft matches most of an archive and BM25 costs per match; a few rare
 * words find the same story's articles at a fraction of the cost.
 */
export const QUERY_NAMES = 10;
export const QUERY_TERMS = 10;
/** Words in more than this share of articles say nothing about which story. */
export const MAX_NAME_SHARE = 0.2;
export const MAX_TERM_SHARE = 0.05;
/** In a small archive every word may be used: shares only make sense over many articles. */
export const MIN_FREQUENCY_CUTOFF = 50;

export function queryWords(features: DraftFeatures, frequencies: Map<string, number>, total: number): string[] {
  const rarest = (words: string[], share: number, n: number) =>
    words
      .filter((w) => frequencies.has(w) && frequencies.get(w)! <= Math.max(MIN_FREQUENCY_CUTOFF, share * total))
      .sort((a, b) => frequencies.get(a)! - frequencies.get(b)!)
      .slice(0, n);
  return [...rarest(features.names, MAX_NAME_SHARE, QUERY_NAMES), ...rarest(features.terms, MAX_TERM_SHARE, QUERY_TERMS)];
}

/** Candidates full-text search passes on to re-ranking by name overlap. */
export const CANDIDATES = 100;

/** What a draft is about: its prose (Markdown and front matter masked) and its publication date. */
export function draftFeatures(prose: string, published?: string): DraftFeatures {
  const names = nameCounts(prose).map(([k]) => k);
  const terms = contentTerms(prose, new Set(names)).map(([k]) => k);
  return { names: names.slice(0, MAX_QUERY_NAMES), terms: terms.slice(0, MAX_QUERY_TERMS), published };
}

/** The name keys stored for an article. */
export function articleNames(text: string): string[] {
  return nameCounts(text).map(([k]) => k);
}

/** YYYY-MM-DD shifted by `days`. */
export function shiftDate(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface Candidate {
  /** Store-specific key (a rowid). */
  key: number;
  /** Full-text relevance, higher is better (e.g. -bm25). */
  relevance: number;
  names: string[];
}

export interface RankedCandidate {
  key: number;
  score: number;
  sharedNames: string[];
}

/**
 * Re-rank full-text candidates: relevance normalised to the best candidate, plus the share of the
 * draft's names the article also has. Articles sharing too few names are dropped.
 */
export function rankCandidates(features: DraftFeatures, candidates: Candidate[], max: number): RankedCandidate[] {
  if (!features.names.length || !candidates.length) return [];
  const draftNames = new Set(features.names);
  const needed = Math.min(MIN_SHARED_NAMES, draftNames.size);
  const best = Math.max(...candidates.map((c) => c.relevance), 1e-9);
  const out: RankedCandidate[] = [];
  for (const c of candidates) {
    const shared = c.names.filter((n) => draftNames.has(n));
    if (shared.length < needed) continue;
    const overlap = shared.length / Math.min(10, draftNames.size);
    out.push({ key: c.key, score: c.relevance / best + Math.min(1, overlap), sharedNames: shared });
  }
  return out.sort((a, b) => b.score - a.score || a.key - b.key).slice(0, max);
}

/** The draft's query terms the article's text contains (for "why chosen"; a substring test is enough for that). */
export function sharedTerms(features: DraftFeatures, article: ArchiveArticle): string[] {
  const text = article.raw.toLowerCase();
  return features.terms.filter((t) => text.includes(t));
}

/** The retrieved list, in the order the engine gets them. */
export function toRetrieved(features: DraftFeatures, ranked: RankedCandidate[], articles: Map<number, ArchiveArticle>): Retrieved[] {
  const out: Retrieved[] = [];
  for (const r of ranked) {
    const article = articles.get(r.key);
    if (article) out.push({ article, score: r.score, sharedNames: r.sharedNames, sharedTerms: sharedTerms(features, article) });
  }
  return out;
}
