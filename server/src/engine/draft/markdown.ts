// Markdown → prose. We keep the document's offsets intact by masking: every character that is not
// prose (code, front matter, HTML, link targets, Markdown punctuation) becomes a space in a copy of
// the text, newlines stay. Offsets in the masked copy are offsets in the source, so no mapping is needed.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import type { Block } from '../text/analyze';
import { plainProse, tooComplexForMarkdown } from './plain-prose';
import { MB, Memo } from '../memo';

export interface HtmlComment {
  start: number;
  end: number;
  body: string;
}

export interface MarkdownProse {
  prose: string;
  blocks: Block[];
  /** Raw YAML between the front-matter fences, if any. */
  frontMatter?: string;
  /** HTML comments (for copydesk-disable directives). */
  comments: HtmlComment[];
}

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const INLINE_CONTAINERS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

export function parseChunk(text: string, withFrontMatter: boolean): MarkdownProse {
  if (tooComplexForMarkdown(text)) return { ...plainProse(text, withFrontMatter), comments: [] };
  // One entry per UTF-16 unit; newlines stay so line structure (and wink's sentence splitting) is preserved.
  const units: string[] = new Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text[i] === '\n' || text[i] === '\r' ? text[i] : ' ';
  const blocks: Block[] = [];
  const comments: HtmlComment[] = [];
  let frontMatter: string | undefined;

  let tree: MdNode;
  try {
    tree = (withFrontMatter
      ? fromMarkdown(text, { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] })
      : fromMarkdown(text)) as MdNode;
  } catch {
    // micromark does not throw on any input we know of; if it ever does, treat the file as one plain paragraph.
    return { prose: text, blocks: [{ start: 0, end: text.length }], comments };
  }

  const span = (n: MdNode): [number, number] | null => {
    const s = n.position?.start.offset;
    const e = n.position?.end.offset;
    return s === undefined || e === undefined ? null : [s, e];
  };
  const keep = (s: number, e: number) => {
    for (let i = s; i < e; i++) units[i] = text[i];
  };

  const collectComments = (n: MdNode) => {
    const sp = span(n);
    if (!sp) return;
    const re = /<!--([\s\S]*?)-->/g;
    const raw = text.slice(sp[0], sp[1]);
    let m: RegExpExecArray | null;
    while ((m = re.exec(raw))) comments.push({ start: sp[0] + m.index, end: sp[0] + m.index + m[0].length, body: m[1].trim() });
  };

  const inline = (n: MdNode) => {
    if (n.type === 'text') {
      const sp = span(n);
      if (sp) keep(sp[0], sp[1]);
    } else if (INLINE_CONTAINERS.has(n.type)) {
      n.children?.forEach(inline);
    } else if (n.type === 'html') {
      collectComments(n);
    }
    // inlineCode, image, footnote references, breaks: not prose.
  };

  const block = (n: MdNode) => {
    switch (n.type) {
      case 'yaml':
        frontMatter = n.value;
        return;
      case 'html':
        collectComments(n);
        return;
      case 'paragraph':
      case 'heading': {
        const sp = span(n);
        if (!sp) return;
        n.children?.forEach(inline);
        blocks.push({ start: sp[0], end: sp[1], heading: n.type === 'heading' });
        return;
      }
      case 'code':
      case 'thematicBreak':
      case 'definition':
        return;
      default:
        n.children?.forEach(block);
    }
  };
  block(tree);
  return { prose: units.join(''), blocks, frontMatter, comments };
}

/**
 * Where the document can be cut into independently parsed chunks: at blank lines outside fenced code,
 * HTML comments and front matter, when the next line is not indented (an indented line after a blank
 * line may continue a list item). Parsing per chunk lets a keystroke re-parse one chunk, not the file.
 */
export function chunkBoundaries(text: string): number[] {
  const cuts: number[] = [];
  let fence: string | null = null;
  let inComment = false;
  let inFrontMatter = text.startsWith('---\n') || text.startsWith('---\r\n');
  let lineStart = 0;
  let first = true;
  let previousBlank = false;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const blank = line.trim() === '';
    if (inFrontMatter) {
      if (!first && /^(---|\.\.\.)\s*$/.test(line)) inFrontMatter = false;
    } else if (fence) {
      if (line.trimStart().startsWith(fence)) fence = null;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else {
      if (previousBlank && !blank && !/^[ \t]/.test(line) && lineStart > 0) cuts.push(lineStart);
      const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (f) fence = f[1];
      else if (line.includes('<!--') && !line.slice(line.lastIndexOf('<!--')).includes('-->')) inComment = true;
    }
    previousBlank = blank;
    first = false;
    lineStart = lineEnd + 1;
  }
  return cuts;
}

const chunkMemo = new Memo<MarkdownProse>(2 * MB, 8);

/** Markdown → prose mask, parsed chunk by chunk with each chunk's result memoised by its text. */
export function markdownProse(text: string): MarkdownProse {
  const cuts = [0, ...chunkBoundaries(text), text.length];
  let prose = '';
  const blocks: Block[] = [];
  const comments: HtmlComment[] = [];
  let frontMatter: string | undefined;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i];
    const chunk = text.slice(start, cuts[i + 1]);
    const key = (i === 0 ? 'F' : 'C') + chunk;
    let parsed = chunkMemo.get(key);
    if (!parsed) {
      parsed = parseChunk(chunk, i === 0);
      chunkMemo.set(key, parsed);
    }
    prose += parsed.prose;
    for (const b of parsed.blocks) blocks.push({ ...b, start: b.start + start, end: b.end + start });
    for (const c of parsed.comments) comments.push({ ...c, start: c.start + start, end: c.end + start });
    if (i === 0) frontMatter = parsed.frontMatter;
  }
  return { prose, blocks, frontMatter, comments };
}
