// The embedded archive: one SQLite file (WAL) with an FTS5 index over each article's title and text.
import { statSync } from 'node:fs';
import type Sqlite from 'better-sqlite3';
import { ArchiveError, articleFromRow, type Archive, type ArticleRow, type ArchiveArticle, type ArchiveStats, type ArticleRecord, type DraftFeatures, type RetrieveOptions, type Retrieved } from './archive';
import { CANDIDATES, queryWords, rankCandidates, shiftDate, toRetrieved, type Candidate } from './features';

/** Bumped when the tables change; an archive with another version is rebuilt by `copydesk index`. */
export const SCHEMA_VERSION = '2';

/** Words whose document frequency is kept between drafts. */
const DF_CACHE = 50000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS archive_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL,
  outlet TEXT,
  published TEXT,
  title TEXT,
  names TEXT NOT NULL,
  sidecar TEXT NOT NULL,
  raw TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5 (
  title, text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_vocab USING fts5vocab (articles_fts, 'row');
`;

type Row = ArticleRow<number>;

/** Load the binding only when an archive is used: checks without one never need the native module. */
function loadDriver(): typeof Sqlite {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('better-sqlite3') as typeof Sqlite;
  } catch (e) {
    throw new ArchiveError(`the SQLite driver (better-sqlite3) is not installed: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** One line for what went wrong with the file, in the user's terms. */
export function describeSqliteError(file: string, e: unknown): ArchiveError {
  const err = e as { code?: string; message?: string };
  const code = err.code ?? '';
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new ArchiveError(`archive ${file} is locked by another process; try again when it has finished`);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return new ArchiveError(`archive ${file} is damaged or not an archive (${err.message}); rebuild it with copydesk index --archive ${file} PATH…`);
  if (code === 'SQLITE_CANTOPEN') return new ArchiveError(`cannot open archive ${file} (${err.message})`);
  if (code === 'SQLITE_READONLY') return new ArchiveError(`archive ${file} is read-only (${err.message})`);
  return new ArchiveError(`archive ${file}: ${err.message ?? String(e)}`);
}

export interface OpenSqliteOptions {
  /** Create the file and tables when missing (indexing); checking never creates one. */
  create?: boolean;
  /** Milliseconds to wait for a lock held by another writer. */
  busyTimeout?: number;
}

export class SqliteArchive implements Archive {
  private readonly dfCache = new Map<string, number>();
  private dfVersion = -1;

  private constructor(
    readonly location: string,
    private readonly db: Sqlite.Database,
  ) {}

  static open(file: string, options: OpenSqliteOptions = {}): SqliteArchive {
    const Database = loadDriver();
    let db: Sqlite.Database | undefined;
    try {
      db = new Database(file, { fileMustExist: !options.create, timeout: options.busyTimeout ?? 2000 });
      if (options.create) {
        db.pragma('journal_mode = WAL');
        db.exec(SCHEMA);
        const version = db.prepare<{ value: string }>(`SELECT value FROM archive_meta WHERE key = 'schema'`).get()?.value;
        if (version && version !== SCHEMA_VERSION) throw new ArchiveError(`archive ${file} was built by another version of Copydesk (schema ${version}); delete it and index again`);
        db.prepare(`INSERT OR REPLACE INTO archive_meta (key, value) VALUES ('schema', ?)`).run(SCHEMA_VERSION);
      } else {
        const version = db.prepare<{ value: string }>(`SELECT value FROM archive_meta WHERE key = 'schema'`).get()?.value;
        if (version !== SCHEMA_VERSION) throw new ArchiveError(`archive ${file} was built by another version of Copydesk (schema ${version ?? 'unknown'}); index it again`);
      }
      db.pragma('synchronous = NORMAL');
      return new SqliteArchive(file, db);
    } catch (e) {
      db?.close();
      if (e instanceof ArchiveError) throw e;
      const code = (e as { code?: string }).code;
      if (!options.create && (code === 'SQLITE_CANTOPEN' || /does not exist/.test((e as Error).message))) {
        throw new ArchiveError(`archive not found: ${file} (build it with copydesk index --archive ${file} PATH…)`);
      }
      if (/no such table: archive_meta/.test((e as Error).message)) throw new ArchiveError(`${file} is an SQLite file but not a Copydesk archive`);
      throw describeSqliteError(file, e);
    }
  }

  private guard<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      if (e instanceof ArchiveError) throw e;
      throw describeSqliteError(this.location, e);
    }
  }

  async hashes(): Promise<Map<string, string>> {
    return this.guard(() => new Map(this.db.prepare<{ path: string; hash: string }>('SELECT path, hash FROM articles').all().map((r) => [r.path, r.hash])));
  }

  async put(articles: ArticleRecord[]): Promise<void> {
    this.guard(() => {
      const find = this.db.prepare<{ id: number }>('SELECT id FROM articles WHERE path = ?');
      const dropText = this.db.prepare('DELETE FROM articles_fts WHERE rowid = ?');
      const dropRow = this.db.prepare('DELETE FROM articles WHERE id = ?');
      const insert = this.db.prepare('INSERT INTO articles (path, hash, outlet, published, title, names, sidecar, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
      const insertText = this.db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)');
      this.db.transaction((batch: ArticleRecord[]) => {
        for (const a of batch) {
          const old = find.get(a.path);
          if (old) {
            dropText.run(old.id);
            dropRow.run(old.id);
          }
          const id = insert.run(a.path, a.hash, a.outlet ?? null, a.published ?? null, a.title ?? null, a.names.join(' '), JSON.stringify(a.sidecar), a.raw).lastInsertRowid;
          insertText.run(id, a.title ?? '', a.text);
        }
      })(articles);
    });
  }

  async remove(paths: string[]): Promise<void> {
    this.guard(() => {
      const find = this.db.prepare<{ id: number }>('SELECT id FROM articles WHERE path = ?');
      const dropText = this.db.prepare('DELETE FROM articles_fts WHERE rowid = ?');
      const dropRow = this.db.prepare('DELETE FROM articles WHERE id = ?');
      this.db.transaction((list: string[]) => {
        for (const p of list) {
          const old = find.get(p);
          if (!old) continue;
          dropText.run(old.id);
          dropRow.run(old.id);
        }
      })(paths);
    });
  }

  async articles(paths: string[]): Promise<ArchiveArticle[]> {
    if (!paths.length) return [];
    return this.guard(() =>
      this.db
        .prepare<Row>('SELECT id, path, hash, outlet, published, title, sidecar, raw FROM articles WHERE path IN (SELECT value FROM json_each(?)) ORDER BY path')
        .all(JSON.stringify(paths))
        .map(articleFromRow),
    );
  }

  async retrieve(features: DraftFeatures, options: RetrieveOptions): Promise<Retrieved[]> {
    if (!features.names.length || options.max <= 0) return [];
    return this.guard(() => {
      const total = this.db.prepare<{ n: number }>('SELECT count(*) AS n FROM articles').get()!.n;
      const words = queryWords(features, this.documentFrequencies([...features.names, ...features.terms]), total);
      if (!words.length) return [];
      // Each word quoted: FTS5 query syntax must not be read into a draft's words ("NOT", "AND", "-").
      const match = words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' OR ');
      const from = features.published ? shiftDate(features.published, -options.window) : '0000-00-00';
      const to = features.published ? shiftDate(features.published, options.window) : '9999-99-99';
      const rows = this.candidates(match, from, to);
      const candidates: Candidate[] = rows.map((r) => ({ key: r.id, relevance: -r.rank, names: r.names ? r.names.split(' ') : [] }));
      const ranked = rankCandidates(features, candidates, options.max);
      const get = this.db.prepare<Row>('SELECT id, path, hash, outlet, published, title, sidecar, raw FROM articles WHERE id = ?');
      const articles = new Map<number, ArchiveArticle>();
      for (const r of ranked) {
        const row = get.get(r.key);
        if (row) articles.set(r.key, articleFromRow(row));
      }
      return toRetrieved(features, ranked, articles);
    });
  }

  /**
   * Full-text candidates in the date window, best first (BM25; title words count double). FTS5
   * ranks on its own (joining the article table inside the ranked query costs several times more);
   * the window is a set of ids from the date index, and the ranked rows are read until enough fall in it.
   */
  private candidates(match: string, from: string, to: string): { id: number; rank: number; names: string }[] {
    const inWindow = new Set(
      this.db
        .prepare<{ id: number }>('SELECT id FROM articles WHERE published BETWEEN ? AND ? UNION ALL SELECT id FROM articles WHERE published IS NULL')
        .all(from, to)
        .map((r) => r.id),
    );
    if (!inWindow.size) return [];
    const ranked: { id: number; rank: number }[] = [];
    const rows = this.db.prepare<{ id: number; rank: number }>('SELECT rowid AS id, bm25(articles_fts, 2.0, 1.0) AS rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank');
    for (const r of rows.iterate(match)) {
      if (!inWindow.has(r.id)) continue;
      ranked.push(r);
      if (ranked.length >= CANDIDATES) break;
    }
    if (!ranked.length) return [];
    const names = new Map(
      this.db
        .prepare<{ id: number; names: string }>('SELECT id, names FROM articles WHERE id IN (SELECT value FROM json_each(?))')
        .all(JSON.stringify(ranked.map((r) => r.id)))
        .map((r) => [r.id, r.names]),
    );
    return ranked.map((r) => ({ ...r, names: names.get(r.id) ?? '' }));
  }

  /** How many articles contain each word (words the index does not know are left out); cached until the archive changes. */
  private documentFrequencies(words: string[]): Map<string, number> {
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (version !== this.dfVersion || this.dfCache.size > DF_CACHE) {
      this.dfCache.clear();
      this.dfVersion = version;
    }
    const missing = [...new Set(words.map(indexForm))].filter((w) => !this.dfCache.has(w));
    if (missing.length) {
      const found = this.db
        .prepare<{ term: string; doc: number }>('SELECT term, doc FROM articles_vocab WHERE term IN (SELECT value FROM json_each(?))')
        .all(JSON.stringify(missing));
      for (const w of missing) this.dfCache.set(w, 0);
      for (const r of found) this.dfCache.set(r.term, r.doc);
    }
    const out = new Map<string, number>();
    for (const w of words) {
      const doc = this.dfCache.get(indexForm(w));
      if (doc) out.set(w, doc);
    }
    return out;
  }

  async stats(): Promise<ArchiveStats> {
    return this.guard(() => {
      const s = this.db
        .prepare<{ n: number; outlets: number; first: string | null; last: string | null; undated: number }>(
          `SELECT count(*) AS n, count(DISTINCT outlet) AS outlets, min(published) AS first, max(published) AS last,
                  sum(published IS NULL) AS undated FROM articles`,
        )
        .get()!;
      let bytes = 0;
      for (const suffix of ['', '-wal', '-shm']) {
        try {
          bytes += statSync(this.location + suffix).size;
        } catch {
          // No WAL file once it has been checkpointed.
        }
      }
      return { location: this.location, articles: s.n, outlets: s.outlets, from: s.first ?? undefined, to: s.last ?? undefined, undated: s.undated ?? 0, bytes };
    });
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** A word as the index stores it: lower case without diacritics (unicode61, remove_diacritics 2). */
function indexForm(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
