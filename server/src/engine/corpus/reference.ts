// One reference article, parsed once: its text (cleaned of page clutter), metadata and sentences.
import { analyze, lineBlocks, type Block } from '../text/analyze';
import type { AnalyzedText } from '../text/analyzed-text';
import { markdownProse } from '../draft/markdown';
import { readFrontMatter } from '../draft/draft';
import { isoDate } from '../draft/iso-date';
import { maskClutter } from './clean-text';
import { extractHtmlArticle } from './html';
import { findDateline } from './dateline';

export interface ReferenceMeta {
  outlet?: string;
  /** YYYY-MM-DD */
  published?: string;
  url?: string;
  title?: string;
  /** Where `published` came from; 'none' means relative dates in this reference cannot be resolved. */
  publishedFrom: 'sidecar' | 'front-matter' | 'html-meta' | 'dateline' | 'none';
}

export type ReferenceKind = 'txt' | 'md' | 'html';

export interface Reference extends AnalyzedText {
  /** The id the host loaded it under (path or URI). */
  id: string;
  kind: ReferenceKind;
  meta: ReferenceMeta;
  /** The analysed text with clutter masked by spaces. For txt/md it has the raw file's offsets;
   *  for HTML it is the extracted article text (see `offsetsAreRaw`). */
  prose: string;
  /** True when offsets into `text` are offsets into the raw file (txt, md). */
  offsetsAreRaw: boolean;
  /** The raw file content (kept to locate HTML excerpts in the file). */
  raw: string;
}

export function referenceKind(path: string): ReferenceKind | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === 'txt' || ext === 'text') return 'txt';
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'html' || ext === 'htm') return 'html';
  return undefined;
}

/** A reference file's article text and metadata, before the (costly) language analysis. */
export interface ReferenceSource {
  kind: ReferenceKind;
  text: string;
  prose: string;
  blocks: Block[];
  meta: ReferenceMeta;
  offsetsAreRaw: boolean;
}

/**
 * Read one reference file's text and metadata. `sidecar` is its entry from a references.json next to
 * it, if any; sidecar metadata wins over what the file itself says. Cheap enough to run on every
 * article of an archive at index time.
 */
export function readReference(id: string, raw: string, sidecar: Partial<ReferenceMeta> = {}): ReferenceSource {
  const kind = referenceKind(id) ?? 'txt';
  let text = raw;
  let prose: string;
  let blocks: Block[];
  let own: Partial<ReferenceMeta> = {};
  let offsetsAreRaw = true;
  if (kind === 'html') {
    const article = extractHtmlArticle(raw);
    text = article.text;
    prose = text;
    blocks = lineBlocks(text);
    own = article.meta;
    offsetsAreRaw = false;
  } else if (kind === 'md') {
    const md = markdownProse(raw);
    const fm = readFrontMatter(md.frontMatter);
    own = {
      outlet: typeof fm.outlet === 'string' ? fm.outlet : undefined,
      published: isoDate(fm.published ?? fm.date),
      url: typeof fm.url === 'string' ? fm.url : undefined,
      title: typeof fm.title === 'string' ? fm.title : undefined,
    };
    prose = md.prose;
    blocks = md.blocks;
  } else {
    prose = maskClutter(raw);
    blocks = lineBlocks(prose);
  }
  const meta: ReferenceMeta = { publishedFrom: 'none' };
  for (const source of [own, sidecar]) {
    for (const key of ['outlet', 'published', 'url', 'title'] as const) if (source[key]) meta[key] = source[key];
  }
  if (sidecar.published) meta.publishedFrom = 'sidecar';
  else if (own.published) meta.publishedFrom = kind === 'html' ? 'html-meta' : 'front-matter';
  else {
    // Bylines and date lines are clutter to the analysis but carry the date: look in the unmasked text.
    const dateline = findDateline(kind === 'txt' ? raw : prose);
    if (dateline) {
      meta.published = dateline;
      meta.publishedFrom = 'dateline';
    }
  }
  return { kind, text, prose, blocks, meta, offsetsAreRaw };
}

/** Parse one reference file: its text and metadata (see readReference), analysed into sentences and facts. */
export function parseReference(id: string, raw: string, sidecar: Partial<ReferenceMeta> = {}): Reference {
  const { kind, text, prose, blocks, meta, offsetsAreRaw } = readReference(id, raw, sidecar);
  const analyzed = analyze(text, prose, blocks);
  return { ...analyzed, id, kind, meta, prose, offsetsAreRaw, raw };
}

/** How a reference is named in messages: its outlet, else its file name. */
export function referenceName(ref: Reference): string {
  return ref.meta.outlet ?? ref.id.split(/[\\/]/).pop() ?? ref.id;
}

/** "Financial Times, 2024-10-08": the name with the publication date when known. */
export function referenceLabel(ref: Reference): string {
  return ref.meta.published ? `${referenceName(ref)}, ${ref.meta.published}` : referenceName(ref);
}
