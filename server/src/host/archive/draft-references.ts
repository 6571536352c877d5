// Per draft: the archive articles about its story, parsed as references. Parses are cached by the
// article's hash, so drafts about one story (or one draft re-checked) parse each article once.
import { parseReference, type Reference } from '../../engine/corpus/reference';
import type { Archive, ArchiveChoice, Retrieved, RetrieveOptions } from './archive';
import { draftFeatures } from './features';
import { resolve } from '../../engine/path';

/** Parsed articles kept in memory: about 1 MB each once analysed, so a bounded number. */
export const PARSE_CACHE = 200;

export interface DraftReferences {
  /** Parsed, in path order (the order hand-listed references are loaded in). */
  references: Reference[];
  /** Best first, with why each was chosen. */
  retrieved: Retrieved[];
}

export class ArchiveReferences {
  private readonly parsed = new Map<string, Reference>();

  constructor(
    readonly archive: Archive,
    readonly options: RetrieveOptions,
  ) {}

  /**
   * `prose`: the draft with Markdown masked (Draft.prose); `published`: its publication date; `choice`: the
   * articles the draft pins (used whether retrieval finds them or not) and excludes (never used).
   */
  async forDraft(prose: string, published: string | undefined, choice: ArchiveChoice = { pin: [], exclude: [] }): Promise<DraftReferences> {
    const excluded = new Set(choice.exclude);
    const found = (await this.archive.retrieve(draftFeatures(prose, published), this.options)).filter((r) => !excluded.has(r.article.path));
    const pins = new Set(choice.pin);
    for (const r of found) if (pins.has(r.article.path)) r.pinned = true;
    const have = new Set(found.map((r) => r.article.path));
    const pinned = (await this.archive.articles(choice.pin.filter((p) => !have.has(p) && !excluded.has(p)))).map(
      (article): Retrieved => ({ article, score: Infinity, sharedNames: [], sharedTerms: [], pinned: true }),
    );
    const retrieved = [...pinned, ...found];
    const references = retrieved
      .map((r) => this.parse(r))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { references, retrieved };
  }

  private parse(r: Retrieved): Reference {
    const key = `${r.article.hash}\u0000${r.article.path}`;
    let ref = this.parsed.get(key);
    if (ref) {
      // Most recently used last: the oldest entry is the one dropped.
      this.parsed.delete(key);
    } else {
      ref = parseReference(r.article.path, r.article.raw, r.article.sidecar);
    }
    this.parsed.set(key, ref);
    while (this.parsed.size > PARSE_CACHE) this.parsed.delete(this.parsed.keys().next().value!);
    return ref;
  }
}

/** A draft's front matter choice with its paths resolved against the draft's folder. */
export function resolveChoice(choice: { pin: string[]; exclude: string[] }, draftDir: string | undefined): ArchiveChoice {
  const abs = (p: string) => (draftDir ? resolve(draftDir, p) : p);
  return { pin: choice.pin.map(abs), exclude: choice.exclude.map(abs) };
}
