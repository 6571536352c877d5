// Finding copydesk.json, resolving its reference globs and loading the corpus, through the host's
// file access (the engine itself never touches the file system).
import { CONFIG_FILE, ConfigError, emptyConfig, parseConfig, type CopydeskConfig } from './config';
import { Corpus } from './corpus/corpus';
import { referenceKind, type ReferenceMeta } from './corpus/reference';
import { parseSidecar, SIDECAR_FILE } from './corpus/sidecar';
import { basename, dirname, join, resolve } from './path';
import type { Logger } from './types';

export interface EngineHost {
  readFile(path: string): Promise<string>;
  /** Absolute paths of the files matching the globs (relative to base); directories are not returned. */
  glob(patterns: string[], base: string): Promise<string[]>;
  /** 'file', 'dir' or undefined when nothing is there. */
  stat(path: string): Promise<'file' | 'dir' | undefined>;
  /** The real path (symlinks resolved); hosts without links (memory, tests) may leave it out. */
  realpath?(path: string): Promise<string>;
  /** Why a folder cannot be listed ("permission denied"), or undefined when it can. */
  unreadable?(dir: string): Promise<string | undefined>;
  /** Today's date, YYYY-MM-DD, for drafts with no `published`. */
  today(): string;
  logger: Logger;
}

export interface Project {
  configPath?: string;
  /** Directory globs and relative paths are resolved against. */
  root: string;
  config: CopydeskConfig;
  referenceFiles: string[];
  /** Non-fatal problems (an unreadable reference, a broken sidecar): reported, never lose the rest. */
  warnings: string[];
}

/** Walk up from `startDir` to the first copydesk.json. */
export async function findConfig(host: EngineHost, startDir: string): Promise<string | undefined> {
  let dir = startDir;
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if ((await host.stat(candidate)) === 'file') return candidate;
    const parent = dirname(dir);
    if (parent === dir || parent === '.') return undefined;
    dir = parent;
  }
}

export async function readConfig(host: EngineHost, configPath: string): Promise<CopydeskConfig> {
  let text: string;
  try {
    text = await host.readFile(configPath);
  } catch (e) {
    throw new ConfigError(`cannot read ${configPath}: ${(e as Error).message}`);
  }
  try {
    return parseConfig(text);
  } catch (e) {
    if (e instanceof ConfigError) throw new ConfigError(`${configPath}: ${e.message}`, e.offset, e.length);
    throw e;
  }
}

/**
 * Resolve reference inputs to files. Each input is a file, a directory (its .txt/.md/.html files,
 * recursively) or a glob. An input that matches nothing is an error: a typo must not silently
 * check against an empty corpus.
 */
export async function resolveReferenceFiles(host: EngineHost, inputs: string[], base: string, confineTo?: string): Promise<string[]> {
  const files = new Set<string>();
  /** Real paths already taken: a file reached twice (a symlink, two globs) is read once. */
  const real = new Set<string>();
  const realRoot = confineTo === undefined ? undefined : await realpathOf(host, confineTo);
  for (const input of inputs) {
    const abs = resolve(base, input);
    const glob = /[*?[\]{}]/.test(input);
    // Refuse before looking: a glob like "/**/*.txt" must not walk the file system first.
    if (confineTo !== undefined && !isInside(staticPrefix(abs), confineTo)) throw outsideError(input, abs, confineTo);
    const kind = glob ? undefined : await host.stat(abs);
    let matched: string[];
    if (kind === 'file') matched = [abs];
    else if (kind === 'dir') matched = await host.glob(['**/*.{txt,md,markdown,html,htm}'], abs);
    else matched = await host.glob([input], base);
    matched = matched.filter((f) => referenceKind(f) && basename(f) !== SIDECAR_FILE);
    if (!matched.length) {
      const unreadable = kind === 'dir' ? await host.unreadable?.(abs) : undefined;
      if (unreadable) throw new ConfigError(`cannot read folder ${abs}: ${unreadable}`);
      throw new ConfigError(`reference path "${input}" matches no .txt, .md or .html file (looked in ${base})`);
    }
    for (const f of matched.sort()) {
      const r = await realpathOf(host, f);
      if (realRoot !== undefined && !isInside(r, realRoot)) throw outsideError(input, r, confineTo!);
      if (real.has(r)) continue;
      real.add(r);
      files.add(f);
    }
  }
  return [...files];
}

