// What a sentence says, as a bag of terms for alignment: content-word stems ("announced" and
// "announces" → announc), event words folded to their kind ("phoned", "call" → #call) and names.
// Numbers, dates and function words are left out: they are the slots compared, or say nothing.
import type { Token } from '../text/analyzed-text';
import { kindAt, kindGroup, NEGATION_WORDS } from '../events/lexicon';
import { MONTHS, WEEKDAYS } from '../dates/lexicon';
import { memoisedByWord } from '../memo';

/** General English function words and news filler that two unrelated sentences share all the time. */
const STOP = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'into', 'onto', 'about',
  'over', 'after', 'before', 'since', 'until', 'than', 'then', 'that', 'this', 'these', 'those', 'there', 'here', 'which', 'who',
  'whom', 'whose', 'what', 'when', 'where', 'why', 'how', 'it', 'its', 'he', 'she', 'they', 'them', 'his', 'her', 'their', 'we', 'our',
  'us', 'you', 'your', 'i', 'me', 'my', 'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', 'have', 'has', 'had', 'having', 'do',
  'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'also', 'just', 'only', 'so', 'such',
  'some', 'any', 'all', 'each', 'more', 'most', 'other', 'another', 'up', 'out', 'down', 'off', 'very', 'too', 'own', 'same', 'both',
  'said', 'says', 'say', 'told', 'according', 'mr', 'mrs', 'ms', 'mr.', 'mrs.', 'ms.', 'dr', 'dr.', 'not', "n't", 'no', 'now',
  'today', 'yesterday', 'tomorrow', 'week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days', 'last', 'next', 'early',
  'late', 'later', 'earlier', 'morning', 'afternoon', 'evening', 'night', 'time', 'times', 'while', 'during', 'through', 'because',
  'however', 'still', 'even', 'again', 'already', 'yet', 'new', 'one', 'first', 'per', 'cent', 'percent', 'via', 'like', 'get', 'got',
]);

/** A light suffix stripper: enough to make "announced", "announces" and "announcing" one term. Remembered
 *  per word: the same words recur on every re-check. */
export const stem = memoisedByWord(stemOf, 50_000);

function stemOf(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(/['’]$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 4) w = `${w.slice(0, -1)}i`;
  return w;
}

const isNumberLike = (t: string) => /\d/.test(t);
const isWordLike = (t: string) => /^[\p{L}][\p{L}'’.-]*$/u.test(t);

export interface TermOptions {
  /** Keep names (capitalised words inside the sentence) as terms; on by default. */
  names?: boolean;
}

/** The alignment term of tokens[i], or undefined when the token says nothing about the fact. */
export function termAt(tokens: Token[], i: number): string | undefined {
  const t = tokens[i];
  const text = t.text;
  if (!isWordLike(text) || isNumberLike(text)) return undefined;
  const low = text.toLowerCase().replace(/\.$/, '');
  if (STOP.has(low) || low in MONTHS || low in WEEKDAYS) return undefined;
  if (t.pos === 'PUNCT' || t.pos === 'DET' || t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'PRON' || t.pos === 'AUX' || t.pos === 'PART') return undefined;
  const kind = kindAt(tokens, i);
  if (kind) return `#${kindGroup(kind)}`;
  if (low.length < 2) return undefined;
  return stem(low);
}

/** The distinct terms of a sentence. */
export function termsOf(tokens: Token[]): string[] {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const term = termAt(tokens, i);
    if (term) out.add(term);
  }
  return [...out];
}

/** The sentence says something did not happen ("did not", "never"): compared only with its like. */
export function isNegated(tokens: Token[]): boolean {
  return tokens.some((t) => NEGATION_WORDS.has(t.text.toLowerCase()) && t.text.toLowerCase() !== 'yet' && t.text.toLowerCase() !== 'without');
}

/** The name key of tokens[i] when it is a name inside the sentence (not its first word), folded. */
export function nameAt(tokens: Token[], i: number): string | undefined {
  const t = tokens[i];
  if (i === 0 || t.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(t.text)) return undefined;
  const low = t.text.toLowerCase().replace(/['’]s?$/, '');
  if (low in MONTHS || low in WEEKDAYS || STOP.has(low)) return undefined;
  return stem(low);
}

/** Capitalised words other than the sentence's first: the names a sentence is about, folded. */
export function namesOf(tokens: Token[]): string[] {
  const out = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const key = nameAt(tokens, i);
    if (key) out.add(key);
  }
  return [...out];
}
