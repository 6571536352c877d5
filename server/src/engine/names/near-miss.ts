// When two spellings of a name are one slip apart (Gallent/Gallant, Hezbolla/Hezbollah,
// Araghchi/Araqchi) rather than two different names (Slovakia/Slovenia, Estonia/Estoria, Iran/Iraq).
// Plain edit distance cannot tell these apart, so substitutions are weighted: a slip swaps a vowel,
// a letter that sounds alike (k/q/c, s/z), or a neighbouring key; any other consonant swap is a
// different word. Dropped or doubled letters, swapped neighbours and (in long names) a letter moved two
// places cost one edit.
import { DERIVATION_SUFFIXES } from './title-words';

/** Edits allowed for a word of this length: short names are one letter from other real names too often. */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  if (length < 8) return 1;
  return 2;
}

const VOWELS = new Set('aeiouy');
const SOUND_ALIKE = ['kqcg', 'szc', 'iyj', 'wvu', 'dt', 'bp', 'mn', 'fv'];
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

function neighbours(a: string, b: string): boolean {
  for (let r = 0; r < KEYBOARD_ROWS.length; r++) {
    const i = KEYBOARD_ROWS[r].indexOf(a);
    if (i < 0) continue;
    const near = [KEYBOARD_ROWS[r][i - 1], KEYBOARD_ROWS[r][i + 1], KEYBOARD_ROWS[r - 1]?.[i], KEYBOARD_ROWS[r - 1]?.[i + 1], KEYBOARD_ROWS[r + 1]?.[i], KEYBOARD_ROWS[r + 1]?.[i - 1]];
    return near.includes(b);
  }
  return false;
}

/** Cost of writing `b` where `a` was meant. 1 for a plausible slip, 3 (beyond any allowance) otherwise. */
function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (stripAccent(a) === stripAccent(b)) return 1; // Sundín/Sundin
  a = stripAccent(a);
  b = stripAccent(b);
  if (VOWELS.has(a) && VOWELS.has(b)) return 1;
  if (SOUND_ALIKE.some((g) => g.includes(a) && g.includes(b))) return 1;
  return neighbours(a, b) ? 1 : 3;
}

/** Substitution cost of two equal-length strings, allowing swapped neighbours (cost 1). */
function alignedCost(a: string, b: string, limit: number): number {
  let cost = 0;
  for (let i = 0; i < a.length && cost <= limit; i++) {
    if (a[i] === b[i]) continue;
    if (i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i]) {
      cost += 1;
      i++;
    } else if (a.length >= 8 && i + 2 < a.length && rotated(a.slice(i, i + 3), b.slice(i, i + 3))) {
      // A letter typed two places early or late ("Papadopolous" for Papadopoulos): one slip in a long name.
      cost += 1;
      i += 2;
    } else cost += substitutionCost(a[i], b[i]);
  }
  return cost;
}

/** "lou"/"ulo": the same three letters with one moved from one end to the other. */
function rotated(x: string, y: string): boolean {
  return x !== y && (x.slice(1) + x[0] === y || x[2] + x.slice(0, 2) === y);
}

/**
 * Slip distance: letters dropped (exactly as many as the lengths differ, each costing 1) plus the
 * weighted substitutions of what remains. Allowing a free drop-and-add would turn any consonant swap
 * into two cheap edits, which is how Slovakia would become Slovenia.
 */
export function slipDistance(a: string, b: string, limit = 3): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const drops = long.length - short.length;
  if (drops > limit) return limit + 1;
  let best = limit + 1;
  const tryDrops = (s: string, left: number, from: number) => {
    if (left === 0) {
      best = Math.min(best, drops + alignedCost(short, s, limit));
      return;
    }
    for (let i = from; i < s.length; i++) tryDrops(s.slice(0, i) + s.slice(i + 1), left - 1, i);
  };
  tryDrops(long, drops, 0);
  return best;
}

/** Letters without their accents, worked out once per letter (nearMiss asks for every letter pair it compares). */
const unaccented = new Map<string, string>();

function stripAccent(c: string): string {
  let plain = unaccented.get(c);
  if (plain === undefined) {
    plain = c.normalize('NFD').replace(/\p{M}+/gu, '');
    if (unaccented.size < 10_000) unaccented.set(c, plain);
  }
  return plain;
}

function isDerivation(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!long.startsWith(short)) return false;
  const suffix = long.slice(short.length).toLowerCase();
  // A derivation, its plural ("Israel" → "Israelis", "Iran" → "Iranians") or a possessive.
  return DERIVATION_SUFFIXES.some((d) => suffix === d || suffix === `${d}s`) || /^[’']s?$/.test(suffix);
}

/**
 * Slip distance if `a` and `b` look like two spellings of one name, else undefined.
 * `sameRestOfName`: the other words of the name match exactly ("Tomas Bergh" for "Tomas Berg"),
 * which is evidence enough to allow one slip in a short surname. `withinOneDraft`: both spellings are
 * in the same draft.
 */
export function nearMiss(a: string, b: string, sameRestOfName = false, withinOneDraft = false): number | undefined {
  if (a === b) return undefined;
  if (stripAccent(a[0]).toLowerCase() !== stripAccent(b[0]).toLowerCase()) return undefined;
  const shortest = Math.min(a.length, b.length);
  // Two spellings in one draft are already suspicious, so the longer one sets the allowance (Araghchi/Araqchi).
  const basis = withinOneDraft ? Math.max(a.length, b.length) : shortest;
  const max = sameRestOfName && shortest >= 4 ? Math.max(1, allowedEdits(basis)) : allowedEdits(basis);
  if (!max || Math.abs(a.length - b.length) > max) return undefined;
  const la = a.toLowerCase(), lb = b.toLowerCase();
  if (la === lb) return undefined; // capitalisation is not spelling
  if (isDerivation(a, b)) return undefined;
  const d = slipDistance(la, lb, max);
  return d <= max ? d : undefined;
}
