// What makes a capitalised word a name, and when two spellings of one are a style choice rather than a slip.
// A spelling variant is only ever a word used as the name of a person or organisation: an ordinary English
// word that happens to be capitalised ("Democrat", "Officer", "Politico") or a word derived from a name
// ("German" from "Germany", "Islamist" beside "Islamic") is not one.
import { isDictionaryWord } from '../text/analyze';

/** Whether a capitalised word is an ordinary English word (wink's lexicon), itself or as the plural of one. */
export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/[’']s?$/, '');
  if (!lower) return false;
  if (isDictionaryWord(lower)) return true;
  // "-ise"/"-ize" verbs and their nouns, either spelling ("Radicalisation" from "radicalise", "Organised").
  const verb = lower.match(/^(.{4,}i)[sz](?:ation|ations|e|es|ed|ing)$/);
  if (verb && (isDictionaryWord(`${verb[1]}ze`) || isDictionaryWord(`${verb[1]}se`))) return true;
  // "Protesters", "Brexits": a plural of a dictionary word is a dictionary word.
  if (lower.endsWith('es') && isDictionaryWord(lower.slice(0, -2))) return true;
  return lower.endsWith('s') && isDictionaryWord(lower.slice(0, -1));
}

/** Party-and-state tags ("R-La.", "D-Nev."): labels, not names. */
export function isPartyTag(word: string): boolean {
  return /^[\p{Lu}]-\p{Lu}/u.test(word);
}

/** Endings that turn one word into another of the same family (Canada/Canadian, Islamic/Islamist, German/Germany). */
const FAMILY_ENDINGS = new Set([
  '', 'a', 'y', 'i', 'o', 'n', 's', 'es', 'an', 'ans', 'ian', 'ians', 'ns', 'ese', 'ish', 'ic', 'ics', 'ical', 'ist',
  'ists', 'ism', 'al', 'ry', 'er', 'ers', 'cs', 'sts', 'st', 'c', 'cy', 't', 'ite', 'ites', 'ity', 'ia', 'ians',
]);

/**
 * Whether two words are one word family rather than two spellings: they share a stem and differ only by
 * endings that derive words ("Somalia"/"Somali", "Texas"/"Texans", "Constitution"/"Constitutional").
 * Two one-letter endings ("Morsi"/"Morsy") are a spelling difference, not a derivation.
 */
export function sameWordFamily(a: string, b: string): boolean {
  const la = a.toLowerCase(), lb = b.toLowerCase();
  // Compound words derive part by part ("Israel-Palestinian"/"Israeli-Palestinian", "Democrat-led"/"Democratic-led").
  const pa = la.split('-'), pb = lb.split('-');
  if (pa.length > 1 && pa.length === pb.length) {
    const differing = pa.map((p, i) => [p, pb[i]] as const).filter(([x, y]) => x !== y);
    return differing.length === 1 && sameWordFamily(differing[0][0], differing[0][1]);
  }
  let i = 0;
  while (i < la.length && i < lb.length && la[i] === lb[i]) i++;
  if (i < 4) return false;
  const ea = la.slice(i), eb = lb.slice(i);
  if (!FAMILY_ENDINGS.has(ea) || !FAMILY_ENDINGS.has(eb)) return false;
  // A doubled last letter ("Offit"/"Offitt", "Abbot"/"Abbott") is a slip, not an ending.
  if ((ea === '' && eb.length === 1 && eb === la[i - 1]) || (eb === '' && ea.length === 1 && ea === lb[i - 1])) return false;
  return ea.length >= 2 || eb.length >= 2 || ea === '' || eb === '' || isCommonWord(a) || isCommonWord(b);
}

const VOWEL = /[aeiouy]/;
const strip = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '');
const diacritics = (s: string) => (s.normalize('NFD').match(/\p{M}/gu) ?? []).length;

/** Spelled the way transliterations and house styles differ: only vowels ("Morsi"/"Morsy", "Shabab"/"Shabaab"). */
function vowelsOnly(a: string, b: string): boolean {
  const collapse = (s: string) => strip(s.toLowerCase()).replace(/([aeiouy])\1+/g, '$1').replace(/iy$/, 'y');
  const x = collapse(a), y = collapse(b);
  if (x === y) return true;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i] && !(VOWEL.test(x[i]) && VOWEL.test(y[i]))) return false;
  return true;
}

/**
 * Whether the draft's spelling differs from the reference's the way outlets' styles differ rather than the
 * way slips do: vowels only (transliteration), or accents the draft leaves out (plain-ASCII house style).
 * An accent the draft adds that no reference writes is not a style: someone typed it.
 */
export function styleVariant(draftWord: string, refWord: string): boolean {
  if (strip(draftWord) === strip(refWord)) return diacritics(draftWord) < diacritics(refWord);
  return vowelsOnly(draftWord, refWord);
}

/** "US-allied"/"U.S.-allied": spellings that differ only in the periods of an abbreviation, a pure house style. */
export function periodsOnly(a: string, b: string): boolean {
  return a !== b && a.replace(/\./g, '') === b.replace(/\./g, '');
}

/**
 * Whether two spellings differ only the way outlets' conventions and scrapers make them differ, never the way a
 * writer slips: accents written or left out ("Rosselló"/"Rossello"), a final i/y transliteration ("Morsi"/"Morsy",
 * "Lugovoi"/"Lugovoy"), an accented letter a scraper dropped ("Rossell"), or a short word glued on ("Robinsonat").
 */
export function conventionVariant(a: string, b: string): boolean {
  if (a === b) return false;
  if (strip(a) === strip(b)) return true;
  const finalIY = (s: string) => strip(s.toLowerCase()).replace(/(iy|y|i)$/, 'i');
  if (a.length >= 5 && b.length >= 5 && finalIY(a) === finalIY(b)) return true;
  const dropNonAscii = (s: string) => s.replace(/[^\x00-\x7f]/g, '');
  if ((/[^\x00-\x7f]/.test(a) && dropNonAscii(a) === b) || (/[^\x00-\x7f]/.test(b) && dropNonAscii(b) === a)) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  const rest = long.slice(short.length);
  return long.startsWith(short) && short.length >= 4 && /^\p{Ll}{2,3}$/u.test(rest) && isDictionaryWord(rest);
}
