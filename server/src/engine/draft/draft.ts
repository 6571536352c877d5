// The draft model: a Markdown story as prose paragraphs and sentences with source offsets,
// its publication date and its suppression directives.
import { parse as parseYaml } from 'yaml';
import { analyze } from '../text/analyze';
import type { AnalyzedText } from '../text/analyzed-text';
import { markdownProse, type HtmlComment } from './markdown';
import { parseDirectives, type Directive } from './directives';
import { isoDate } from './iso-date';

export interface Draft extends AnalyzedText {
  /** The text with non-prose masked by spaces; same length and offsets as `text`. */
  prose: string;
  /** YYYY-MM-DD: front matter `published`, else the host's today. */
  published: string;
  publishedFrom: 'front-matter' | 'today';
  title?: string;
  comments: HtmlComment[];
  directives: Directive[];
  /**
   * Archive articles this draft always or never uses (front matter `archive: { pin: [...], exclude: [...] }`),
   * as written: paths relative to the draft's folder.
   */
  archive: { pin: string[]; exclude: string[] };
}

export interface DraftOptions {
  /** Today, YYYY-MM-DD, from the host's clock; used when the draft has no `published`. */
  today: string;
  /** Override (CLI --published). */
  published?: string;
}

export function readFrontMatter(yaml: string | undefined): Record<string, unknown> {
  if (!yaml) return {};
  try {
    const value = parseYaml(yaml);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    // Broken front matter must not stop the check: the draft is still prose.
    return {};
  }
}

/** The last front matter read: a keystroke in the body leaves it as it was, and YAML parsing is not cheap. */
let lastFrontMatter: { yaml: string | undefined; meta: Record<string, unknown> } | undefined;

function frontMatterOf(yaml: string | undefined): Record<string, unknown> {
  if (!lastFrontMatter || lastFrontMatter.yaml !== yaml) lastFrontMatter = { yaml, meta: readFrontMatter(yaml) };
  return lastFrontMatter.meta;
}

export function buildDraft(text: string, options: DraftOptions): Draft {
  const md = markdownProse(text);
  // Read only here (title, dates, archive choice are copied out), so the parsed object can be shared.
  const meta = frontMatterOf(md.frontMatter);
  const fmDate = isoDate(meta.published ?? meta.date);
  const published = options.published ?? fmDate ?? options.today;
  const analyzed = analyze(text, md.prose, md.blocks);
  return {
    ...analyzed,
    prose: md.prose,
    published,
    publishedFrom: options.published || fmDate ? 'front-matter' : 'today',
    title: typeof meta.title === 'string' ? meta.title : undefined,
    comments: md.comments,
    directives: parseDirectives(text, md.comments),
    archive: archiveChoice(meta.archive),
  };
}

function archiveChoice(value: unknown): { pin: string[]; exclude: string[] } {
  const list = (x: unknown) => (Array.isArray(x) ? x : x === undefined ? [] : [x]).filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  const v = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return { pin: list(v.pin), exclude: list(v.exclude) };
}
