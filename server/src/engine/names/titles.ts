// Comparing titles of office. A title is compared as a bag of normalised words, so word order
// ("Minister for Strategic Affairs" = "Strategic Affairs Minister") and spelling conventions
// (Defence/Defense, Adviser/Advisor) never count as differences.
import {
  GENERIC_HEADS,
  IGNORED_IN_COMPARISON,
  OFFICE_HEADS,
  PLACE_ABBREVIATIONS,
  RANK_MODIFIERS,
  SPELLING_PAIRS,
  SPELLING_VARIANTS,
  TITLE_CONNECTORS,
  TITLE_HEADS,
  looksLikeDemonym,
} from './title-words';

/** Normalised comparison key of a title: sorted distinct words. */
export function titleKey(title: string): string[] {
  const words: string[] = [];
  for (const raw of title.split(/\s+/)) {
    if (!raw) continue;
    if (PLACE_ABBREVIATIONS.has(raw.toLowerCase()) || looksLikeDemonym(raw)) continue;
    const lower = raw.toLowerCase().replace(/[’']s$/, '');
    const canonical = SPELLING_PAIRS[lower] ?? lower;
    for (const w of canonical.split(/[\s-]+/)) {
      if (!w || TITLE_CONNECTORS.has(w) || IGNORED_IN_COMPARISON.has(w)) continue;
      words.push(SPELLING_PAIRS[w] ?? w);
    }
  }
  return [...new Set(words)].sort();
}

export function headOf(key: string[]): string[] {
  return key.filter((w) => TITLE_HEADS.has(w) || w === 'spokesperson' || w === 'chair');
}

const subset = (a: string[], b: string[]) => a.every((w) => b.includes(w));

/**
 * Whether a title in the draft can be true of the person the reference title describes.
 * Less specific is fine ("Minister" for "Defense Minister") unless it drops a rank ("Deputy"); more specific is fine unless the
 * extra words change the office ("Deputy Defense Minister"); a generic head ("leader", "chief")
 * cannot contradict anything; otherwise different words mean a different office.
 */
export function titlesCompatible(draft: string[], ref: string[]): boolean {
  // Dropping the rank promotes the person: "Press Secretary" for a "deputy press secretary" is wrong.
  if (subset(draft, ref)) return !(headOf(draft).length && ref.some((w) => RANK_MODIFIERS.has(w) && !draft.includes(w)));
  if (subset(ref, draft)) {
    const extra = draft.filter((w) => !ref.includes(w));
    return !extra.some((w) => RANK_MODIFIERS.has(w) || OFFICE_HEADS.has(w));
  }
  const heads = [...headOf(draft), ...headOf(ref)];
  if (heads.length === 0 || heads.some((h) => GENERIC_HEADS.has(h))) return true;
  return false;
}

/** Rewrite a suggested title in the draft's spelling convention (a British draft keeps "Defence"). */
export function inDraftConvention(suggestion: string, draftText: string): string {
  const draftWords = new Set(draftText.toLowerCase().match(/[a-z]+/g) ?? []);
  return suggestion.replace(/[A-Za-z]+/g, (word) => {
    const lower = word.toLowerCase();
    const variant = SPELLING_VARIANTS[lower]?.find((v) => draftWords.has(v));
    if (!variant) return word;
    return word[0] === word[0].toUpperCase() ? variant[0].toUpperCase() + variant.slice(1) : variant;
  });
}

/** "defence minister" → "Defence Minister" (a capitalised title before a name, as the draft writes it). */
export function titleCase(title: string): string {
  return title.replace(/\b([a-z])([a-z]*)/g, (m, first: string, rest: string) => (TITLE_CONNECTORS.has(m) ? m : first.toUpperCase() + rest));
}
