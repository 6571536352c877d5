// Pull-diagnostic round trip through the real server over stdio (not a test: prints numbers).
//   npx tsx test/lsp/round-trip.ts [REFERENCE_DIR] [DRAFT.md…]
// Defaults: the invented fixture references and draft (test/fixtures/lsp/workspace), the draft
// repeated to about 2,000 words. Times: initialize, first pull (corpus load + check), and pulls after
// a one-character edit (median, p95), measured at the client.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildOnce, removeDir, ROOT, TestClient } from './lsp-client';

const [refsArg, ...draftArgs] = process.argv.slice(2);
const fixture = join(ROOT, 'test/fixtures/lsp/workspace');
const refs = resolve(refsArg ?? join(fixture, 'refs'));
const drafts = draftArgs.length ? draftArgs.map((d) => resolve(d)) : [join(fixture, 'drafts/story.md')];

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

(async () => {
  buildOnce();
  const folder = mkdtempSync(join(tmpdir(), 'copydesk-roundtrip-'));
  writeFileSync(join(folder, 'copydesk.json'), JSON.stringify({ references: [refs] }));
  const bodies = drafts.map((f) => readFileSync(f, 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));
  let text = '---\npublished: 2025-03-12\n---\n';
  while (text.split(/\s+/).length < 2000) text += `${bodies.join('\n\n')}\n\n`;
  writeFileSync(join(folder, 'draft.md'), text);

  const client = new TestClient(folder);
  let t = performance.now();
  await client.initialize();
  const init = performance.now() - t;
  t = performance.now();
  const doc = await client.open('draft.md');
  const first = await client.pull(doc.uri);
  const firstPull = performance.now() - t;
  const times: number[] = [];
  for (let i = 0; i < 100; i++) {
    const d = client.doc(doc.uri);
    const at = d.positionAt(Math.floor(d.getText().length / 2));
    await client.change(doc.uri, [{ range: { start: at, end: at }, newText: i % 2 ? 'x' : 'y' }]);
    const s = performance.now();
    await client.pull(doc.uri);
    times.push(performance.now() - s);
  }
  await client.stop();
  removeDir(folder);
  console.log(`draft: ${text.split(/\s+/).length} words, ${first.length} diagnostics (${JSON.stringify(first).length} bytes); references: ${refs}`);
  console.log(`initialize: ${init.toFixed(0)} ms; first pull (corpus load + check): ${firstPull.toFixed(0)} ms`);
  console.log(`pull after a one-character edit: median ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms (${times.length} edits)`);
})();
