// What a pulled diagnostic carries: the evidence once (related information), and in `data` only what code
// actions need (rule, fixes, rule data). Every re-check sends the diagnostics again, so size matters.
import assert from 'node:assert/strict';
import { useWorkspaceServer } from './lsp-client';

describe('language server: diagnostic data', function () {
  this.timeout(60000);
  const server = useWorkspaceServer();

  it('sends the evidence once, as related information, and quick fixes still work from the lean data', async () => {
    const doc = await server.client.open('drafts/story.md');
    const items = await server.client.pull(doc.uri);
    assert.ok(items.length > 0);
    for (const d of items) {
      assert.ok(d.relatedInformation?.length, `${d.code} has related information`);
      const data = d.data as Record<string, unknown>;
      assert.equal(typeof data.rule, 'string');
      assert.ok(Array.isArray(data.fixes));
      assert.equal(data.evidence, undefined, `${d.code} repeats its evidence in data`);
    }
    const withFix = items.find((d) => ((d.data as { fixes: { edits: unknown[] }[] }).fixes ?? []).some((f) => f.edits.length));
    assert.ok(withFix, 'a finding with a text fix');
    const actions = await server.client.codeActions(doc.uri, withFix.range, [withFix], ['quickfix']);
    assert.ok(actions.some((a) => a.isPreferred && a.edit), JSON.stringify(actions.map((a) => a.title)));
  });
});
