// The fallback for Markdown no parser should be asked to read. micromark is superlinear on some
// inputs (thousands of nested list or quote markers, thousands of unmatched emphasis delimiters,
// deep indentation) and our tree walk recurses per level; CommonMark implementations cap nesting for
// the same reason. A chunk past these limits is read as plain prose: Markdown punctuation masked,
// one block per run of non-blank lines. Every scan here is linear in the chunk.
import type { Block } from '../text/analyze';

/** Container markers (`>`, `-`, `1.`) at the start of one line beyond which a chunk is not parsed. */
export const MAX_LINE_NESTING = 16;
/** Leading columns (indentation plus markers) beyond which a line nests too deep to parse. */
export const MAX_LINE_PREFIX = 100;
/** Inline delimiters (`*`, `_`, `` ` ``, `[`, `<`, `&`) in one chunk beyond which it is not parsed. */
export const MAX_DELIMITERS = 600;
/** A chunk this long without a blank line is not a paragraph anyone wrote by hand. */
export const MAX_CHUNK_CHARS = 200_000;

const DELIMITER = /[*_`[<&]/g;

/** Whether a chunk is past the limits the Markdown parser is safe within. */
/** The container prefix of the line at `start` (indentation, `>`, list markers): its end and marker count. */
function linePrefix(text: string, start: number, end: number): { end: number; markers: number } {
  let i = start;
  let markers = 0;
  let last = start;
  const spaceAt = (k: number) => k >= end || text[k] === ' ' || text[k] === '\t';
  for (;;) {
    while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
    last = i;
    if (i >= end) break;
    const c = text[i];
    if ('>*+-'.includes(c) && (c === '>' || spaceAt(i + 1))) {
      i++;
      markers++;
      continue;
    }
    let d = i;
    while (d < end && d - i < 9 && text[d] >= '0' && text[d] <= '9') d++;
    if (d > i && (text[d] === '.' || text[d] === ')') && spaceAt(d + 1)) {
      i = d + 1;
      markers++;
      continue;
    }
    break;
  }
  return { end: last, markers };
}

export function tooComplexForMarkdown(chunk: string): boolean {
  if (chunk.length > MAX_CHUNK_CHARS) return true;
  let delimiters = 0;
  DELIMITER.lastIndex = 0;
  while (DELIMITER.exec(chunk)) if (++delimiters > MAX_DELIMITERS) return true;
  let lineStart = 0;
  while (lineStart < chunk.length) {
    let lineEnd = chunk.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = chunk.length;
    const prefix = linePrefix(chunk, lineStart, lineEnd);
    if (prefix.end - lineStart > MAX_LINE_PREFIX || prefix.markers > MAX_LINE_NESTING) return true;
    lineStart = lineEnd + 1;
  }
  return false;
}

export interface PlainProse {
  prose: string;
  blocks: Block[];
  frontMatter?: string;
}

/** Plain-prose reading of a chunk: same length and offsets, Markdown punctuation and line prefixes masked. */
export function plainProse(text: string, withFrontMatter: boolean): PlainProse {
  const units = text.split('');
  let from = 0;
  let frontMatter: string | undefined;
  if (withFrontMatter) {
    const fm = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
    if (fm) {
      frontMatter = fm[1];
      for (let i = 0; i < fm[0].length; i++) if (units[i] !== '\n' && units[i] !== '\r') units[i] = ' ';
      from = fm[0].length;
    }
  }
  const blocks: Block[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  let lineStart = from;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let prefixEnd = linePrefix(text, lineStart, lineEnd).end;
    while (prefixEnd < lineEnd && text[prefixEnd] === '#') prefixEnd++;
    for (let i = lineStart; i < prefixEnd; i++) units[i] = ' ';
    const prefix = prefixEnd - lineStart;
    for (let i = prefixEnd; i < lineEnd; i++) if ('*_`<>#[]|\\~'.includes(units[i])) units[i] = ' ';
    const blank = text.slice(lineStart + prefix, lineEnd).trim() === '';
    if (!blank) {
      if (blockStart < 0) blockStart = lineStart + prefix;
      blockEnd = lineEnd;
    } else if (blockStart >= 0) {
      blocks.push({ start: blockStart, end: blockEnd });
      blockStart = -1;
    }
    lineStart = lineEnd + 1;
  }
  if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd });
  return { prose: units.join(''), blocks, frontMatter };
}
