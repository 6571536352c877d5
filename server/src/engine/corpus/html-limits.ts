// Limits applied to an HTML reference before linkedom and Readability see it. Both recurse per level
// and linkedom does per-node and per-attribute work that turns quadratic on hostile pages: 100,000
// nested elements, 100,000 entities (one text node each), a tag that never closes and swallows the
// rest of the page as attributes. Real articles stay far inside these limits and pass unchanged; past
// them the markup is simplified (extra nesting, entities and broken tags dropped) and the text kept.
// One linear pass, no offsets to preserve: HTML references are read as extracted text anyway.

/** Element nesting beyond which further opening tags are dropped (their text stays). */
export const MAX_HTML_DEPTH = 128;
/** Character references beyond which the rest are decoded here instead of by the parser. */
export const MAX_HTML_ENTITIES = 5000;
/** A single tag longer than this is not markup anyone wrote. */
export const MAX_TAG_CHARS = 10_000;
/** Unterminated tag starts (`<p <p <p`) tolerated before they are all read as text. */
export const MAX_BROKEN_TAGS = 500;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', '!doctype']);
/** Elements a parser closes implicitly when a sibling opens (`<p>a<p>b`): they do not nest. */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'thead', 'tbody', 'tfoot']);
/** Raw-text elements: their content is not markup. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);

const BASIC: Record<string, string> = { amp: ' ', lt: ' ', gt: ' ', quot: '"', apos: "'", nbsp: ' ' };

/** The page with nesting, entities and broken tags bounded (the same string when nothing is past a limit). */
export function boundHtml(html: string): string {
  const out: string[] = [];
  let depth = 0;
  /** Opening tags dropped past the depth limit, by name: their closing tags are dropped too. */
  const dropped = new Map<string, number>();
  let entities = 0;
  const broken = countBrokenTags(html);
  let changed = false;
  let i = 0;
  let textStart = 0;
  // The next '>' at or after a position, found once and reused while it lies ahead (a page with no
  // '>' at all must not be searched to its end once per '<').
  let gtAt = -2;
  const nextGt = (from: number) => {
    if (gtAt === -2 || (gtAt >= 0 && gtAt < from)) gtAt = html.indexOf('>', from);
    return gtAt;
  };
  const flushText = (end: number) => {
    if (end <= textStart) return;
    const text = html.slice(textStart, end);
    if (entities > MAX_HTML_ENTITIES || text.indexOf('&') < 0) {
      out.push(entities > MAX_HTML_ENTITIES ? decodeBasic(text) : text);
      if (entities > MAX_HTML_ENTITIES && text.includes('&')) changed = true;
      return;
    }
    for (let k = text.indexOf('&'); k >= 0; k = text.indexOf('&', k + 1)) entities++;
    out.push(entities > MAX_HTML_ENTITIES ? decodeBasic(text) : text);
    if (entities > MAX_HTML_ENTITIES) changed = true;
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html[lt + 1];
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (!next || !/[a-zA-Z/!]/.test(next)) {
      i = lt + 1;
      continue;
    }
    const gt = nextGt(lt);
    const nextLt = html.indexOf('<', lt + 1);
    if (gt < 0 || (nextLt >= 0 && nextLt < gt)) {
      // A tag start that never closes before the next one: past the limit, read it as text.
      if (broken > MAX_BROKEN_TAGS) {
        flushText(lt);
        out.push(' ');
        textStart = lt + 1;
        changed = true;
      }
      i = lt + 1;
      continue;
    }
    const tag = html.slice(lt, gt + 1);
    const m = /^<(\/?)([a-zA-Z!][\w:!-]*)/.exec(tag);
    const name = m?.[2].toLowerCase() ?? '';
    const closing = m?.[1] === '/';
    let keep = true;
    if (tag.length > MAX_TAG_CHARS) keep = false;
    else if (closing) {
      const d = dropped.get(name) ?? 0;
      if (d > 0) {
        dropped.set(name, d - 1);
        keep = false;
      } else if (!VOID.has(name) && !SELF_CLOSING_SIBLINGS.has(name)) depth = Math.max(0, depth - 1);
    } else if (!VOID.has(name) && !SELF_CLOSING_SIBLINGS.has(name) && !tag.endsWith('/>')) {
      if (depth >= MAX_HTML_DEPTH) {
        dropped.set(name, (dropped.get(name) ?? 0) + 1);
        keep = false;
      } else depth++;
    }
    flushText(lt);
    if (keep) out.push(tag);
    else {
      // One space for a run of dropped tags: Readability reads textContent per level, so the text
      // left between levels must not grow with the number of tags dropped.
      if (out[out.length - 1] !== ' ') out.push(' ');
      changed = true;
    }
    i = gt + 1;
    textStart = i;
    if (!closing && RAW.has(name)) {
      const close = new RegExp(`</${name}`, 'ig');
      close.lastIndex = i;
      const end = close.exec(html)?.index ?? -1;
      i = end < 0 ? html.length : end;
      out.push(html.slice(textStart, i));
      textStart = i;
    }
  }
  flushText(html.length);
  return changed ? out.join('') : html;
}

function countBrokenTags(html: string): number {
  let n = 0;
  let nextLt = html.indexOf('<');
  let nextGt = html.indexOf('>');
  while (nextLt >= 0) {
    const following = html.indexOf('<', nextLt + 1);
    while (nextGt >= 0 && nextGt < nextLt) nextGt = html.indexOf('>', nextGt + 1);
    if (/[a-zA-Z]/.test(html[nextLt + 1] ?? '') && (nextGt < 0 || (following >= 0 && following < nextGt))) n++;
    nextLt = following;
  }
  return n;
}

function decodeBasic(text: string): string {
  // Decoded '<' and '&' become spaces: decoding must not make new markup or new references.
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff && code !== 60 && code !== 38 ? String.fromCodePoint(code) : ' ';
    }
    return BASIC[e.toLowerCase()] ?? ' ';
  }).replace(/&/g, ' ');
}
