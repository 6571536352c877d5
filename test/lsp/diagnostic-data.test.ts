// What a pulled diagnostic carries: the evidence once (related information), and in `data` only what code
// actions cannot rebuild from the current check (the rule, fixes without text edits). Every re-check sends
// the diagnostics again, so size matters.
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
      assert.equal(data.data, undefined, `${d.code} repeats its rule data in data`);
      for (const f of data.fixes as { edits: unknown[] }[]) assert.equal(f.edits.length, 0, `${d.code} sends a text fix the server rebuilds`);
    }
    // The text fixes come from the current check: each diagnostic still gets its preferred quick fix.
    let preferred = 0;
    for (const d of items) {
      const actions = await server.client.codeActions(doc.uri, d.range, [d], ['quickfix']);
      if (actions.some((a) => a.isPreferred && a.edit)) preferred++;
    }
    assert.ok(preferred > 0, 'a diagnostic with a preferred text fix');
  });

  it('keeps the fixes that need no offsets for a diagnostic of an older text', async () => {
    const doc = await server.client.open('drafts/story.md');
    const items = await server.client.pull(doc.uri);
    const withConfigFix = items.find((d) => ((d.data as { fixes: { configEdit?: unknown }[] }).fixes ?? []).some((f) => f.configEdit));
    assert.ok(withConfigFix, 'a finding with a copydesk.json fix');
    // The same diagnostic, moved to where no current finding is (the client kept it from an older text).
    const moved = { ...withConfigFix, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };
    const actions = await server.client.codeActions(doc.uri, moved.range, [moved], ['quickfix']);
    const kept = (withConfigFix.data as { fixes: { title: string; configEdit?: unknown }[] }).fixes.find((f) => f.configEdit)!;
    assert.ok(actions.some((a) => a.title === kept.title && a.edit), JSON.stringify(actions.map((a) => a.title)));
  });
});
