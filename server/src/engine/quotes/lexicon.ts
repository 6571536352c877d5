// General English resources for comparing a quote's wording with a reference's: contractions, function
// words and how much a change of each kind matters. Nothing here is about any one story.

/** Contractions written out, so "we're" and "we are" are the same words. */
export const CONTRACTIONS: Record<string, string[]> = {
  cannot: ['can', 'not'],
  gonna: ['going', 'to'],
  wanna: ['want', 'to'],
  gotta: ['got', 'to'],
};

/** Suffixes after an apostrophe and what they stand for ("'s" only after the words in S_IS). */
export const CLITICS: Record<string, string> = { nt: 'not', re: 'are', ve: 'have', ll: 'will', d: 'would', m: 'am' };

/** Words whose "'s" is "is" ("it's", "that's"); after other words it is a possessive and is dropped. */
export const S_IS = new Set(
  'it he she that there here what who where how when why this everyone everybody everything someone somebody something nobody nothing anyone anybody anything one'.split(
    ' ',
  ),
);

/** Number words folded to digits ("eight" and "8" are the same word in a quote). */
export const NUMBER_WORDS: Record<string, string> = Object.fromEntries(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((w, i) => [w, String(i)])
    .concat([
      ['thirty', '30'],
      ['forty', '40'],
      ['fifty', '50'],
      ['sixty', '60'],
      ['seventy', '70'],
      ['eighty', '80'],
      ['ninety', '90'],
      ['first', '1st'],
      ['second', '2nd'],
      ['third', '3rd'],
      ['tenth', '10th'],
    ]),
);

/** Abbreviations that house styles write out or shorten ("Sen." / "Senator", "Sept." / "September"). */
export const ABBREVIATIONS: Record<string, string> = {
  sen: 'senator',
  rep: 'representative',
  gov: 'governor',
  gen: 'general',
  lt: 'lieutenant',
  col: 'colonel',
  sgt: 'sergeant',
  dept: 'department',
  govt: 'government',
  jan: 'january',
  feb: 'february',
  aug: 'august',
  sep: 'september',
  sept: 'september',
  oct: 'october',
  nov: 'november',
  dec: 'december',
  pct: 'percent',
};

/** Negation words: a change in one of them reverses the quote, however short the word. */
export const NEGATIONS = new Set(['not', 'no', 'never', 'nothing', 'none', 'nobody', 'neither', 'nor', 'without', 'noone']);

/**
 * Articles, determiners and possessives ("the White House" / "my White House"), and verb forms that shift with reported speech ("will" in the speaker's
 * mouth, "would" in the reporter's sentence): swapping one for another is how outlets transcribe and
 * adapt quotes, not a misquote on its own.
 */
export const MINOR_SWAPS: string[][] = [
  ['a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'my', 'your', 'his', 'her', 'its', 'our', 'their'],
  ['will', 'would', 'shall', 'should'],
  ['can', 'could'],
  ['may', 'might'],
  ['is', 'was', 'are', 'were', 'am', 'be', 'been'],
  ['has', 'have', 'had'],
  ['do', 'does', 'did'],
  ['who', 'that', 'which', 'whom'],
  ['someone', 'somebody'],
  ['anyone', 'anybody'],
  ['everyone', 'everybody'],
  ['toward', 'towards'],
  ['okay', 'ok'],
];

const MINOR = new Map<string, number>();
MINOR_SWAPS.forEach((group, i) => group.forEach((w) => MINOR.set(w, i)));

/** Two function words that outlets swap freely in transcripts (article for article, will for would). */
export function minorSwap(a: string, b: string): boolean {
  const g = MINOR.get(a);
  return g !== undefined && g === MINOR.get(b);
}

/** Function words: articles, pronouns, prepositions, auxiliaries, conjunctions, fillers (negations excluded). */
export const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those there here it its of to in on at by for from with into onto over under about as than then and or ' +
    'but so yet if because while when where which who whom whose what why how all any both each some such only own same too very can ' +
    'could may might must shall should will would do does did be is are was were been being am have has had i me my mine we us our ' +
    'ours you your yours he him his she her hers they them their theirs also just now still even up out off once well oh um uh ' +
    'really actually like let someone somebody something anyone anybody anything everyone everybody everything'
  ).split(/\s+/),
);
