// What a story is about, in words: the names (capitalised runs) and the content words of a text.
// Used on both sides of retrieval: stored per article at index time, computed per draft at check time.
// General English only: nothing here knows any story.
import { LOWERCASE_MODIFIERS, TITLE_HEADS } from '../../engine/names/title-words';

/** Function words and newsroom filler: never a reason to think two articles tell the same story. */
const COMMON = new Set(
  `a about above after again against all almost also although always among an and another any are around as at
  back be because been before being below between both but by can could did do does doing done down during each
  either else even ever every few for from further had has have having he her here hers herself him himself his how
  however i if in into is it its itself just last least less like made make many may me might more most much must my
  myself near never new next no nor not now of off often on once one only or other others our ours out over own
  per perhaps rather really same say says said see seen several shall she should since so some still such than that
  the their theirs them themselves then there these they this those though through to too toward towards under
  until up upon us very was we were what when where whether which while who whom whose why will with within without
  would yet you your yours also according added asked called came come comes get gets give given go goes going got
  know known looked made makes making mr mrs ms dr put take taken told took want wanted way week weeks year years
  day days time times today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january
  february march april june july august september october november december people percent part told think thing
  things statement spokesman spokeswoman spokesperson reporters reporter news report reported reports official
  officials including include includes well first two three four five six seven eight nine ten hundred thousand
  million billion former later early late among whether need needs used use`.split(/\s+/),
);

/** A capitalised word that may be a name: "Obama", "McCain", "O'Neill", "Al-Assad". */
const CAPITALISED = /\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{L}|\p{Lu}/gu;
const WORD = /\p{L}[\p{L}'’-]*\p{L}/gu;

/** The key a word is compared by: lower case, curly apostrophes straight, possessive dropped. */
export function wordKey(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
}

/**
 * The names of a text as keys with their counts, most frequent first: capitalised words that are not
 * common words and never appear in lower case in the same text ("Officials" at a sentence start is
 * not a name when "officials" occurs).
 */
export function nameCounts(text: string): [string, number][] {
  const lower = new Set<string>();
  for (const m of text.matchAll(WORD)) if (m[0] === m[0].toLowerCase()) lower.add(wordKey(m[0]));
  const counts = new Map<string, number>();
  for (const m of text.matchAll(CAPITALISED)) {
    const key = wordKey(m[0]);
    // Titles ("Foreign Minister") are shared by every political story: not a sign of the same one.
    if (key.length < 3 || COMMON.has(key) || lower.has(key) || TITLE_HEADS.has(key) || LOWERCASE_MODIFIERS.has(key)) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** Content words (lower case, not common, at least 4 letters) with their counts, most frequent first. */
export function contentTerms(text: string, exclude: Set<string> = new Set()): [string, number][] {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(WORD)) {
    if (m[0] !== m[0].toLowerCase()) continue;
    const key = wordKey(m[0]);
    if (key.length < 4 || COMMON.has(key) || exclude.has(key) || key.includes('-')) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
