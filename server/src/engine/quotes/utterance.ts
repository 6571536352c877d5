// Is a draft quote a misquote? Only against reference quotes of the same utterance: most of its content
// words (weighted by rarity) shared in order, and the same speaker when both name one. Then only the
// changes every such reference agrees on count (where the references disagree among themselves, the
// draft is not shown wrong), and only while the wordings stay nearly identical: past a few changed
// content words the two are different renderings (a translation, a paraphrase), not one misquoted.
import type { Corpus } from '../corpus/corpus';
import { compareTokens, CHANGE_WEIGHT, isContentWord, SUBSTANTIVE, type ChangeGroup, type Comparison } from './compare';
import { NEGATIONS } from './lexicon';
import { quoteIndex, type QuoteIndex, type RefQuote } from './match';
import { differentSpeakers, sameSpeaker } from './speakers';
import { quoteTokens, type QToken } from './tokens';

/** At least this many content words matched word for word, in order, make two quotes one utterance… */
export const MIN_MATCHED = 3;
/** …or this many when both quotes name the same speaker. */
export const MIN_MATCHED_SAME_SPEAKER = 2;
/** …and at least this weighted share of their words in common where they overlap. */
export const MIN_SIMILARITY = 0.6;
/** More changes that alter what the quote says than this: a different rendering, not a misquote… */
export const MAX_SUBSTANTIVE_CHANGES = 1;
/** …except in a quote this long (words where the two overlap), where two slips are plausible. */
export const LONG_QUOTE = 25;
/** More changed words than this share of the overlap (and more than two): a different rendering. */
export const MAX_CHANGED_SHARE = 0.2;
/** A change of more words than this on either side is a different rendering of that stretch (or mis-paired marks), not a changed word. */
export const MAX_CHANGE_WORDS = 3;
/** An overlap of this many words or fewer is short: a phrase the speaker may have said more than once. */
export const SHORT_QUOTE = 4;
/** A quote sharing this many content words in order at this similarity is one utterance even from two named speakers. */
export const SAME_WORDS_MATCHED = 6;
export const SAME_WORDS_SIMILARITY = 0.9;
/** Findings below this confidence are not reported. */
export const CONFIDENCE_BAR = 0.5;

export interface RefComparison extends Comparison {
  quote: RefQuote;
}

export interface Misquote {
  /** The reference quote closest to the draft's wording. */
  best: RefComparison;
  /** The changes to report (all references of the utterance agree on them), in draft order. */
  changes: ChangeGroup[];
  /** Other references of the utterance that show the same changes. */
  support: RefQuote[];
  /** Every reference of the utterance that covers the changes gives the same wording there. */
  agreed: boolean;
  confidence: number;
}

/** How much a word tells quotes apart: function words little, rare content words most. */
export function corpusWeigh(corpus: Corpus): (w: string) => number {
  return corpus.derived('quotes/weigh', () => {
    const index = quoteIndex(corpus);
    const n = index.quotes.length + 1;
    const memo = new Map<string, number>();
    return (w: string) => {
      let v = memo.get(w);
      if (v === undefined) {
        if (NEGATIONS.has(w) || /^\d/.test(w)) v = 1;
        else if (!isContentWord(w)) v = 0.2;
        else v = 0.6 + 0.4 * Math.min(1, Math.log(n / ((index.tokenPostings.get(w)?.length ?? 0) + 1)) / Math.log(n));
        memo.set(w, v);
      }
      return v;
    };
  });
}

/** The content words two quotes must share to be one utterance. */
const minMatched = (person: string | null, quote: RefQuote) => (sameSpeaker(person, quote.person) ? MIN_MATCHED_SAME_SPEAKER : MIN_MATCHED);

