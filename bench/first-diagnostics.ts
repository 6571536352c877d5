// npm run bench:first: how soon a writer sees diagnostics after the language server starts. The built
// server (dist/server.js) is started over stdio by a real JSON-RPC client, a draft is opened in a project
// whose copydesk.json lists ../shared/references (five real articles), then 100 articles of
// ../shared/realcopy, and the client pulls diagnostics:
//   first   the first answer: the draft's own checks when the client asks for them first
//           (initializationOptions.draftChecksFirst, as VS Code does), else the full check
//   full    the answer after the references are indexed (the refresh the server sends, then a pull)
// Each figure is the median of five fresh server processes; it measures, exit 0.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestClient } from '../test/lsp/lsp-client';
import { median } from './quantile';

const ROOT = join(__dirname, '..');
const SHARED_REFS = join(ROOT, '..', 'shared', 'references');
const REALCOPY = join(ROOT, '..', 'shared', 'realcopy');
const RUNS = 5;


/** A project folder: the shared references (plus `more` realcopy articles), a copydesk.json, and a draft. */
function project(more: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-first-'));
  cpSync(SHARED_REFS, join(dir, 'refs'), { recursive: true });
  if (more) {
    mkdirSync(join(dir, 'more'));
    const files = existsSync(REALCOPY) ? readdirSync(REALCOPY).flatMap((c) => (existsSync(join(REALCOPY, c, 'references.json')) ? readdirSync(join(REALCOPY, c)).filter((f) => f.endsWith('.txt')).map((f) => join(REALCOPY, c, f)) : [])) : [];
    files.slice(0, more).forEach((f, i) => cpSync(f, join(dir, 'more', `${i}.txt`)));
  }
  writeFileSync(join(dir, 'copydesk.json'), JSON.stringify({ references: more ? ['refs', 'more'] : ['refs'] }));
  // The first paragraph of each reference, as a writer's notes would start from them.
  const sidecar = JSON.parse(readFileSync(join(SHARED_REFS, 'references.json'), 'utf8')) as { file: string }[];
  const paras = sidecar.map((r) => readFileSync(join(SHARED_REFS, r.file), 'utf8').split(/\n\s*\n/).find((p) => p.split(/\s+/).length > 25) ?? '');
  writeFileSync(join(dir, 'draft.md'), `---\ntitle: Draft\n---\n\n${paras.join('\n\n')}\n\nThe talks were held on Tuesday, October 9, 2024.\n`);
  return dir;
}

async function once(dir: string, draftChecksFirst: boolean): Promise<{ first: number; firstCount: number; full: number; fullCount: number }> {
  const t0 = performance.now();
  const client = new TestClient(dir, { initializationOptions: { draftChecksFirst } });
  try {
    await client.initialize();
    const uri = (await client.open('draft.md')).uri;
    const firstDs = await client.pull(uri);
    const first = performance.now() - t0;
    if (!draftChecksFirst || !client.statuses.all.some((s) => s.indexing)) return { first, firstCount: firstDs.length, full: first, fullCount: firstDs.length };
    await client.refreshes.wait(() => true, 'the refresh after indexing', 60000, 0);
    const fullDs = await client.pull(uri);
    return { first, firstCount: firstDs.length, full: performance.now() - t0, fullCount: fullDs.length };
  } finally {
    await client.stop();
  }
}

async function main() {
  if (!existsSync(SHARED_REFS)) {
    console.log(`bench:first: no references at ${SHARED_REFS}; nothing measured.`);
    return;
  }
  if (!existsSync(join(ROOT, 'dist', 'server.js'))) throw new Error('dist/server.js is missing: run `node esbuild.js` first');
  console.log(`bench:first: a fresh language server, one draft, times from the server's start (medians of ${RUNS})`);
  for (const more of [0, 100]) {
    const dir = project(more);
    try {
      console.log(`  ${5 + more} references${more ? ` (the five shared ones and ${more} realcopy articles)` : ''}:`);
      for (const draftChecksFirst of [true, false]) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) runs.push(await once(dir, draftChecksFirst));
        const label = draftChecksFirst ? "draft's own checks first" : 'full check only         ';
        console.log(`    ${label}: first diagnostics ${median(runs.map((r) => r.first)).toFixed(0)} ms (${runs[0].firstCount} findings), full ${median(runs.map((r) => r.full)).toFixed(0)} ms (${runs[0].fullCount} findings)`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
