// How well a draft sentence and a reference window state the same fact: the share of the reference's content
// the draft carries, window, sentence or clause, and whether they share the predicate.
import type { ClaimIndex, RefClaims } from './claims';
import { clauseStems } from './claims';
import { CLASS_WEIGHT, stem } from './content';
import type { AttrSentence } from './model';

/**
 * Are the draft sentence and the reference window the same fact, not two claims that share some words? The
 * share of the reference's weighted content (rare words count more, names and verbs more than nouns) that the
 * draft sentence carries, with every name of the draft sentence required in the window (its source phrase
 * included: "U.S. satellites …" against "… US officials said"). Compared with the whole window, each of its
 * sentences and each of their clauses, best first: a draft sentence often restates one clause of a long one.
 */
export function bestAlignment(draftStems: Map<string, string>, r: RefClaims, window: number[], index: ClaimIndex): number {
  // Every word of the window's sentences, stemmed as names are ("US", a stop word in lower case, is "U.S.").
  const whole = new Set<string>();
  for (const ci of window) for (const w of r.ref.text.slice(r.claims[ci].start, r.claims[ci].end).match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? []) whole.add(stem(w.replace(/[.’'-]+$/, '')));
  // Every name of the draft sentence, or all but one of three or more, must be in the window.
  const names = [...draftStems].filter(([, cls]) => cls === 'name').map(([k]) => k);
  const missing = names.filter((k) => !whole.has(k)).length;
  if (missing > (names.length >= 3 ? 1 : 0)) return 0;
  const parts: Map<string, string>[] = [];
  const merged = new Map<string, string>();
  for (const ci of window) {
    const c = r.claims[ci];
    // Only the claim's own part of an attributed sentence (see claim-scope).
    const own = (m: Map<string, string>) => new Map([...m].filter(([k]) => c.core.has(k)));
    for (const [k, v] of own(c.stems)) merged.set(k, v);
    parts.push(own(c.stems), ...clauseStems(r.model.sentences[c.sentence], r.ref.text).map(own));
  }
  let best = share(draftStems, merged, index);
  // A clause counts only when it holds a fair part of the draft sentence (not a two-word aside it happens to repeat).
  for (const p of parts) if (p.size >= 3 && carried(draftStems, p) >= 0.5) best = Math.max(best, share(draftStems, p, index));
  return best;
}

/** Share of the reference part's weighted content that the draft sentence carries. */
function share(draftStems: Map<string, string>, part: Map<string, string>, index: ClaimIndex): number {
  let total = 0;
  let shared = 0;
  for (const [k, cls] of part) {
    const w = (CLASS_WEIGHT[cls as keyof typeof CLASS_WEIGHT] ?? 1) * (index.idf.get(k) ?? 1);
    total += w;
    if (draftStems.has(k)) shared += w;
  }
  return total ? shared / total : 0;
}

/** Share of the draft sentence's stems found in the part. */
function carried(draftStems: Map<string, string>, part: Map<string, string>): number {
  let n = 0;
  for (const k of draftStems.keys()) if (part.has(k)) n++;
  return draftStems.size ? n / draftStems.size : 0;
}

/**
 * A sentence whose only verbs are forms of "be" ("Some roads may be impassable for weeks.") has its predicate in
 * an adjective: sharing that adjective with the reference window is sharing the predicate. Only the main clause counts.
 */
export function sharedCopularPredicate(s: AttrSentence, stems: Map<string, string>, r: RefClaims, window: number[]): boolean {
  // The main clause: up to the first comma or relative word ("…since 1987, when a train hit …").
  const own: AttrSentence['tokens'] = [];
  for (const t of s.tokens) {
    if (t.text === ',' || t.text === ';' || /^(when|which|who|where|while|after|before|because)$/.test(t.lower)) break;
    if (!t.inQuote) own.push(t);
  }
  if (!own.some((t) => t.pos === 'AUX') || own.some((t) => t.pos === 'VERB')) return false;
  return [...stems].some(([k, cls]) => cls === 'adj' && window.some((ci) => r.claims[ci].core.has(k)));
}
