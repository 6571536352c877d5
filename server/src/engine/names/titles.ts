// Comparing titles of office. A title is compared as a bag of normalised words, so word order
// ("Minister for Strategic Affairs" = "Strategic Affairs Minister") and spelling conventions
// (Defence/Defense, Adviser/Advisor) never count as differences.
import {
  BODY_WORDS,
  GENERIC_HEADS,
  IGNORED_IN_COMPARISON,
  LOWERCASE_MODIFIERS,
  MEMBER_POSTS,
  MILITARY_RANKS,
  OFFICE_HEADS,
  OFFICE_SYNONYMS,
  PARTY_WORDS,
  PAST_MARKERS,
  PLACE_ABBREVIATIONS,
  RANK_MODIFIERS,
  SEAT_HEADS,
  SPELLING_PAIRS,
  SPELLING_VARIANTS,
  TEMPORARY_MODIFIERS,
  TITLE_ABBREVIATIONS,
  TITLE_CONNECTORS,
  TITLE_HEADS,
  looksLikeDemonym,
} from './title-words';

/** Two words that together name one office ("press secretary" is a spokesperson, "majority leader" a post). */
const COMPOUND_OFFICES: [string, string, string][] = [
  ['press', 'secretary', 'spokesperson'],
  ['majority', 'leader', 'majority-leader'],
  ['minority', 'leader', 'minority-leader'],
];

/** Normalised comparison key of a title: sorted distinct words. */
export function titleKey(title: string): string[] {
  const words = new Set<string>();
  for (const raw of title.split(/\s+/)) {
    if (!raw) continue;
    if (PLACE_ABBREVIATIONS.has(raw.toLowerCase()) || looksLikeDemonym(raw)) continue;
    const lower = raw.toLowerCase().replace(/[’']s$/, '');
    const expanded = TITLE_ABBREVIATIONS[lower] ?? lower;
    const canonical = SPELLING_PAIRS[expanded] ?? expanded;
    for (const part of canonical.split(/[\s-]+/)) {
      const w = OFFICE_SYNONYMS[SPELLING_PAIRS[part] ?? part] ?? SPELLING_PAIRS[part] ?? part;
      for (const x of w.split(' ')) {
        if (!x || TITLE_CONNECTORS.has(x) || IGNORED_IN_COMPARISON.has(x) || PARTY_WORDS.has(x) || BODY_WORDS.has(x)) continue;
        words.add(x);
      }
    }
  }
  for (const [a, b, office] of COMPOUND_OFFICES) {
    if (words.has(a) && words.has(b)) {
      words.delete(a);
      words.delete(b);
      words.add(office);
    }
  }
  if ([...words].some((w) => SEAT_HEADS.has(w))) {
    for (const w of words) if (!isTitleVocabulary(w)) words.delete(w);
  }
  return [...words].sort();
}

/** A word that can name or qualify an office (as opposed to a place, an organisation or a name). */
function isTitleVocabulary(w: string): boolean {
  return TITLE_HEADS.has(w) || RANK_MODIFIERS.has(w) || MEMBER_POSTS.has(w) || BODY_WORDS.has(w) || LOWERCASE_MODIFIERS.has(w) || w === 'spokesperson';
}

/** Whether a title speaks of an office held before ("former Senator", "then-Solicitor General"). */
export function isPastTitle(title: string, before = ''): boolean {
  return [...`${before} ${title}`.toLowerCase().split(/[\s\-–]+/)].some((w) => PAST_MARKERS.has(w));
}

export function headOf(key: string[]): string[] {
  return key.filter((w) => TITLE_HEADS.has(w) || w === 'spokesperson' || w === 'chair' || MEMBER_POSTS.has(w));
}

/** What kind of title: a military rank, a post held by a member of a body (chair, Speaker), or an office. */
function kindOf(key: string[]): 'rank' | 'post' | 'office' {
  const heads = headOf(key).filter((h) => !GENERIC_HEADS.has(h));
  if (heads.length && heads.every((h) => MILITARY_RANKS.has(h))) return 'rank';
  if (heads.length && heads.every((h) => MEMBER_POSTS.has(h))) return 'post';
  return 'office';
}

const subset = (a: string[], b: string[]) => a.every((w) => b.includes(w));

/**
 * Whether a title in the draft can be true of the person the reference title describes.
 * Less specific is fine ("Minister" for "Defense Minister") unless it drops a rank ("Deputy"); more specific is fine unless the
 * extra words change the office ("Deputy Defense Minister"); a generic head ("leader", "chief")
 * cannot contradict anything; otherwise different words mean a different office.
 */
export function titlesCompatible(draft: string[], ref: string[]): boolean {
  // One person holds a rank, a seat and a post at once: a general who advises, a senator who chairs a committee.
  const kd = kindOf(draft), kr = kindOf(ref);
  if (kd !== kr && (kd !== 'office' || kr !== 'office')) return true;
  // Dropping the rank promotes the person: "Press Secretary" for a "deputy press secretary" is wrong.
  if (subset(draft, ref)) return !(headOf(draft).length && ref.some((w) => RANK_MODIFIERS.has(w) && !TEMPORARY_MODIFIERS.has(w) && !draft.includes(w)));
  if (subset(ref, draft)) {
    const extra = draft.filter((w) => !ref.includes(w));
    // A member holds a post in the body as well as the seat: "Committee Chairman Rep." for a "Rep.".
    const seat = ref.some((w) => SEAT_HEADS.has(w));
    // "Interim Sen." for a senator adds what the references left out; "Deputy" names another office.
    return !extra.some((w) => (RANK_MODIFIERS.has(w) && !TEMPORARY_MODIFIERS.has(w)) || (OFFICE_HEADS.has(w) && !(seat && MEMBER_POSTS.has(w))));
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

/**
 * Read an acronym in one title as the words it abbreviates in the other ("HHS Secretary" and "Health and Human
 * Services Secretary", "DNC Chairman" and "National Committee Chairman"): returns the second title with those
 * words replaced by the acronym, or the title unchanged.
 */
export function withAcronymOf(title: string, other: string): string {
  const acronyms = other.match(/\b\p{Lu}{2,6}\b/gu) ?? [];
  const words = title.split(/\s+/);
  for (const acronym of acronyms) {
    for (let i = 0; i < words.length; i++) {
      const used: number[] = [];
      let initials = '';
      for (let j = i; j < words.length && initials.length < acronym.length; j++) {
        if (TITLE_CONNECTORS.has(words[j].toLowerCase())) continue;
        if (!/^\p{Lu}/u.test(words[j])) break;
        initials += words[j][0];
        used.push(j);
        // The whole acronym, or its tail when the title dropped a leading party or place word ("National Committee" for DNC).
        const match = initials === acronym || (i === 0 && initials.length >= 2 && acronym.endsWith(initials));
        if (used.length >= 2 && match) return [...words.slice(0, i), acronym, ...words.slice(j + 1)].join(' ');
      }
    }
  }
  return title;
}
