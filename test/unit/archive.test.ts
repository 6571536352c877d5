// The SQLite archive on a real file in a temp folder: indexing, retrieval, incremental re-index,
// resuming after a crash, and one clear message for a missing, damaged or locked file.
import { strict as assert } from 'node:assert';
import { writeFileSync, appendFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { ArchiveError, type Archive, type ArticleRecord } from '../../server/src/host/archive/archive';
import { draftFeatures } from '../../server/src/host/archive/features';
import { indexFiles } from '../../server/src/host/archive/index-files';
import { openArchive } from '../../server/src/host/archive/open-archive';
import { SqliteArchive } from '../../server/src/host/archive/sqlite-archive';
import { ArchiveReferences, resolveChoice } from '../../server/src/host/archive/draft-references';
import { buildDraft } from '../../server/src/engine/draft/draft';
import { createNodeHost, toEnginePath } from '../../server/src/host/node-host';
import { silentLogger } from '../../server/src/engine/types';
import { HARBOUR_DRAFT, UNRELATED_DRAFT, makeArchiveFixture, type ArchiveFixture } from '../helpers/archive-fixture';

const host = createNodeHost(silentLogger);
const WINDOW = { window: 7, max: 10 };

function features(markdown: string) {
  const draft = buildDraft(markdown, { today: '2025-03-12' });
  return draftFeatures(draft.prose, draft.published);
}

async function rejectsWith(promise: Promise<unknown> | (() => unknown), pattern: RegExp): Promise<void> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (e) {
    assert.ok(e instanceof ArchiveError, `expected an ArchiveError, got ${(e as Error).stack}`);
    assert.match((e as Error).message, pattern);
    assert.doesNotMatch((e as Error).message, /\n/, 'one line');
    return;
  }
  assert.fail('expected an error');
}

