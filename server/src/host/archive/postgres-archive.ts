// The shared archive: the same articles and the same retrieval on a PostgreSQL server (tsvector with
// a GIN index), for a newsroom whose writers, editors and CI runners all query one archive.
// Credentials come from the environment (PGPASSWORD, ~/.pgpass, PGUSER…), never from copydesk.json.
import type { Pool, PoolClient } from 'pg';
import { ArchiveError, articleFromRow, redactUrl, type Archive, type ArticleRow, type ArchiveArticle, type ArchiveStats, type ArticleRecord, type DraftFeatures, type RetrieveOptions, type Retrieved } from './archive';
import { CANDIDATES, rankCandidates, shiftDate, toRetrieved, type Candidate } from './features';

export const PG_SCHEMA_VERSION = '1';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS copydesk_archive_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS copydesk_articles (
  id bigserial PRIMARY KEY,
  path text NOT NULL UNIQUE,
  hash text NOT NULL,
  outlet text,
  published text,
  title text,
  names text NOT NULL,
  sidecar text NOT NULL,
  raw text NOT NULL,
  tsv tsvector NOT NULL
);
CREATE INDEX IF NOT EXISTS copydesk_articles_tsv ON copydesk_articles USING GIN (tsv);
CREATE INDEX IF NOT EXISTS copydesk_articles_published ON copydesk_articles (published);
`;

type Row = ArticleRow<string>;

/** One line in the user's terms for what went wrong talking to the server. */
export function describePgError(location: string, e: unknown): ArchiveError {
  const err = e as { code?: string; message?: string };
  const where = redactUrl(location);
  switch (err.code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return new ArchiveError(`cannot reach the archive server ${where} (${err.code})`);
    case '28P01':
      return new ArchiveError(`archive ${where}: wrong password (set PGPASSWORD or ~/.pgpass)`);
    case '28000':
      return new ArchiveError(`archive ${where}: the server refused this user (${err.message})`);
    case '3D000':
      return new ArchiveError(`archive ${where}: no such database (${err.message})`);
    case '42P01':
      return new ArchiveError(`archive ${where} holds no Copydesk archive yet (build it with copydesk index --archive ${where} PATH…)`);
    default:
      if (/password/i.test(err.message ?? '')) return new ArchiveError(`archive ${where}: a password is needed (set PGPASSWORD or ~/.pgpass)`);
      return new ArchiveError(`archive ${where}: ${err.message ?? String(e)}`);
  }
}

function loadDriver(): typeof import('pg') {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('pg') as typeof import('pg');
  } catch (e) {
    throw new ArchiveError(`the PostgreSQL driver (pg) is not installed: ${(e as Error).message.split('\n')[0]}`);
  }
}

export class PostgresArchive implements Archive {
  private constructor(
    readonly location: string,
    private readonly pool: Pool,
  ) {}

  static async open(url: string, options: { create?: boolean; connectTimeoutMs?: number } = {}): Promise<PostgresArchive> {
    const { Pool } = loadDriver();
    const pool = new Pool({ connectionString: url, max: 4, connectionTimeoutMillis: options.connectTimeoutMs ?? 5000 });
    // An idle client's network error must not crash the process: the next query reports it.
    pool.on('error', () => undefined);
    const archive = new PostgresArchive(redactUrl(url), pool);
    try {
      if (options.create) {
        await archive.transaction(async (c) => {
          // One indexer at a time creates the tables.
          await c.query('SELECT pg_advisory_xact_lock(4242001)');
          await c.query(SCHEMA);
          const version = (await c.query<{ value: string }>(`SELECT value FROM copydesk_archive_meta WHERE key = 'schema'`)).rows[0]?.value;
          if (version && version !== PG_SCHEMA_VERSION) throw new ArchiveError(`archive ${archive.location} was built by another version of Copydesk (schema ${version})`);
          await c.query(`INSERT INTO copydesk_archive_meta (key, value) VALUES ('schema', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [PG_SCHEMA_VERSION]);
        });
      } else {
        const version = (await pool.query<{ value: string }>(`SELECT value FROM copydesk_archive_meta WHERE key = 'schema'`)).rows[0]?.value;
        if (version !== PG_SCHEMA_VERSION) throw new ArchiveError(`archive ${archive.location} was built by another version of Copydesk (schema ${version ?? 'unknown'})`);
      }
      return archive;
    } catch (e) {
      await pool.end().catch(() => undefined);
      if (e instanceof ArchiveError) throw e;
      throw describePgError(url, e);
    }
  }

  private async transaction(fn: (c: PoolClient) => Promise<void>): Promise<void> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      await fn(c);
      await c.query('COMMIT');
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  }

  private async guard<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof ArchiveError) throw e;
      throw describePgError(this.location, e);
    }
  }

  hashes(): Promise<Map<string, string>> {
    return this.guard(async () => {
      const r = await this.pool.query<{ path: string; hash: string }>('SELECT path, hash FROM copydesk_articles');
      return new Map(r.rows.map((x) => [x.path, x.hash]));
    });
  }

  put(articles: ArticleRecord[]): Promise<void> {
    return this.guard(() =>
      this.transaction(async (c) => {
        for (const a of articles) {
          await c.query(
            `INSERT INTO copydesk_articles (path, hash, outlet, published, title, names, sidecar, raw, tsv)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8,
                     setweight(to_tsvector('english', coalesce($5, '')), 'A') || setweight(to_tsvector('english', $9), 'B'))
             ON CONFLICT (path) DO UPDATE SET hash = EXCLUDED.hash, outlet = EXCLUDED.outlet, published = EXCLUDED.published,
               title = EXCLUDED.title, names = EXCLUDED.names, sidecar = EXCLUDED.sidecar, raw = EXCLUDED.raw, tsv = EXCLUDED.tsv`,
            [a.path, a.hash, a.outlet ?? null, a.published ?? null, a.title ?? null, a.names.join(' '), JSON.stringify(a.sidecar), a.raw, a.text],
          );
        }
      }),
    );
  }

  remove(paths: string[]): Promise<void> {
    return this.guard(async () => {
      await this.pool.query('DELETE FROM copydesk_articles WHERE path = ANY($1)', [paths]);
    });
  }

  async articles(paths: string[]): Promise<ArchiveArticle[]> {
    if (!paths.length) return [];
    return this.guard(async () => {
      const got = await this.pool.query<Row>('SELECT id, path, hash, outlet, published, title, sidecar, raw FROM copydesk_articles WHERE path = ANY($1) ORDER BY path', [paths]);
      return got.rows.map(articleFromRow);
    });
  }

  retrieve(features: DraftFeatures, options: RetrieveOptions): Promise<Retrieved[]> {
    if (!features.names.length || options.max <= 0) return Promise.resolve([]);
    return this.guard(async () => {
      // websearch_to_tsquery takes any text: the draft's words cannot be read as query syntax.
      const query = [...features.names, ...features.terms].join(' or ');
      const from = features.published ? shiftDate(features.published, -options.window) : '0000-00-00';
      const to = features.published ? shiftDate(features.published, options.window) : '9999-99-99';
      const rows = (
        await this.pool.query<{ id: string; rank: number; names: string }>(
          `SELECT id, ts_rank(tsv, q) AS rank, names
           FROM copydesk_articles, websearch_to_tsquery('english', $1) q
           WHERE tsv @@ q AND (published IS NULL OR published BETWEEN $2 AND $3)
           ORDER BY rank DESC LIMIT $4`,
          [query, from, to, CANDIDATES],
        )
      ).rows;
      const candidates: Candidate[] = rows.map((r) => ({ key: Number(r.id), relevance: Number(r.rank), names: r.names ? r.names.split(' ') : [] }));
      const ranked = rankCandidates(features, candidates, options.max);
      const articles = new Map<number, ArchiveArticle>();
      if (ranked.length) {
        const got = await this.pool.query<Row>('SELECT id, path, hash, outlet, published, title, sidecar, raw FROM copydesk_articles WHERE id = ANY($1)', [ranked.map((r) => r.key)]);
        for (const row of got.rows) articles.set(Number(row.id), articleFromRow(row));
      }
      return toRetrieved(features, ranked, articles);
    });
  }

  stats(): Promise<ArchiveStats> {
    return this.guard(async () => {
      const s = (
        await this.pool.query<{ n: string; outlets: string; first: string | null; last: string | null; undated: string; bytes: string }>(
          `SELECT count(*) AS n, count(DISTINCT outlet) AS outlets, min(published) AS first, max(published) AS last,
                  count(*) FILTER (WHERE published IS NULL) AS undated, pg_total_relation_size('copydesk_articles') AS bytes
           FROM copydesk_articles`,
        )
      ).rows[0];
      return { location: this.location, articles: Number(s.n), outlets: Number(s.outlets), from: s.first ?? undefined, to: s.last ?? undefined, undated: Number(s.undated), bytes: Number(s.bytes) };
    });
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }
}
