// When two spellings of a name are one slip apart (Gallent/Gallant, Hezbolla/Hezbollah,
// Araghchi/Araqchi) rather than two different words (Iran/Iraq, Israel/Israeli).
import { distance } from 'fastest-levenshtein';
import { DERIVATION_SUFFIXES } from './title-words';

/** Edits allowed for a word of this length: short names differ by one letter from other real names too often. */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  if (length < 8) return 1;
  return 2;
}

function isDerivation(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!long.startsWith(short)) return false;
  const suffix = long.slice(short.length).toLowerCase();
  return DERIVATION_SUFFIXES.includes(suffix) || /^[’']s?$/.test(suffix);
}

/** Edit distance if `a` and `b` look like two spellings of one name, else undefined. */
export function nearMiss(a: string, b: string): number | undefined {
  if (a === b) return undefined;
  if (a[0].toLowerCase() !== b[0].toLowerCase()) return undefined;
  const max = allowedEdits(Math.min(a.length, b.length));
  if (!max || Math.abs(a.length - b.length) > max) return undefined;
  if (a.toLowerCase() === b.toLowerCase()) return undefined; // capitalisation is not spelling
  if (isDerivation(a, b)) return undefined;
  const d = distance(a.toLowerCase(), b.toLowerCase());
  return d <= max ? d : undefined;
}
