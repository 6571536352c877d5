// A quote's words for comparing its wording with another outlet's. What is style, not wording, is folded
// away: case, accents, apostrophes and quotation marks, British spellings, contractions ("we're" = "we
// are"), number words ("eight" = "8"), house abbreviations ("Sen." = "Senator"), "%" and "&". The
// editor's marks are kept as facts about the tokens: around an ellipsis or an insertion in [brackets]
// or (parentheses) words may be missing, and the inserted words are the editor's, so the other wording
// may lack them. (Outlets use parentheses for insertions as often as brackets: "Hillary (Clinton)".)
import { foldWord } from './fold';
import { ABBREVIATIONS, CLITICS, CONTRACTIONS, NUMBER_WORDS, S_IS } from './lexicon';

export interface QToken {
  /** The folded word. */
  w: string;
  /** Offsets of the written word it comes from ("we're" gives two tokens with the same offsets). */
  start: number;
  end: number;
  /** The editor's word, in (parentheses) or [brackets]: the other wording may lack it. */
  optional: boolean;
  /** Words may be missing just before this token (an ellipsis or a bracketed insertion precedes it). */
  elided: boolean;
  /** Which quotation of a joined sequence ("…,” he said, “…") the word comes from. */
  piece: number;
  /** Written with a capital inside a sentence: a name, which tells what a quote is about more than how it is worded. */
  name: boolean;
}

// One alternative per mark: ellipsis | word | [bracketed insertion] | ( | ) | % or &.
// A word may carry brackets inside it ("[W]e", "Let[’]s"); digits may carry separators ("1,100").
const MARKS =
  /(\.\s*\.\s*\.|…)|((?:\p{L}\.){2,}|(?:\[\p{L}{1,2}\])?[\p{L}\p{N}]+(?:(?:[’'‘\-&]|(?<=\p{N})[.,](?=\p{N})|\[[\p{L}’'‘]{1,2}\])[\p{L}\p{N}]+)*[’']?)|(\[[^\]\n]{0,80}\])|(\()|(\))|([%&])/gu;

/** The folded words of one written word ("don’t" → do, not; "ISIS’" → isis; "twenty" → 20). */
export function foldWritten(raw: string): string[] {
  const w = raw
    .replace(/[[\]]/g, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'");
  let parts: string[];
  let m: RegExpMatchArray | null;
  if ((m = /^(.+)n't$/.exec(w))) parts = [{ ca: 'can', wo: 'will', sha: 'shall', ai: 'is' }[m[1]] ?? m[1], 'not'];
  else if (w === "let's") parts = ['let', 'us'];
  else if ((m = /^(.+)'s$/.exec(w))) parts = S_IS.has(m[1]) ? [m[1], 'is'] : [m[1]];
  else if ((m = /^(.+)'(re|ve|ll|d|m)$/.exec(w))) parts = [m[1], CLITICS[m[2]]];
  else parts = [w];
  const out: string[] = [];
  for (let p of parts) {
    p = foldWord(p.replace(/'/g, '').replace(/[-,]/g, ''));
    const expanded = CONTRACTIONS[p];
    if (expanded) out.push(...expanded);
    else if (p) out.push(NUMBER_WORDS[p] ?? ABBREVIATIONS[p] ?? p);
  }
  return out;
}

/** The tokens of a quotation's inner text; offsets are `base` + the offset in `text`. */
export function quoteTokens(text: string, base = 0, piece = 0): QToken[] {
  const out: QToken[] = [];
  let depth = 0;
  let elided = false;
  const push = (w: string, start: number, end: number, optional: boolean) => {
    const name = /^\[?\p{Lu}/u.test(text.slice(start, end)) && /[\p{L}\p{N},;]\s*$/u.test(text.slice(0, start));
    out.push({ w, start: base + start, end: base + end, optional, elided, piece, name });
    elided = false;
  };
  for (const m of text.matchAll(MARKS)) {
    const at = m.index!;
    if (m[1]) elided = true;
    else if (m[2]) {
      let words = foldWritten(m[2]);
      // "No. 1" is "number 1", not a negation.
      if (words.length === 1 && words[0] === 'no' && /^\.\s*\d/.test(text.slice(at + m[2].length))) words = ['number'];
      for (const w of words) push(w, at, at + m[2].length, depth > 0);
    } else if (m[3]) {
      // [an insertion]: the editor's words replace or explain some of the speaker's.
      elided = true;
      for (const inner of m[3].slice(1, -1).matchAll(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu)) {
        const s = at + 1 + inner.index!;
        for (const w of foldWritten(inner[0])) {
          push(w, s, s + inner[0].length, true);
          elided = true;
        }
      }
      elided = true;
    } else if (m[4]) {
      depth++;
      elided = true;
    } else if (m[5]) {
      depth = Math.max(0, depth - 1);
      elided = true;
    }
    else if (m[6]) push(m[6] === '%' ? 'percent' : 'and', at, at + 1, depth > 0);
  }
  return out;
}