describe('archive (SQLite)', function () {
  this.timeout(30000);
  let fx: ArchiveFixture;
  let db: string;
  let archive: Archive;

  beforeEach(async () => {
    fx = makeArchiveFixture();
    db = join(fx.dir, 'newsroom.db');
    archive = await openArchive(db, { create: true });
  });
  afterEach(async () => {
    await archive.close();
    fx.cleanup();
  });

  it('indexes every article with the same metadata rules as references (sidecar, front matter)', async () => {
    const result = await indexFiles(host, archive, [toEnginePath(fx.articles)], toEnginePath(fx.dir));
    const total = Object.values(fx.stories).flat().length;
    assert.equal(result.added, total);
    const stats = await archive.stats();
    assert.equal(stats.articles, total);
    assert.equal(stats.from, '2024-01-08');
    assert.equal(stats.to, '2025-03-13');
    assert.equal(stats.undated, 0, 'the Markdown article is dated by its front matter');
    assert.ok(stats.bytes > 0);
  });

  it("retrieves the story's articles in its date window, and nothing for an unrelated draft", async () => {
    await indexFiles(host, archive, [toEnginePath(fx.articles)], toEnginePath(fx.dir));
    const found = await archive.retrieve(features(HARBOUR_DRAFT), WINDOW);
    assert.deepEqual(found.map((r) => r.article.path).sort(), fx.stories.harbour.map(toEnginePath).sort());
    const post = found.find((r) => r.article.path.endsWith('harbour-post.md'))!;
    assert.equal(post.article.outlet, 'Harbour Post');
    assert.ok(post.sharedNames.includes('varga') && post.sharedNames.includes('korhonen'), post.sharedNames.join(' '));
    assert.ok(found[0].sharedTerms.includes('harbour'), found[0].sharedTerms.join(' '));

    // A year-wide window lets the older story with the same people in.
    const wide = await archive.retrieve(features(HARBOUR_DRAFT), { window: 500, max: 10 });
    assert.ok(wide.some((r) => fx.stories.oldHarbour.includes(r.article.path)));
    assert.equal((await archive.retrieve(features(HARBOUR_DRAFT), { window: 7, max: 2 })).length, 2);
    assert.deepEqual(await archive.retrieve(features(UNRELATED_DRAFT), WINDOW), []);
  });

  it('re-indexing skips unchanged files and replaces changed ones', async () => {
    const first = await indexFiles(host, archive, [toEnginePath(fx.articles)], toEnginePath(fx.dir));
    const again = await indexFiles(host, archive, [toEnginePath(fx.articles)], toEnginePath(fx.dir));
    assert.deepEqual([again.added, again.updated, again.unchanged], [0, 0, first.added]);
    appendFileSync(fx.stories.bridge[0], '\nRoos said the Dunmore ferry would run extra crossings.\n');
    const third = await indexFiles(host, archive, [toEnginePath(fx.articles)], toEnginePath(fx.dir));
    assert.deepEqual([third.added, third.updated, third.unchanged], [0, 1, first.added - 1]);
    assert.equal((await archive.stats()).articles, first.added);
    const ferry = await archive.retrieve({ names: ['roos', 'dunmore'], terms: ['ferry'], published: '2025-03-11' }, WINDOW);
    assert.equal(ferry[0].article.path, toEnginePath(fx.stories.bridge[0]), 'the new text is searched');
  });

  it('re-indexing takes out articles whose files are gone, and only under the folders indexed', async () => {
    const first = await indexFiles(host, archive, [toEnginePath(fx.articles)], toEnginePath(fx.dir));
    const gone = fx.stories.harbour[0];
    rmSync(gone);
    const again = await indexFiles(host, archive, [toEnginePath(fx.articles)], toEnginePath(fx.dir));
    assert.equal(again.removed, 1);
    assert.equal((await archive.stats()).articles, first.added - 1);
    const found = await archive.retrieve(features(HARBOUR_DRAFT), WINDOW);
    assert.ok(!found.some((r) => r.article.path === toEnginePath(gone)), 'the deleted article is no longer retrieved');
    // Indexing another folder leaves what came from elsewhere alone.
    const other = join(fx.dir, 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'note.txt'), 'Harbour master Lena Varga said the quay reopened on Monday.\n');
    const third = await indexFiles(host, archive, [toEnginePath(other)], toEnginePath(fx.dir));
    assert.deepEqual([third.added, third.removed], [1, 0]);
    assert.equal((await archive.stats()).articles, first.added);
  });

  it('resumes a half-written index: whole batches kept, the rest indexed on the next run', async () => {
    let calls = 0;
    const crashing: Archive = {
      ...archive,
      location: archive.location,
      hashes: () => archive.hashes(),
      put: async (batch: ArticleRecord[]) => {
        if (++calls === 2) throw new Error('power cut');
        return archive.put(batch);
      },
    };
    await assert.rejects(indexFiles(host, crashing, [toEnginePath(fx.articles)], toEnginePath(fx.dir), { batch: 3 }), /power cut/);
    assert.equal((await archive.stats()).articles, 3, 'the first batch was committed, the second not at all');
    const resumed = await indexFiles(host, archive, [toEnginePath(fx.articles)], toEnginePath(fx.dir), { batch: 3 });
    const total = Object.values(fx.stories).flat().length;
    assert.deepEqual([resumed.unchanged, resumed.added], [3, total - 3]);
  });

  it('parses a retrieved article once per content, however many drafts retrieve it', async () => {
    await indexFiles(host, archive, [toEnginePath(fx.articles)], toEnginePath(fx.dir));
    const refs = new ArchiveReferences(archive, WINDOW);
    const draft = buildDraft(HARBOUR_DRAFT, { today: '2025-03-12' });
    const a = await refs.forDraft(draft.prose, draft.published);
    const b = await refs.forDraft(draft.prose, draft.published);
    assert.equal(a.references.length, 3);
    a.references.forEach((r, i) => assert.equal(r, b.references[i]));
    assert.deepEqual(a.references.map((r) => r.id), [...a.references.map((r) => r.id)].sort(), 'in path order, like hand-listed references');
  });

  it("honours the draft's front matter: a pinned article is used outside the window, an excluded one never", async () => {
    await indexFiles(host, archive, [toEnginePath(fx.articles)], toEnginePath(fx.dir));
    const refs = new ArchiveReferences(archive, WINDOW);
    const old = toEnginePath(fx.stories.oldHarbour[0]);
    const dropped = toEnginePath(fx.stories.harbour[0]);
    const rel = (p: string) => relative(fx.dir, p);
    const markdown = HARBOUR_DRAFT.replace(/^---\n/, `---\narchive:\n  pin: [${rel(old)}]\n  exclude: [${rel(dropped)}]\n`);
    const draft = buildDraft(markdown, { today: '2025-03-12' });
    assert.deepEqual(draft.archive, { pin: [rel(old)], exclude: [rel(dropped)] });
    const plain = await refs.forDraft(draft.prose, draft.published);
    assert.ok(!plain.references.some((r) => r.id === old), 'the old story is outside the window');
    const chosen = await refs.forDraft(draft.prose, draft.published, resolveChoice(draft.archive, toEnginePath(fx.dir)));
    const ids = chosen.references.map((r) => r.id);
    assert.ok(ids.includes(old), 'pinned');
    assert.ok(!ids.includes(dropped), 'excluded');
    assert.equal(chosen.retrieved.find((r) => r.article.path === old)?.pinned, true);
  });

  describe('bad files: one clear line', () => {
    it('a missing file (checking never creates one)', async () => {
      await rejectsWith(openArchive(join(fx.dir, 'nope.db')), /archive not found: .*nope\.db \(build it with copydesk index/);
    });

    it('a damaged file', async () => {
      const bad = join(fx.dir, 'damaged.db');
      writeFileSync(bad, 'this is not a database, just text that happens to be long enough '.repeat(100));
      await rejectsWith(openArchive(bad), /damaged or not an archive/);
    });

    it('an SQLite file that is not an archive', async () => {
      const other = join(fx.dir, 'other.db');
      const d = new Database(other);
      d.exec('CREATE TABLE t (x)');
      d.close();
      await rejectsWith(openArchive(other), /not a Copydesk archive/);
    });

    it('an archive locked by another writer', async () => {
      await indexFiles(host, archive, [toEnginePath(fx.stories.bridge[0])], toEnginePath(fx.dir));
      const writer = new Database(db);
      writer.exec('BEGIN EXCLUSIVE');
      const second = SqliteArchive.open(db, { create: false, busyTimeout: 50 });
      try {
        await rejectsWith(() => second.put([]).then(() => second.remove([toEnginePath(fx.stories.bridge[0])])), /locked by another process/);
      } finally {
        writer.exec('ROLLBACK');
        writer.close();
        await second.close();
      }
    });
  });
});
