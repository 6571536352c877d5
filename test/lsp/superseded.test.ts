// A check runs its rules in slices and lets the server read its messages in between: an edit makes the
// running check of the old text stale, and it stops at the next slice instead of running to its end.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { uriOf, useWorkspaceServer } from './lsp-client';

describe('language server: long checks yield and go stale', function () {
  this.timeout(120000);
  const server = useWorkspaceServer();

  /** A long draft (well under the size limit) whose check takes seconds: many paragraphs of names, quotes and dates. */
  function longDraft(): string {
    const paragraph = (i: number) =>
      `Foreign Minister Maria Lindkvist met envoy ${i} on Tuesday, March ${(i % 27) + 1}. "We signed ${i} deals," she said, ` +
      `and Interior Minister Tomas Berg said the pact would cost about ${i} million crowns.`;
    return `---\npublished: 2025-03-12\n---\n\n${Array.from({ length: 1500 }, (_, i) => paragraph(i)).join('\n\n')}\n`;
  }

  it('abandons the check of a long text once an edit replaces it', async () => {
    const longUri = uriOf(join(server.folder, 'drafts/long.md'));
    const long = longDraft();
    const clean = '---\npublished: 2025-03-12\n---\n\nThe harbour was quiet on Wednesday.\n';
    // How long the long text takes to check when nothing interrupts it (a second document, same text).
    const fullUri = uriOf(join(server.folder, 'drafts/long-full.md'));
    await server.client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: fullUri, languageId: 'markdown', version: 1, text: long } });
    let start = Date.now();
    assert.ok((await server.client.pull(fullUri)).length > 0);
    const full = Date.now() - start;
    // The same text, replaced by a short one shortly after its check began.
    await server.client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: longUri, languageId: 'markdown', version: 1, text: long } });
    start = Date.now();
    const stalePull = server.client.pull(longUri);
    await new Promise((r) => setTimeout(r, Math.min(500, full / 10)));
    await server.client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: longUri, version: 2 }, contentChanges: [{ text: clean }] });
    const [stale, current] = await Promise.all([stalePull, server.client.pull(longUri)]);
    const interrupted = Date.now() - start;
    assert.deepEqual(current, []);
    assert.deepEqual(stale, [], 'the pull for the replaced text answers for the text the editor has now');
    // Reading the long text (one step) still runs to its end; the rules after it do not.
    assert.ok(interrupted < full * 0.8, `interrupted check took ${interrupted} ms, a full one ${full} ms`);
  });

  it('answers a pull for a version an edit replaced with the diagnostics of the current text', async () => {
    const draft = await server.client.open('drafts/story.md');
    const clean = '---\npublished: 2025-03-12\n---\n\nThe harbour was quiet on Wednesday.\n';
    const stalePull = server.client.pull(draft.uri);
    await server.client.setText(draft.uri, clean);
    const currentPull = server.client.pull(draft.uri);
    const [stale, current] = await Promise.all([stalePull, currentPull]);
    assert.deepEqual(current, []);
    assert.deepEqual(stale, current, 'the pull for the replaced version answers for the text the editor has now');
  });
});
