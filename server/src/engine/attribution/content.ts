// Content words of a sentence, reduced to crude stems, for matching a draft sentence to the reference
// sentence that carries the same claim (entities and predicate words, not exact wording).
import { IRREGULAR, STOPWORDS } from './lexicon';
import type { Tok } from './cues';
import { memoisedByWord } from '../memo';

/** A crude English stem: lower case, spelling variants folded (defence/defense, -ise/-ize, -our/-or), common
 *  suffixes dropped. Remembered per word: every cell of a quote alignment and every content word of every
 *  re-check asks about the same words over and over. */
export const stem = memoisedByWord(stemOf, 50_000);

function stemOf(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '').replace(/[’'.]/g, '');
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (w.length <= 3) return w;
  w = w
    .replace(/ence$/, 'ense')
    .replace(/our$/, 'or')
    .replace(/ours$/, 'ors')
    .replace(/is(e|ed|es|ing|ation)$/, 'iz$1')
    .replace(/lled$/, 'led')
    .replace(/lling$/, 'ling');
  if (/ies$/.test(w) || /ied$/.test(w)) w = w.slice(0, -3) + 'y';
  else if (/ing$/.test(w) && w.length > 5) w = w.slice(0, -3);
  else if (/ed$/.test(w) && w.length > 4) w = w.slice(0, -2);
  else if (/(ss|us|is)$/.test(w)) {
    /* keep */
  } else if (/(x|ch|sh|s)es$/.test(w)) w = w.slice(0, -2);
  else if (/s$/.test(w) && w.length > 3) w = w.slice(0, -1);
  if (/e$/.test(w) && w.length > 4) w = w.slice(0, -1);
  // Doubled final consonant after suffix removal ("planned" → "plann" → "plan").
  if (/([bdgklmnprt])\1$/.test(w) && w.length > 4) w = w.slice(0, -1);
  return w.length > 7 ? w.slice(0, 7) : w;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Content stems of plain text (no POS): words of 3+ letters that are not function words. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const w = m[0].replace(/[.’'-]+$/, '').toLowerCase();
    if (w.length < 3 || STOPWORDS.has(w) || STOPWORDS.has(w.replace(/[’']s$/, ''))) continue;
    out.push(stem(w));
  }
  return out;
}

export interface ContentWord {
  stem: string;
  /** Part of speech class that sets its weight. */
  cls: 'verb' | 'name' | 'noun' | 'adj' | 'num';
  tok: Tok;
}

const CLASS: Record<string, ContentWord['cls'] | undefined> = { VERB: 'verb', PROPN: 'name', NOUN: 'noun', ADJ: 'adj', NUM: 'num' };

/** Content words of tokens, skipping function words and tokens in `skip` (cue words, the source phrase). */
export function contentWords(tokens: Tok[], skip?: (t: Tok) => boolean): ContentWord[] {
  const out: ContentWord[] = [];
  const seen = new Set<string>();
  for (const t of tokens) {
    if (skip?.(t)) continue;
    let cls = CLASS[t.pos];
    if (!cls && /^[A-Z][a-z]/.test(t.text) && t.pos !== 'PRON' && t.pos !== 'DET') cls = 'name';
    if (!cls) continue;
    const w = t.lower.replace(/[’']s$/, '');
    if (!/[\p{L}\p{N}]/u.test(w) || STOPWORDS.has(w)) continue;
    if (cls === 'num' && !/\d/.test(w)) continue;
    if (w.length < 2) continue;
    const s = stem(w);
    if (seen.has(s)) continue;
    seen.add(s);
    out.push({ stem: s, cls, tok: t });
  }
  return out;
}

export const CLASS_WEIGHT: Record<ContentWord['cls'], number> = { verb: 1.6, name: 1.2, noun: 1, adj: 0.7, num: 0.8 };
