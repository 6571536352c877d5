// Article text and metadata from an HTML page.
// linkedom parses (it never runs scripts or fetches anything), Readability picks the article, and its
// content is turned into one paragraph per line. Metadata comes from <meta> tags, JSON-LD, <time>,
// <link rel=canonical> and <title>. Broken HTML never throws: the last resort is stripping tags.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { isoDate } from '../draft/iso-date';
import { classifyLines } from './clean-text';
import { boundHtml } from './html-limits';
import type { ReferenceMeta } from './reference';

// The DOM as far as this file uses it (the engine is compiled without the DOM library).
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
  remove(): void;
}
interface DomDocument extends DomElement {
  title: string;
  body: DomElement | null;
  documentElement: DomElement | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose content is never article text. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'button', 'select',
  'option', 'textarea', 'input', 'form', 'figure', 'figcaption', 'picture', 'img', 'video', 'audio', 'head',
]);
/** Elements that sit outside the article in the fallback walk (Readability handles them itself). */
const CHROME = new Set(['nav', 'header', 'footer', 'aside', 'menu', 'dialog']);
/** Elements that end a line. */
const BLOCK = new Set([
  'address', 'article', 'blockquote', 'body', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'footer', 'h1',
  'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption', 'html', 'center',
]);
const CELL = new Set(['td', 'th']);

function parse(html: string): DomDocument {
  return (parseHTML(html) as unknown as { document: DomDocument }).document;
}

/** Text of a subtree with one block element per line. */
function blockText(root: DomNode, skipChrome: boolean): string {
  const out: string[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      out.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIP.has(tag) || (skipChrome && CHROME.has(tag))) return;
    const el = node as DomElement;
    if (typeof el.getAttribute === 'function' && (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true')) return;
    if (tag === 'br') {
      out.push('\n');
      return;
    }
    const block = BLOCK.has(tag);
    if (block) out.push('\n');
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]);
    if (block) out.push('\n');
    else if (CELL.has(tag)) out.push(' ');
  };
  walk(root);
  return tidyLines(out.join(''));
}

function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[\s\u00a0\u200b]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Drop whole lines of page clutter (the text is ours, so no need to keep offsets). */
function dropClutter(text: string): string {
  const kept = classifyLines(text).filter((v) => !v.masked && v.text.trim());
  return kept.map((v) => v.text).join('\n');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

/** Last resort for markup no parser made sense of. */
export function stripTags(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|head|svg|nav|footer|aside)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|header|tr|table|pre|hr|dd|dt)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>?/g, ' ');
  return tidyLines(decodeEntities(text));
}

function attr(el: DomElement | null | undefined, name: string): string | undefined {
  const v = el?.getAttribute(name)?.trim();
  return v ? v : undefined;
}

/** Values found in JSON-LD blocks: the first article-like object wins. */
function jsonLd(doc: DomDocument): { published?: string; outlet?: string; url?: string; title?: string } {
  const found: { published?: string; outlet?: string; url?: string; title?: string } = {};
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const visit = (value: unknown, depth: number) => {
    if (!value || typeof value !== 'object' || depth > 6) return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    const o = value as Record<string, unknown>;
    if (typeof o.datePublished === 'string') found.published ??= o.datePublished;
    const publisher = o.publisher as Record<string, unknown> | undefined;
    if (publisher && typeof publisher === 'object' && typeof publisher.name === 'string') found.outlet ??= publisher.name;
    if (typeof o.headline === 'string') found.title ??= o.headline;
    if (typeof o.url === 'string' && typeof o.headline === 'string') found.url ??= o.url;
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i].textContent ?? ''), 0);
    } catch {
      // A broken JSON-LD block is ignored.
    }
  }
  return found;
}

/** Metadata from the page head (and a few places in the body). */
export function readMeta(doc: DomDocument): Partial<ReferenceMeta> {
  const metas = new Map<string, string>();
  const tags = doc.querySelectorAll('meta');
  for (let i = 0; i < tags.length; i++) {
    const m = tags[i];
    const key = (attr(m, 'property') ?? attr(m, 'name') ?? attr(m, 'itemprop'))?.toLowerCase();
    const content = attr(m, 'content');
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  const first = (...keys: string[]) => keys.map((k) => metas.get(k)).find(Boolean);
  const ld = jsonLd(doc);
  const time =
    attr(doc.querySelector('time[itemprop="datePublished"]'), 'datetime') ??
    attr(doc.querySelector('time[pubdate]'), 'datetime') ??
    attr(doc.querySelector('article time[datetime]'), 'datetime') ??
    attr(doc.querySelector('time[datetime]'), 'datetime');
  const published = [
    first('article:published_time', 'og:published_time', 'og:article:published_time', 'published_time'),
    ld.published,
    first('datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'publication_date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published'),
    time,
  ]
    .map((v) => isoDate(v))
    .find(Boolean);
  const titleEl = doc.querySelector('title');
  return {
    outlet: first('og:site_name', 'application-name') ?? ld.outlet,
    published,
    url: first('og:url') ?? attr(doc.querySelector('link[rel="canonical"]'), 'href') ?? ld.url,
    title: first('og:title') ?? (titleEl?.textContent?.replace(/\s+/g, ' ').trim() || undefined) ?? ld.title,
  };
}

function withoutEmpty(meta: Partial<ReferenceMeta>): Partial<ReferenceMeta> {
  const out: Partial<ReferenceMeta> = {};
  for (const key of ['outlet', 'published', 'url', 'title'] as const) if (meta[key]) out[key] = meta[key];
  return out;
}

/** The article of an HTML page as one paragraph per line, with the page's metadata. Never throws. */
export function extractHtmlArticle(page: string): { text: string; meta: Partial<ReferenceMeta> } {
  const html = boundHtml(page);
  let doc: DomDocument;
  try {
    doc = parse(html);
  } catch {
    return { text: dropClutter(stripTags(html)), meta: {} };
  }
  let meta: Partial<ReferenceMeta> = {};
  try {
    meta = withoutEmpty(readMeta(doc));
  } catch {
    meta = {};
  }
  let text = '';
  let headline: string | undefined;
  try {
    // Readability changes the document it reads: give it its own copy.
    const copy = parse(html);
    const article = new Readability<string>(copy as never, {
      serializer: (node) => blockText(node as unknown as DomNode, false),
    }).parse();
    text = article?.content ?? '';
    headline = article?.title?.trim() || undefined;
    if (!meta.outlet && article?.siteName) meta.outlet = article.siteName;
    if (!meta.published && article?.publishedTime) {
      const published = isoDate(article.publishedTime);
      if (published) meta.published = published;
    }
  } catch {
    text = '';
  }
  try {
    if (!text.trim()) text = doc.body ? blockText(doc.body, true) : '';
  } catch {
    text = '';
  }
  if (!text.trim()) text = stripTags(html);
  // Readability drops the headline from the body; put it back on top as scraped text has it.
  const title = headline ?? meta.title;
  if (title && !text.split('\n').some((l) => l === title)) text = `${title}\n${text}`;
  return { text: dropClutter(text), meta };
}
