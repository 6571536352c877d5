// `copydesk index` and `copydesk check --archive` (built binary) on an invented archive in a temp folder.
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HARBOUR_DRAFT, UNRELATED_DRAFT, makeArchiveFixture, type ArchiveFixture } from '../helpers/archive-fixture';
import { buildOnce, parseJson, run } from './helpers';

describe('copydesk index / check --archive (built binary)', function () {
  this.timeout(60000);
  let fx: ArchiveFixture;
  const opts = () => ({ cwd: fx.dir });

  before(() => buildOnce());
  beforeEach(() => {
    fx = makeArchiveFixture();
    mkdirSync(join(fx.dir, 'drafts'));
    writeFileSync(join(fx.dir, 'drafts', 'harbour.md'), HARBOUR_DRAFT);
    writeFileSync(join(fx.dir, 'drafts', 'regatta.md'), UNRELATED_DRAFT);
  });
  afterEach(() => fx.cleanup());

  it('indexes folders, says what it did, re-indexes incrementally, and --stats says what it holds', () => {
    const total = Object.values(fx.stories).flat().length;
    const first = run(['index', '--archive', 'newsroom.db', 'articles'], opts());
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, new RegExp(`indexed ${total} files in [\\d.]+ s: ${total} added, 0 updated, 0 unchanged`));
    const again = run(['index', '--archive', 'newsroom.db', 'articles'], opts());
    assert.match(again.stdout, new RegExp(`0 added, 0 updated, ${total} unchanged`));
    const stats = run(['index', '--archive', 'newsroom.db', '--stats'], opts());
    assert.equal(stats.code, 0, stats.stderr);
    assert.match(stats.stdout, new RegExp(`newsroom\\.db: ${total} articles from 4 outlets, published 2024-01-08 to 2025-03-13, [\\d.]+ MB`));
  });

  it('checks a draft against the articles about its story; evidence names the article (outlet, date)', () => {
    run(['index', '--archive', 'newsroom.db', 'articles'], opts());
    const r = run(['check', '--archive', 'newsroom.db', '--format', 'json', 'drafts'], opts());
    assert.equal(r.code, 1, r.stderr);
    const files = parseJson(r.stdout).files;
    const harbour = files.find((f) => f.path.endsWith('harbour.md'))!;
    const title = harbour.diagnostics.find((d) => d.code === 'names/title-mismatch');
    assert.ok(title, JSON.stringify(harbour.diagnostics.map((d) => d.code)));
    const evidence = title.data.evidence as { ref: string; outlet?: string; published?: string }[];
    assert.ok(evidence.some((e) => fx.stories.harbour.includes(e.ref) && e.outlet && e.published), JSON.stringify(evidence));
    assert.ok(evidence.every((e) => !fx.stories.oldHarbour.includes(e.ref)), 'the older story is outside the window');
    assert.deepEqual(files.find((f) => f.path.endsWith('regatta.md'))!.diagnostics, []);
  });

  it('finds the same with retrieved articles as with the same articles listed by hand', () => {
    run(['index', '--archive', 'newsroom.db', 'articles'], opts());
    const viaArchive = run(['check', '--archive', 'newsroom.db', '--format', 'json', 'drafts/harbour.md'], opts());
    const byHand = run(['check', ...[...fx.stories.harbour].sort().flatMap((f) => ['--refs', f]), '--format', 'json', 'drafts/harbour.md'], opts());
    const a = parseJson(viaArchive.stdout).files[0].diagnostics;
    const b = parseJson(byHand.stdout).files[0].diagnostics;
    assert.ok(a.length > 0, 'the draft has findings to compare');
    assert.deepEqual(a, b);
  });

  it('reads "archive" from copydesk.json, relative to its folder, with window and max', () => {
    mkdirSync(join(fx.dir, 'data'));
    run(['index', '--archive', 'data/newsroom.db', 'articles'], opts());
    writeFileSync(join(fx.dir, 'copydesk.json'), JSON.stringify({ archive: { path: 'data/newsroom.db', window: 7, max: 3 } }));
    const r = run(['check', '--format', 'json', join(fx.dir, 'drafts', 'harbour.md')], { cwd: join(fx.dir, 'drafts') });
    assert.equal(r.code, 1, r.stderr);
    assert.ok(parseJson(r.stdout).files[0].diagnostics.some((d) => d.code === 'names/title-mismatch'));
    writeFileSync(join(fx.dir, 'copydesk.json'), JSON.stringify({ archive: { path: 'data/newsroom.db', max: 0 } }));
    const bad = run(['check', 'drafts/harbour.md'], opts());
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /archive\.max: must be >= 1/);
  });

  it('a damaged or missing archive: one line, hand-listed references still checked; exit 2 only when nothing is left', () => {
    writeFileSync(join(fx.dir, 'broken.db'), 'not a database '.repeat(400));
    const withRefs = run(['check', '--archive', 'broken.db', '--refs', fx.stories.harbour[0], 'drafts/harbour.md'], opts());
    assert.equal(withRefs.code, 1, withRefs.stderr);
    assert.match(withRefs.stderr, /^copydesk: archive .*broken\.db is damaged or not an archive .*; checking against the hand-listed references only\n$/);
    assert.match(withRefs.stdout, /names\/title-mismatch/);

    const alone = run(['check', '--archive', 'broken.db', 'drafts/harbour.md'], opts());
    assert.equal(alone.code, 2);
    assert.match(alone.stderr, /^copydesk: archive .*broken\.db is damaged or not an archive[^\n]*\n$/);

    const missing = run(['check', '--archive', 'nowhere.db', 'drafts/harbour.md'], opts());
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^copydesk: archive not found: .*nowhere\.db \(build it with copydesk index --archive/);
  });

  it('refuses a password in a postgres:// URL (credentials come from the environment)', () => {
    const r = run(['check', '--archive', 'postgres://desk:hunter2@db.example/news', 'drafts/harbour.md'], opts());
    assert.equal(r.code, 2);
    assert.doesNotMatch(r.stderr, /hunter2/);
    assert.match(r.stderr, /PGPASSWORD/);
  });
});
