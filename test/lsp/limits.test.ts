// The server never blocks on one document: a 20 MB didOpen is refused at once with one diagnostic,
// and other documents are answered meanwhile; a malformed diagnostic pull gets InvalidParams.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { uriOf, useWorkspaceServer } from './lsp-client';

describe('language server limits', function () {
  this.timeout(60000);
  const server = useWorkspaceServer();

  it('refuses a 20 MB draft within 2 s with one diagnostic, and answers another document meanwhile', async () => {
    const draft = await server.client.open('drafts/story.md');
    await server.client.pull(draft.uri); // warm up: projects loaded, wink model read
    const hugeUri = uriOf(join(server.folder, 'drafts/huge.md'));
    const huge = 'Mara Lindqvist said the harbour was full. '.repeat(500000);
    await server.client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: hugeUri, languageId: 'markdown', version: 1, text: huge } });
    const start = Date.now();
    const [items, other] = await Promise.all([server.client.pull(hugeUri), server.client.pull(draft.uri)]);
    const ms = Date.now() - start;
    assert.ok(ms < 2000, `answered in ${ms} ms`);
    assert.equal(items.length, 1);
    assert.equal(items[0].code, 'too-large');
    assert.match(String(items[0].message), /over the 1 MB limit/);
    assert.ok(Array.isArray(other));
  });

  it('answers a diagnostic pull with malformed params with an InvalidParams error', async () => {
    await assert.rejects(server.client.request('textDocument/diagnostic', {}), (e: { code?: number; message?: string }) => {
      assert.equal(e.code, -32602);
      assert.doesNotMatch(e.message ?? '', /TypeError|Cannot read properties/);
      return true;
    });
  });
});
