// Where a Markdown draft names its sources: the reporting verbs and "according to" that attribute a
// statement (general English; words as often nouns, like "states" or "claims", are left out). Prose
// only: code, comments, front matter and link targets are not the writer's sentences. Pure (no vscode),
// so the highlighter and the tests share it.

const CUE = /(?<![\p{L}\p{N}'’-])(according\s+to|(?:said|says|saying|told|tells|telling|stated|added|adds|noted|explained|explains|announced|announces|confirmed|confirms|claimed|insisted|insists|argued|argues|warned|warns|wrote|acknowledged|acknowledges|denied|denies|replied|recalled))(?![\p{L}\p{N}'’-])/giu;

/**
 * Spans that are not prose: front matter, fenced code, inline code, HTML comments, link targets. An
 * unclosed fence or comment runs to the end (as Markdown reads it), so a hostile draft full of openers
 * is scanned once, not once per opener; a link target is looked for within 300 characters.
 */
const NOT_PROSE = [
  /^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/g,
  /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))/gm,
  /<!--[\s\S]*?(?:-->|(?![\s\S]))/g,
  /(`+)[^`]+?\1/g,
  /\]\([^)\n]{0,300}\)/g,
  /<https?:[^>\s]*>/g,
];

export function cueRanges(text: string): [number, number][] {
  const skip: [number, number][] = [];
  for (const re of NOT_PROSE) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      // Front matter only at the very start of the file.
      if (re === NOT_PROSE[0] && m.index !== 0) continue;
      skip.push([m.index, m.index + m[0].length]);
    }
  }
  // Cues and skipped spans both come in text order: one walk over each.
  skip.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  let k = 0;
  let reach = -1;
  for (const m of text.matchAll(CUE)) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < skip.length && skip[k][0] < end) reach = Math.max(reach, skip[k++][1]);
    if (reach <= start) out.push([start, end]);
  }
  return out;
}