async function realpathOf(host: EngineHost, path: string): Promise<string> {
  if (!host.realpath) return path;
  try {
    return await host.realpath(path);
  } catch {
    return path;
  }
}

/** The part of an absolute path or glob before its first glob character (the folder a walk starts in). */
function staticPrefix(abs: string): string {
  const segs = abs.split('/');
  const i = segs.findIndex((s) => /[*?[\]{}]/.test(s));
  return i < 0 ? abs : segs.slice(0, i).join('/') || '/';
}

function isInside(path: string, folder: string): boolean {
  // Windows drive letters come in either case from different APIs.
  const drive = (p: string) => p.replace(/^([A-Za-z]):/, (_, d: string) => `${d.toLowerCase()}:`);
  const p = drive(path);
  const d = drive(folder);
  return p === d || p.startsWith(d.endsWith('/') ? d : `${d}/`);
}

function outsideError(input: string, path: string, folder: string): ConfigError {
  return new ConfigError(
    `reference path "${input}" leads outside the project folder ${folder} (to ${path}): copydesk.json may only name files inside its folder; ` +
      'to allow it, pass --allow-outside-refs or set copydesk.allowOutsideReferences in your user settings',
  );
}

/** Load (or reload) the given reference files into the corpus, reading each folder's sidecar once. */
export async function loadReferences(host: EngineHost, corpus: Corpus, files: string[]): Promise<string[]> {
  const warnings: string[] = [];
  const sidecars = new Map<string, Map<string, Partial<ReferenceMeta>>>();
  for (const file of files) {
    const dir = dirname(file);
    if (!sidecars.has(dir)) sidecars.set(dir, await readSidecar(host, dir, warnings));
    try {
      const raw = await host.readFile(file);
      if (looksBinary(raw)) {
        warnings.push(`${file}: skipped, not a text file`);
        corpus.delete(file);
        continue;
      }
      corpus.set(file, raw, sidecars.get(dir)?.get(basename(file)));
    } catch (e) {
      warnings.push(`${file}: cannot read (${(e as Error).message})`);
      corpus.delete(file);
    }
  }
  for (const w of warnings) host.logger.warn(w);
  return warnings;
}

async function readSidecar(host: EngineHost, dir: string, warnings: string[]): Promise<Map<string, Partial<ReferenceMeta>>> {
  const path = join(dir, SIDECAR_FILE);
  if ((await host.stat(path)) !== 'file') return new Map();
  try {
    return parseSidecar(await host.readFile(path));
  } catch (e) {
    warnings.push(`${path}: ${(e as Error).message}; publication dates from it are not used`);
    return new Map();
  }
}

/** NUL bytes anywhere, or many replacement characters in the first 64 KB: a binary file read as text. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 65536);
  const bad = sample.match(/\uFFFD/g)?.length ?? 0;
  return bad > 8 && bad > sample.length / 100;
}

export interface ProjectOptions {
  /** --config FILE; else searched upward from startDir. */
  configPath?: string;
  startDir: string;
  /** --refs PATH… or extra reference globs from settings, relative to startDir. */
  extraReferences?: string[];
  /** Let copydesk.json name references outside its own folder (the user's choice: command line or user settings). */
  allowOutsideReferences?: boolean;
}

/** Resolve config + reference files. Throws ConfigError for a malformed config or references that match nothing. */
export async function openProject(host: EngineHost, options: ProjectOptions): Promise<Project> {
  const configPath = options.configPath ?? (await findConfig(host, options.startDir));
  const config = configPath ? await readConfig(host, configPath) : emptyConfig();
  const root = configPath ? dirname(configPath) : options.startDir;
  // What copydesk.json names stays inside its folder (a checked-out pull request must not make CI print
  // files from elsewhere); what the user names (--refs, settings) is the user's choice.
  const confine = configPath && !options.allowOutsideReferences ? root : undefined;
  const fromConfig = config.references.length ? await resolveReferenceFiles(host, config.references, root, confine) : [];
  const extra = options.extraReferences?.length ? await resolveReferenceFiles(host, options.extraReferences, options.startDir) : [];
  const files = [...new Set([...fromConfig, ...extra])];
  // The same file through both lists (or a link in one to a file in the other) is read once.
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const f of files) {
    const r = await realpathOf(host, f);
    if (seen.has(r)) continue;
    seen.add(r);
    unique.push(f);
  }
  return { configPath, root, config, referenceFiles: unique, warnings: [] };
}
