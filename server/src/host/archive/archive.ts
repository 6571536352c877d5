// The newsroom archive: articles indexed once, retrieved per draft by what the draft is about.
// One interface, several stores (an embedded SQLite file; a shared PostgreSQL server). The engine never
// sees it: the host retrieves a draft's articles and hands them to the engine as references.
import type { ReferenceMeta } from '../../engine/corpus/reference';

/** One article as stored: enough to parse it exactly as if it were listed by hand. */
export interface ArchiveArticle {
  /** The path it was indexed from: also its reference id, so evidence points at the file. */
  path: string;
  /** sha256 of the file and its sidecar entry: unchanged files are skipped on re-index. */
  hash: string;
  outlet?: string;
  /** YYYY-MM-DD, from the sidecar, front matter, HTML meta or dateline (as for references). */
  published?: string;
  title?: string;
  /** The file as read. */
  raw: string;
  /** Its references.json entry, applied again when the article is parsed. */
  sidecar: Partial<ReferenceMeta>;
}

/** An article as both stores return it from SQL (the id is a number in SQLite, a string from PostgreSQL's bigint). */
export interface ArticleRow<Id> {
  id: Id;
  path: string;
  hash: string;
  outlet: string | null;
  published: string | null;
  title: string | null;
  /** JSON of the references.json entry. */
  sidecar: string;
  raw: string;
}

export function articleFromRow(row: ArticleRow<unknown>): ArchiveArticle {
  return {
    path: row.path,
    hash: row.hash,
    outlet: row.outlet ?? undefined,
    published: row.published ?? undefined,
    title: row.title ?? undefined,
    raw: row.raw,
    sidecar: JSON.parse(row.sidecar) as ArchiveArticle['sidecar'],
  };
}

/** An article on its way in: the stored article plus what retrieval searches. */
export interface ArticleRecord extends ArchiveArticle {
  /** The article text with page clutter and markup removed (what full-text search indexes). */
  text: string;
  /** Name keys (see words.ts), stored so ranking does not re-read the article. */
  names: string[];
}

/** What a draft is about. */
export interface DraftFeatures {
  /** Name keys (capitalised words), most telling first. */
  names: string[];
  /** Content words, most frequent first. */
  terms: string[];
  /** YYYY-MM-DD: the centre of the date window. */
  published?: string;
}

export interface RetrieveOptions {
  /** Days either side of the draft's publication date; articles with no date are not excluded by it. */
  window: number;
  /** At most this many articles. */
  max: number;
}

export interface Retrieved {
  article: ArchiveArticle;
  /** Higher is closer: full-text rank (normalised to the best candidate) plus name overlap. */
  score: number;
  /** Why it was chosen: the names and terms it shares with the draft. */
  sharedNames: string[];
  sharedTerms: string[];
  /** Pinned by the draft (front matter), not retrieved. */
  pinned?: boolean;
}

/** A draft's own choice among the archive articles (its front matter): always use some, never others. */
export interface ArchiveChoice {
  /** Absolute paths of articles to check against whether or not retrieval finds them. */
  pin: string[];
  /** Absolute paths of articles never to check against. */
  exclude: string[];
}

export interface ArchiveStats {
  location: string;
  articles: number;
  outlets: number;
  /** Earliest and latest publication dates. */
  from?: string;
  to?: string;
  undated: number;
  /** Size on disk (SQLite) or in the database (PostgreSQL), in bytes. */
  bytes: number;
}

export interface Archive {
  /** The file or server it reads (credentials removed). */
  readonly location: string;
  /** Path → hash of every stored article (for incremental indexing). */
  hashes(): Promise<Map<string, string>>;
  /** Store (or replace) a batch of articles in one transaction: a crash keeps whole batches only. */
  put(articles: ArticleRecord[]): Promise<void>;
  /** Drop articles by path. */
  remove(paths: string[]): Promise<void>;
  retrieve(features: DraftFeatures, options: RetrieveOptions): Promise<Retrieved[]>;
  /** The stored articles at these paths (a draft's pinned articles); paths not stored are left out. */
  articles(paths: string[]): Promise<ArchiveArticle[]>;
  stats(): Promise<ArchiveStats>;
  close(): Promise<void>;
}

/** A problem with the archive itself (missing, corrupt, locked, unreachable): one line for the user. */
export class ArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArchiveError';
  }
}

export const DEFAULT_WINDOW = 7;
export const DEFAULT_MAX = 10;

export function isServerUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** "postgres://user:secret@host/db" → "postgres://user@host/db": never print a password. */
export function redactUrl(location: string): string {
  return location.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@]*@/i, '$1@');
}
