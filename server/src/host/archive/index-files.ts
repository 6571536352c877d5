// Indexing folders of articles into an archive: the same files and metadata rules as references
// (.txt/.md/.html, references.json sidecars), incremental by hash, committed in batches so a crash
// loses at most the batch in flight and the next run resumes where it stopped.
import { createHash } from 'node:crypto';
import { readReference, type ReferenceMeta } from '../../engine/corpus/reference';
import { parseSidecar, SIDECAR_FILE } from '../../engine/corpus/sidecar';
import { basename, dirname, join, resolve } from '../../engine/path';
import { looksBinary, resolveReferenceFiles, type EngineHost } from '../../engine/project';
import type { Archive, ArticleRecord } from './archive';
import { articleNames } from './features';

/** Articles per transaction: big enough to be fast, small enough that a crash loses little. */
export const BATCH = 200;

export interface IndexResult {
  files: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Articles indexed before from under these inputs whose files are gone: taken out of the archive. */
  removed: number;
  /** Files that could not be read or are not text, with the reason. */
  skipped: string[];
}

export function articleHash(raw: string, sidecar: Partial<ReferenceMeta>): string {
  return createHash('sha256').update(raw).update('\u0000').update(JSON.stringify(sidecar)).digest('hex');
}

/** Sidecar entries with only the keys that are set, so the stored JSON (and the hash) is stable. */
function compact(entry: Partial<ReferenceMeta> | undefined): Partial<ReferenceMeta> {
  const out: Partial<ReferenceMeta> = {};
  for (const key of ['outlet', 'published', 'url', 'title'] as const) if (entry?.[key]) out[key] = entry[key];
  return out;
}

/** What the archive stores for one file (text for search, names for ranking, metadata for the window). */
export function articleRecord(path: string, raw: string, sidecar: Partial<ReferenceMeta>): ArticleRecord {
  const source = readReference(path, raw, sidecar);
  const text = source.prose.replace(/\s+/g, ' ').trim();
  return {
    path,
    hash: articleHash(raw, sidecar),
    outlet: source.meta.outlet,
    published: source.meta.published,
    title: source.meta.title,
    raw,
    sidecar,
    text,
    names: articleNames(text),
  };
}

/** Index the articles under `inputs` (files, folders, globs). Throws ConfigError when an input matches nothing. */
export interface IndexOptions {
  onProgress?: (done: number, total: number) => void;
  /** Articles per transaction (default BATCH). */
  batch?: number;
}

export async function indexFiles(host: EngineHost, archive: Archive, inputs: string[], base: string, options: IndexOptions = {}): Promise<IndexResult> {
  const { onProgress, batch: batchSize = BATCH } = options;
  const files = await resolveReferenceFiles(host, inputs, base);
  const known = await archive.hashes();
  const result: IndexResult = { files: files.length, added: 0, updated: 0, unchanged: 0, removed: 0, skipped: [] };
  const sidecars = new Map<string, Map<string, Partial<ReferenceMeta>>>();
  let batch: ArticleRecord[] = [];
  const flush = async () => {
    if (batch.length) await archive.put(batch);
    batch = [];
  };
  for (const [i, file] of files.entries()) {
    const dir = dirname(file);
    if (!sidecars.has(dir)) sidecars.set(dir, await readSidecar(host, dir, result.skipped));
    const record = await readArticle(host, file, sidecars.get(dir)?.get(basename(file)), known.get(file), result);
    if (record) batch.push(record);
    // Outside the file's try: a failing store stops the run, it is not an unreadable file.
    if (batch.length >= batchSize) await flush();
    onProgress?.(i + 1, files.length);
  }
  await flush();
  // Files deleted since the last run under the folders indexed now: their articles would otherwise be
  // retrieved (and quoted as evidence) for ever. Articles indexed from other folders are left alone.
  const listed = new Set(files);
  const roots = inputs.map((input) => inputRoot(resolve(base, input)));
  const gone: string[] = [];
  for (const path of known.keys()) {
    if (listed.has(path) || !roots.some((root) => path === root || path.startsWith(`${root}/`))) continue;
    if ((await host.stat(path)) === undefined) gone.push(path);
  }
  if (gone.length) await archive.remove(gone);
  result.removed = gone.length;
  return result;
}

/** Where an input's files live: the input itself (a file or folder), or the folder before a glob's first wildcard. */
function inputRoot(abs: string): string {
  const parts = abs.split('/');
  const wild = parts.findIndex((p) => /[*?[\]{}]/.test(p));
  return wild < 0 ? abs : parts.slice(0, wild).join('/') || '/';
}

/** The record to store for a new or changed file; undefined when it is unchanged or unreadable (counted in `result`). */
async function readArticle(host: EngineHost, file: string, entry: Partial<ReferenceMeta> | undefined, previous: string | undefined, result: IndexResult): Promise<ArticleRecord | undefined> {
  let raw: string;
  try {
    raw = await host.readFile(file);
  } catch (e) {
    result.skipped.push(`${file}: cannot read (${(e as Error).message})`);
    return undefined;
  }
  if (looksBinary(raw)) {
    result.skipped.push(`${file}: not a text file`);
    return undefined;
  }
  const sidecar = compact(entry);
  if (previous === articleHash(raw, sidecar)) {
    result.unchanged++;
    return undefined;
  }
  let record: ArticleRecord;
  try {
    record = articleRecord(file, raw, sidecar);
  } catch (e) {
    result.skipped.push(`${file}: cannot be read as an article (${(e as Error).message})`);
    return undefined;
  }
  if (previous) result.updated++;
  else result.added++;
  return record;
}

async function readSidecar(host: EngineHost, dir: string, problems: string[]): Promise<Map<string, Partial<ReferenceMeta>>> {
  const path = join(dir, SIDECAR_FILE);
  if ((await host.stat(path)) !== 'file') return new Map();
  try {
    return parseSidecar(await host.readFile(path));
  } catch (e) {
    problems.push(`${path}: ${(e as Error).message}; publication dates from it are not used`);
    return new Map();
  }
}
