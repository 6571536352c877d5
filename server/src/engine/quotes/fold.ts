// Folding one written word for quote comparison: case, apostrophes, dots and British spellings do not count.

/** Fold a word: lower case, no apostrophes, British spellings folded to American. */
export function foldWord(word: string): string {
  let w = word.toLowerCase().replace(/[’'.]/g, '');
  if (w.length > 4) {
    w = w
      .replace(/our(s?)$/, 'or$1')
      .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
      .replace(/lled$/, 'led')
      .replace(/lling$/, 'ling')
      .replace(/ence$/, 'ense')
      .replace(/tre$/, 'ter')
      .replace(/ogue$/, 'og');
  }
  return w;
}
