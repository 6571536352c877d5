// Who says a quote, as a person's name, to tell two quotes apart: the same words from another speaker
// are another utterance, not a misquote of this one.
import type { Quote } from '../attribution/model';
import { distance } from 'fastest-levenshtein';
import { ANONYMOUS_HEADS, OFFICE_HEADS, TIME_WORDS, TITLE_WORDS } from '../attribution/lexicon';

/** The speaker's name when the attribution model names a person (or resolves a pronoun to one); else null. */
export function speakerName(q: Quote): string | null {
  if (!q.speaker || q.basis === 'fallback') return null;
  if (q.speaker.kind === 'named') return q.speaker.name;
  if (q.speaker.kind === 'pronoun') return q.speakerName ?? null;
  return null;
}

/**
 * The quote's speaker is named by a person's name in the quote's own sentence ("…," Ann Vik said), not a pronoun
 * resolved to someone earlier ("he told CNN") nor a description ("the California Democrat said", "prosecutors wrote").
 */
export function namedInSentence(q: Quote): boolean {
  if (!q.speaker || q.speaker.kind !== 'named' || (q.basis !== 'tag' && q.basis !== 'sentence')) return false;
  return nameWords(q.speaker.name).size > 0;
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'jr', 'sr']);
/** Party and leaning nouns that describe a person without naming them ("the Nevada Democrat"). */
const AFFILIATIONS = new Set(['democrat', 'democrats', 'republican', 'republicans', 'independent', 'conservative', 'liberal', 'socialist', 'tory', 'labourite']);

/** The capitalised words of a name, folded ("Mrs. Marina Litvinenko" → marina, litvinenko); none for a description ("the Nevada Democrat"). */
function nameWords(name: string): Set<string> {
  // A description ends in a common noun ("America’s top diplomat"): not a name.
  if (/(?:^|\s)\p{Ll}[\p{L}'’-]*\s*$/u.test(name)) return new Set();
  const words = [...name.normalize('NFD').replace(/\p{M}/gu, '').matchAll(/\p{Lu}[\p{L}'’-]+/gu)].map((m) => m[0].toLowerCase().replace(/['’]s$/, ''));
  const head = words[words.length - 1];
  if (!head || TITLE_WORDS.has(head) || OFFICE_HEADS.has(head) || ANONYMOUS_HEADS.has(head) || AFFILIATIONS.has(head)) return new Set();
  return new Set(words.filter((w) => !HONORIFICS.has(w) && !TIME_WORDS.has(w)));
}

/**
 * Two speakers known to be different people: both named, sharing no name word ("Litvinenko",
 * "Marina Litvinenko" and "Marina" are one person). An unknown speaker is never different.
 */
export function differentSpeakers(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (!wa.size || !wb.size) return false;
  for (const w of wa) if (wb.has(w) || [...wb].some((v) => oneSlip(w, v))) return false;
  return true;
}

/**
 * "Sumwald" for "Sumwalt", "Pirro" for "Piro": a draft's misspelt speaker is still that speaker
 * (names/spelling-variant flags the slip). Shorter names only by a doubled letter: "Reid" is not "Reed".
 */
function oneSlip(a: string, b: string): boolean {
  if (a[0] !== b[0] || distance(a, b) !== 1) return false;
  if (a.length >= 5 && b.length >= 5) return true;
  const undouble = (w: string) => w.replace(/(.)\1/g, '$1');
  return a.length >= 4 && b.length >= 4 && a !== b && undouble(a) === undouble(b);
}

/** Both named and the same person. */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  return !!a && !!b && !differentSpeakers(a, b) && nameWords(a).size > 0 && nameWords(b).size > 0;
}
