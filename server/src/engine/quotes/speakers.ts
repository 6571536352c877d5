// Who says a quote, as a person's name, to tell two quotes apart: the same words from another speaker
// are another utterance, not a misquote of this one.
import type { Quote } from '../attribution/model';
import { TIME_WORDS } from '../attribution/lexicon';

/** The speaker's name when the attribution model names a person (or resolves a pronoun to one); else null. */
export function speakerName(q: Quote): string | null {
  if (!q.speaker || q.basis === 'fallback') return null;
  if (q.speaker.kind === 'named') return q.speaker.name;
  if (q.speaker.kind === 'pronoun') return q.speakerName ?? null;
  return null;
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'jr', 'sr']);

/** The capitalised words of a name, folded ("Mrs. Marina Litvinenko" → marina, litvinenko). */
function nameWords(name: string): Set<string> {
  const out = new Set<string>();
  for (const m of name.normalize('NFD').replace(/\p{M}/gu, '').matchAll(/\p{Lu}[\p{L}'’-]+/gu)) {
    const w = m[0].toLowerCase().replace(/['’]s$/, '');
    if (!HONORIFICS.has(w) && !TIME_WORDS.has(w)) out.add(w);
  }
  return out;
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
  for (const w of wa) if (wb.has(w)) return false;
  return true;
}

/** Both named and the same person. */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  return !!a && !!b && !differentSpeakers(a, b) && nameWords(a).size > 0 && nameWords(b).size > 0;
}