/** Reference quotes sharing enough content words with the draft quote to be the same utterance. */
function candidates(index: QuoteIndex, d: QToken[], person: string | null): number[] {
  const shared = new Map<number, number>();
  for (const w of new Set(d.filter((t) => !t.optional && isContentWord(t.w)).map((t) => t.w))) {
    for (const i of index.tokenPostings.get(w) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  }
  return [...shared].filter(([i, k]) => k >= minMatched(person, index.quotes[i])).map(([i]) => i);
}

const weightOf = (g: ChangeGroup) => CHANGE_WEIGHT[g.kind];
const reportable = (g: ChangeGroup) => weightOf(g) >= CONFIDENCE_BAR && g.d.length <= MAX_CHANGE_WORDS && g.r.length <= MAX_CHANGE_WORDS;

/** The overlap is most of the draft quote, or long enough on its own: a four-word name in quotation
 * marks inside a reference sentence says nothing about the rest of a long draft quote. */
function covers(c: Comparison, d: QToken[]): boolean {
  const inside = c.status.filter((x) => x === 'match' || x === 'changed').length;
  const all = d.filter((t) => !t.optional).length;
  return c.matched >= 5 || inside >= 0.5 * all;
}

/**
 * Words moved or repeated, not changed: every content word of the change stands elsewhere too ("trying
 * to corrupt, once again," / "trying once again to corrupt"; "et cetera, et cetera" / "etcetera"), or
 * the alignment slipped past words the draft has elsewhere.
 */
function moved(c: RefComparison, g: ChangeGroup, d: QToken[]): boolean {
  const mine = g.d.map((i) => d[i].w).filter(isContentWord);
  const theirs = g.r.map((j) => c.quote.tokens[j].w).filter(isContentWord);
  if (!theirs.length && !mine.length) return false;
  const inDraft = new Set(d.map((t) => t.w));
  const elsewhereInDraft = new Set(d.filter((_, i) => !g.d.includes(i)).map((t) => t.w));
  const inRef = new Set(c.quote.tokens.map((t) => t.w));
  return theirs.every((w) => inDraft.has(w)) && mine.every((w) => inRef.has(w) || elsewhereInDraft.has(w));
}

/**
 * A change at either quote's first or last word, or where both run on: where an outlet starts or cuts a
 * quote ("And I will…" / "I will…", "no collusion, folk" / "no collusion with"), so it counts only as a
 * content word for a content word (or a number or negation).
 */
function atBounds(c: RefComparison, g: ChangeGroup, d: QToken[]): boolean {
  const last = (xs: unknown[]) => xs.length - 1;
  return g.atEdge || g.d.includes(0) || g.d.includes(last(d)) || g.r.includes(0) || g.r.includes(last(c.quote.tokens));
}

/** Both sides of the change have a content word (at an edge, "Under Attack" / "has" is two sentences parting ways, "south" / "north" a swap). */
function contentForContent(c: RefComparison, g: ChangeGroup, d: QToken[]): boolean {
  return g.d.some((i) => isContentWord(d[i].w)) && g.r.some((j) => isContentWord(c.quote.tokens[j].w));
}

/** Folded word → how often the references write it (anywhere, not only in quotes). */
function wordCounts(corpus: Corpus): Map<string, number> {
  return corpus.derived('quotes/word-counts', (c) => {
    const counts = new Map<string, number>();
    for (const { value } of c.perReference('quotes/ref-word-counts', (ref) => quoteTokens(ref.text).map((t) => t.w))) {
      for (const w of value) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    return counts;
  });
}

/** A one-word spelling difference where the references themselves spell it the draft's way at least as often: the reference quote has the slip. */
function attestedSpelling(corpus: Corpus, c: RefComparison, g: ChangeGroup, d: QToken[]): boolean {
  if (g.kind !== 'spelling') return false;
  const counts = wordCounts(corpus);
  const mine = g.d.map((i) => d[i].w).filter(isContentWord);
  const theirs = g.r.map((j) => c.quote.tokens[j].w).filter(isContentWord);
  return mine.length === 1 && theirs.length === 1 && (counts.get(mine[0]) ?? 0) >= (counts.get(theirs[0]) ?? 0);
}

/** Does comparison `c` agree with the draft's own words where group `g` (of another comparison) changes them? */
function agreesWithDraft(c: Comparison, g: ChangeGroup, gap: number): boolean {
  if (g.d.length) {
    const lo = Math.min(...g.d);
    const hi = Math.max(...g.d);
    for (let i = lo; i <= hi; i++) if (c.status[i] !== 'match' || (i > lo && c.missing[i] > 0)) return false;
    return true;
  }
  return gap > 0 && gap < c.status.length && c.status[gap - 1] === 'match' && c.status[gap] === 'match' && c.missing[gap] === 0;
}

/** The draft gap an insertion-only group falls in: the index of the next draft token. */
export function groupGap(c: Comparison, g: ChangeGroup): number {
  const ops = c.alignment.ops;
  for (let k = g.ops[1] + 1; k < ops.length; k++) if (ops[k].d.length) return ops[k].d[0];
  return c.status.length;
}

/** The same change: the same draft words (or the same gap) replaced by the same reference words. */
function sameChange(a: RefComparison, ga: ChangeGroup, b: RefComparison, gb: ChangeGroup): boolean {
  const words = (c: RefComparison, g: ChangeGroup) => g.r.map((j) => c.quote.tokens[j].w).join(' ');
  const where = (c: RefComparison, g: ChangeGroup) => (g.d.length ? g.d.join() : `gap ${groupGap(c, g)}`);
  return where(a, ga) === where(b, gb) && words(a, ga) === words(b, gb);
}

/** The misquote a draft quote (its tokens, and its speaker's name when known) makes, if any. */
/** A reference quote's tokens as compareTokens reads them (words, marks, offsets relative to the first). */
const tokenKeys = new WeakMap<RefQuote, string>();
function tokensKey(quote: RefQuote): string {
  let key = tokenKeys.get(quote);
  if (key === undefined) {
    const base = quote.tokens[0]?.start ?? 0;
    key = quote.tokens.map((t) => `${t.w}\u0001${t.start - base}\u0001${t.end - base}\u0001${+t.optional}${+t.elided}${+t.name}\u0001${t.piece}`).join('\u0002');
    tokenKeys.set(quote, key);
  }
  return key;
}

export function findMisquote(corpus: Corpus, d: QToken[], person: string | null): Misquote | null {
  if (d.filter((t) => !t.optional && isContentWord(t.w)).length < MIN_MATCHED_SAME_SPEAKER) return null;
  const index = quoteIndex(corpus);
  const weigh = corpusWeigh(corpus);
  const same: RefComparison[] = [];
  // One comparison per distinct wording: references repeat a quote word for word (a comparison is all indices).
  const compared = new Map<string, Comparison>();
  for (const i of candidates(index, d, person)) {
    const quote = index.quotes[i];
    const key = tokensKey(quote);
    let c = compared.get(key);
    if (!c) compared.set(key, (c = compareTokens(d, quote.tokens, weigh)));
    // The same long sentence word for word is one utterance whoever the draft credits it to (the draft
    // may name the wrong speaker); shorter ones from two speakers are two utterances of a phrase.
    if (differentSpeakers(person, quote.person) && !(c.matched >= SAME_WORDS_MATCHED && c.similarity >= SAME_WORDS_SIMILARITY)) continue;
    if (c.matched >= minMatched(person, quote) && c.similarity >= MIN_SIMILARITY && covers(c, d)) same.push({ ...c, quote });
  }
  if (!same.length) return null;
  // The closest wording among those that cover the most of the draft quote. One that gives the draft's
  // words (up to style) leaves nothing to report; where a shorter one does, that change is disputed below.
  const cost = (c: RefComparison) => c.groups.reduce((s, g) => s + weightOf(g), 0);
  const coverage = (c: RefComparison) => c.status.filter((x) => x === 'match' || x === 'changed').length;
  same.sort((a, b) => coverage(b) - coverage(a) || cost(a) - cost(b) || b.similarity - a.similarity);
  const best = same[0];
  // A different rendering (a translation, a paraphrase, another sentence on the same frame), not a misquote.
  const substantive = best.groups.filter((g) => SUBSTANTIVE.has(g.kind));
  const overlap = best.status.filter((x) => x === 'match' || x === 'changed').length;
  if (substantive.length > (overlap >= LONG_QUOTE ? MAX_SUBSTANTIVE_CHANGES + 1 : MAX_SUBSTANTIVE_CHANGES)) return null;
  const changed = best.groups.filter((g) => g.kind !== 'style').reduce((s, g) => s + Math.max(g.d.length, g.r.length), 0);
  if (changed > Math.max(2, MAX_CHANGED_SHARE * overlap)) return null;
  const contentChanged = (g: ChangeGroup) => Math.max(g.d.filter((i) => isContentWord(d[i].w)).length, g.r.filter((j) => isContentWord(best.quote.tokens[j].w)).length);
  if (best.matched < 2 * substantive.reduce((s, g) => s + contentChanged(g), 0)) return null;

  const others = same.slice(1);
  const changes: ChangeGroup[] = [];
  const support = new Set<RefQuote>();
  let disputed = false;
  let agreed = true;
  for (const g of best.groups.filter(reportable)) {
    if ((atBounds(best, g, d) && g.kind !== 'number' && g.kind !== 'negation' && !contentForContent(best, g, d)) || moved(best, g, d) || attestedSpelling(corpus, best, g, d)) continue;
    const gap = groupGap(best, g);
    if (others.some((c) => agreesWithDraft(c, g, gap))) {
      disputed = true;
      continue;
    }
    changes.push(g);
    for (const c of others) {
      if (c.groups.some((h) => sameChange(best, g, c, h))) support.add(c.quote);
      // Another wording at that point; a reference whose quote stops short of it ('free', 'outside') says nothing there.
      else if (c.status.some((s, i) => s === 'changed' && g.d.includes(i))) agreed = false;
    }
  }
  if (!changes.length) return null;

  let confidence = Math.max(...changes.map(weightOf));
  confidence *= best.matched >= 6 ? 1 : best.matched >= 5 ? 0.95 : best.matched >= 4 ? 0.9 : best.matched >= 3 ? 0.8 : 0.75;
  confidence *= sameSpeaker(person, best.quote.person) ? 1 : 0.95;
  if (substantive.length > 1) confidence *= 0.9;
  // A quote of a few words is easily another utterance of the same phrase.
  if (overlap <= SHORT_QUOTE) confidence *= 0.7;
  // The references disagree: elsewhere in the quote (a little less sure), or on a reported change (then
  // the draft is not shown wrong: below the bar).
  if (disputed) confidence *= 0.85;
  if (!agreed) confidence *= 0.55;
  if (support.size) confidence = Math.min(0.95, confidence * 1.05);
  return { best, changes, support: [...support], agreed: agreed && !disputed, confidence };
}
