// The PostgreSQL archive on a real server started by the tests (SKIPPED where PostgreSQL is not
// installed): the same indexing and retrieval as the SQLite file, and one line for a wrong password
// or an unreachable server.
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArchiveError, type Archive } from '../../server/src/host/archive/archive';
import { draftFeatures } from '../../server/src/host/archive/features';
import { indexFiles } from '../../server/src/host/archive/index-files';
import { openArchive } from '../../server/src/host/archive/open-archive';
import { buildDraft } from '../../server/src/engine/draft/draft';
import { createNodeHost, toEnginePath } from '../../server/src/host/node-host';
import { silentLogger } from '../../server/src/engine/types';
import { HARBOUR_DRAFT, UNRELATED_DRAFT, makeArchiveFixture, type ArchiveFixture } from '../helpers/archive-fixture';
import { startPostgres, type PostgresServer } from '../helpers/postgres-server';
import { buildOnce, run } from '../cli/helpers';

const host = createNodeHost(silentLogger);
const WINDOW = { window: 7, max: 10 };
const features = (md: string) => {
  const d = buildDraft(md, { today: '2025-03-12' });
  return draftFeatures(d.prose, d.published);
};

async function oneLineError(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
  await assert.rejects(promise, (e: Error) => {
    assert.ok(e instanceof ArchiveError, e.stack);
    assert.match(e.message, pattern);
    assert.doesNotMatch(e.message, /\n/);
    return true;
  });
}

describe('archive (PostgreSQL)', function () {
  this.timeout(120000);
  let server: PostgresServer | undefined;
  let fx: ArchiveFixture;
  const savedPassword = process.env.PGPASSWORD;

  before(async function () {
    const started = await startPostgres();
    if ('skipped' in started) {
      // CI installs PostgreSQL (.ci/run): there a missing server is a failure, not a skip.
      if (process.env.COPYDESK_REQUIRE_ALL_SUITES) throw new Error(`PostgreSQL is required here: ${started.skipped}`);
      console.log(`      SKIPPED: ${started.skipped} (install the Debian package postgresql to run it)`);
      this.skip();
    }
    server = started as PostgresServer;
    process.env.PGPASSWORD = server.password;
  });
  after(() => {
    server?.stop();
    if (savedPassword === undefined) delete process.env.PGPASSWORD;
    else process.env.PGPASSWORD = savedPassword;
  });
  beforeEach(() => {
    fx = makeArchiveFixture();
  });
  afterEach(() => fx.cleanup());

  it('indexes incrementally and retrieves the same articles as the SQLite file', async () => {
    const pg: Archive = await openArchive(server!.url, { create: true });
    const lite: Archive = await openArchive(join(fx.dir, 'newsroom.db'), { create: true });
    try {
      await pg.remove([...(await pg.hashes()).keys()]);
      const first = await indexFiles(host, pg, [toEnginePath(fx.articles)], toEnginePath(fx.dir));
      const again = await indexFiles(host, pg, [toEnginePath(fx.articles)], toEnginePath(fx.dir));
      assert.deepEqual([again.added, again.unchanged], [0, first.added]);
      await indexFiles(host, lite, [toEnginePath(fx.articles)], toEnginePath(fx.dir));
      const fromPg = (await pg.retrieve(features(HARBOUR_DRAFT), WINDOW)).map((r) => r.article.path).sort();
      const fromLite = (await lite.retrieve(features(HARBOUR_DRAFT), WINDOW)).map((r) => r.article.path).sort();
      assert.deepEqual(fromPg, fx.stories.harbour.map(toEnginePath).sort());
      assert.deepEqual(fromPg, fromLite);
      assert.deepEqual(await pg.retrieve(features(UNRELATED_DRAFT), WINDOW), []);
      // Articles by path (a draft's pinned articles), the same from both stores; unknown paths left out.
      const wanted = [toEnginePath(fx.stories.oldHarbour[0]), '/nowhere/else.txt'];
      assert.deepEqual((await pg.articles(wanted)).map((a) => a.path), [wanted[0]]);
      assert.deepEqual(await pg.articles(wanted), await lite.articles(wanted));
      const stats = await pg.stats();
      assert.equal(stats.articles, first.added);
      assert.equal(stats.location, server!.url);
    } finally {
      await pg.close();
      await lite.close();
    }
  });

  it('copydesk index and check against the server, the password from the environment', async () => {
    buildOnce();
    const env = { PGPASSWORD: server!.password };
    const indexed = run(['index', '--archive', server!.url, 'articles'], { cwd: fx.dir, env });
    assert.equal(indexed.code, 0, indexed.stderr);
    mkdirSync(join(fx.dir, 'drafts'));
    writeFileSync(join(fx.dir, 'drafts', 'harbour.md'), HARBOUR_DRAFT);
    const r = run(['check', '--archive', server!.url, 'drafts/harbour.md'], { cwd: fx.dir, env });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /names\/title-mismatch/);
  });

  it('a wrong password and an unreachable server: one line each', async () => {
    process.env.PGPASSWORD = 'not-the-password';
    try {
      await oneLineError(openArchive(server!.url), /wrong password/);
    } finally {
      process.env.PGPASSWORD = server!.password;
    }
    // Port 1: nothing listens there.
    await oneLineError(openArchive(`postgres://copydesk@127.0.0.1:1/postgres`), /cannot reach the archive server postgres:\/\/copydesk@127\.0\.0\.1:1\/postgres/);
  });
});
