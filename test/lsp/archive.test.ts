// The language server with copydesk.json's "archive": a draft is checked against the articles the
// archive retrieves for it (a real SQLite file indexed in a temp folder).
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexFiles } from '../../server/src/host/archive/index-files';
import { openArchive } from '../../server/src/host/archive/open-archive';
import { createNodeHost, toEnginePath } from '../../server/src/host/node-host';
import { silentLogger } from '../../server/src/engine/types';
import { HARBOUR_DRAFT, makeArchiveFixture, type ArchiveFixture } from '../helpers/archive-fixture';
import { buildOnce, TestClient, uriOf } from './lsp-client';

describe('language server with an archive', function () {
  this.timeout(60000);
  let fx: ArchiveFixture;
  let client: TestClient;

  before(() => buildOnce());
  beforeEach(async () => {
    fx = makeArchiveFixture();
    const archive = await openArchive(join(fx.dir, 'newsroom.db'), { create: true });
    await indexFiles(createNodeHost(silentLogger), archive, [toEnginePath(fx.articles)], toEnginePath(fx.dir));
    await archive.close();
    writeFileSync(join(fx.dir, 'copydesk.json'), JSON.stringify({ archive: 'newsroom.db' }));
    mkdirSync(join(fx.dir, 'drafts'));
    writeFileSync(join(fx.dir, 'drafts', 'harbour.md'), HARBOUR_DRAFT);
    client = new TestClient(fx.dir);
    await client.initialize();
  });
  afterEach(async () => {
    await client.stop();
    fx.cleanup();
  });

  it("reports findings against the draft's archive articles, with related information into them", async () => {
    const { uri } = await client.open('drafts/harbour.md');
    const ds = await client.pull(uri);
    const title = ds.find((d) => d.code === 'names/title-mismatch');
    assert.ok(title, JSON.stringify(ds.map((d) => d.code)));
    const harbourUris = fx.stories.harbour.map((p) => uriOf(p));
    assert.ok(title.relatedInformation?.some((r) => harbourUris.includes(r.location.uri) && r.location.range.start.line > 0), JSON.stringify(title.relatedInformation));
  });

  it('"Show references" lists the retrieved articles first, with the names and words they share with the draft', async () => {
    const { uri } = await client.open('drafts/harbour.md');
    await client.pull(uri);
    const refs = await client.request<{ uri: string; outlet: string | null; retrieved?: { names: string[]; terms: string[] } }[]>('copydesk/listReferences', { uri });
    const harbourUris = fx.stories.harbour.map((p) => uriOf(p));
    assert.deepEqual(refs.map((r) => r.uri).sort(), [...harbourUris].sort());
    for (const r of refs) {
      assert.ok(r.retrieved?.names.includes('varga'), JSON.stringify(r));
      assert.ok(r.retrieved?.terms.includes('harbour'), JSON.stringify(r));
    }
  });
});
