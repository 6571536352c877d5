// npm run bench:archive [-- --total 10000 --keep --postgres -v] — retrieval quality and cost of the SQLite archive.
// Every article of ../shared/realcopy (read at run time, never copied into the project) goes into one
// archive with filler up to --total articles: half generated wire copy (bench/generate.ts), half
// "remixed" articles made of sentences from other stories' articles, dated across the same years, so
// the filler shares the real stories' names and words. Then each real article, as a draft, must
// retrieve the other articles of its story in its top 10. --postgres: the same on a throw-away PostgreSQL
// server started from the installed packages (as the tests do). Then the language server itself (the
// built dist/server.js, over stdio) checks a real article as a draft against the archive: first
// diagnostics, re-check after one-word edits (median, p95), and the server process's peak RSS, beside
// the same draft checked against its story's other articles listed by hand as references.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readReference, type ReferenceMeta } from '../server/src/engine/corpus/reference';
import { parseSidecar } from '../server/src/engine/corpus/sidecar';
import { silentLogger } from '../server/src/engine/types';
import { draftFeatures } from '../server/src/host/archive/features';
import { indexFiles } from '../server/src/host/archive/index-files';
import type { Archive } from '../server/src/host/archive/archive';
import { openArchive } from '../server/src/host/archive/open-archive';
import { startPostgres, type PostgresServer } from '../test/helpers/postgres-server';
import { createNodeHost, toEnginePath } from '../server/src/host/node-host';
import { cast, reference, rng } from './generate';
import { TestClient } from '../test/lsp/lsp-client';
import { median, quantile } from './quantile';
import { peakRss } from './server-recheck';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const TOTAL = Number(opt('--total', '10000'));
const TOP = 10;
const REALCOPY = resolve(opt('--realcopy', resolve(__dirname, '..', '..', 'shared', 'realcopy')));

interface Article {
  story: string;
  path: string;
  raw: string;
  sidecar: Partial<ReferenceMeta>;
  published?: string;
  prose: string;
}

function readRealcopy(): Article[] {
  const out: Article[] = [];
  for (const story of readdirSync(REALCOPY).sort()) {
    const dir = join(REALCOPY, story);
    if (!statSync(dir).isDirectory()) continue;
    const sidecarPath = join(dir, 'references.json');
    const sidecars = existsSync(sidecarPath) ? parseSidecar(readFileSync(sidecarPath, 'utf8')) : new Map<string, Partial<ReferenceMeta>>();
    for (const file of readdirSync(dir).sort()) {
      if (!/\.(txt|md|html?)$/.test(file)) continue;
      const path = toEnginePath(join(dir, file));
      const raw = readFileSync(path, 'utf8');
      const sidecar = sidecars.get(file) ?? {};
      const source = readReference(path, raw, sidecar);
      out.push({ story, path, raw, sidecar, published: source.meta.published, prose: source.prose });
    }
  }
  return out;
}

const sentencesOf = (text: string) => text.replace(/\s+/g, ' ').match(/[^.!?]+[.!?]+/g) ?? [];

/** Filler articles in folders of 500 with a sidecar each (outlet, date). */
function writeFiller(root: string, real: Article[], count: number): void {
  const r = rng(20260101);
  const dates = real.map((a) => a.published).filter((d): d is string => !!d).sort();
  const first = Date.parse(dates[0]);
  const last = Date.parse(dates[dates.length - 1]);
  const randomDate = () => new Date(first + Math.floor(r() * (last - first))).toISOString().slice(0, 10);
  const pool = real.map((a) => sentencesOf(a.prose));
  for (let start = 0; start < count; start += 500) {
    const dir = join(root, `filler-${start / 500}`);
    mkdirSync(dir, { recursive: true });
    const sidecar: { file: string; outlet: string; published: string }[] = [];
    for (let i = start; i < Math.min(count, start + 500); i++) {
      const file = `filler-${i}.txt`;
      let text: string;
      if (i % 2 === 0) {
        text = reference(i, cast(i % 97), 400 + (i % 5) * 100).text;
      } else {
        // Sentences from a few different real articles: the real stories' names, never one story's whole text.
        const lines: string[] = [];
        for (let k = 0; k < 12; k++) {
          const source = pool[Math.floor(r() * pool.length)];
          if (source.length) lines.push(source[Math.floor(r() * source.length)].trim());
        }
        text = lines.join('\n') + '\n';
      }
      writeFileSync(join(dir, file), text);
      sidecar.push({ file, outlet: `Filler Wire ${i % 7}`, published: randomDate() });
    }
    writeFileSync(join(dir, 'references.json'), JSON.stringify(sidecar));
  }
}


async function main() {
  const real = readRealcopy();
  const work = mkdtempSync(join(tmpdir(), 'copydesk-bench-archive-'));
  const db = join(work, 'newsroom.db');
  let server: PostgresServer | undefined;
  try {
    const filler = Math.max(0, TOTAL - real.length);
    writeFiller(join(work, 'filler'), real, filler);

    if (args.includes('--postgres')) {
      const started = await startPostgres();
      if ('skipped' in started) throw new Error(`--postgres: ${started.skipped}`);
      server = started;
      process.env.PGPASSWORD = server.password;
    }
    const archive: Archive = await openArchive(server ? server.url : db, { create: true });
    const host = createNodeHost(silentLogger);
    let t = performance.now();
    const indexed = await indexFiles(host, archive, [REALCOPY, toEnginePath(join(work, 'filler'))], toEnginePath(work));
    const indexSeconds = (performance.now() - t) / 1000;
    const stats = await archive.stats();

    t = performance.now();
    const again = await indexFiles(host, archive, [REALCOPY, toEnginePath(join(work, 'filler'))], toEnginePath(work));
    const reindexSeconds = (performance.now() - t) / 1000;

    const byStory = new Map<string, Article[]>();
    for (const a of real) byStory.set(a.story, [...(byStory.get(a.story) ?? []), a]);
    let drafts = 0;
    let complete = 0;
    let othersFound = 0;
    let othersTotal = 0;
    const latencies: number[] = [];
    const misses: string[] = [];
    for (const [story, articles] of byStory) {
      if (articles.length < 2) continue;
      for (const a of articles) {
        const start = performance.now();
        const found = await archive.retrieve(draftFeatures(a.prose, a.published), { window: 7, max: TOP + 1 });
        latencies.push(performance.now() - start);
        const top = found.map((x) => x.article.path).filter((p) => p !== a.path).slice(0, TOP);
        const others = articles.filter((o) => o.path !== a.path);
        const hits = others.filter((o) => top.includes(o.path)).length;
        drafts++;
        othersFound += hits;
        othersTotal += others.length;
        if (hits === others.length) complete++;
        else misses.push(`${story}/${a.path.split('/').pop()}: ${hits}/${others.length}`);
      }
    }
    await archive.close();
    const lsp = existsSync(join(__dirname, '..', 'dist', 'server.js')) ? await throughServer(work, server ? server.url : 'newsroom.db', byStory) : 'dist/server.js is missing: run `node esbuild.js` first';

    const rssMb = process.resourceUsage().maxRSS / 1024;
    console.log(`archive (${server ? 'PostgreSQL' : 'SQLite'}): ${stats.articles} articles (${real.length} real from ${byStory.size} stories, ${filler} filler), ${(stats.bytes / 1048576).toFixed(1)} MB`);
    console.log(`indexing: ${indexSeconds.toFixed(1)} s, ${Math.round(indexed.added / indexSeconds)} articles/s; re-index with nothing changed: ${reindexSeconds.toFixed(1)} s (${again.unchanged} unchanged)`);
    console.log(`retrieval quality: ${complete}/${drafts} drafts (${((100 * complete) / drafts).toFixed(1)}%) have every other article of their story in their top ${TOP}; ${othersFound}/${othersTotal} (${((100 * othersFound) / othersTotal).toFixed(1)}%) of those articles retrieved`);
    console.log(`retrieval latency per draft: median ${median(latencies).toFixed(1)} ms, p95 ${quantile(latencies, 0.95).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`);
    console.log(`peak RSS: ${rssMb.toFixed(0)} MB`);
    console.log(`language server: ${lsp}`);
    if (args.includes('-v')) for (const m of misses) console.log(`  miss ${m}`);
  } finally {
    server?.stop();
    if (args.includes('--keep')) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/**
 * One real article as a draft through the language server: with the archive (retrieval on every check;
 * the article itself is in the archive too, as a newsroom's own earlier copy would be)
 * and with its story's other articles listed by hand. First diagnostics, then a one-word edit at a time.
 */
async function throughServer(work: string, archiveSetting: string, byStory: Map<string, Article[]>): Promise<string> {
  const story = [...byStory.values()].find((a) => a.length >= 4) ?? [...byStory.values()][0];
  const [draft, ...others] = story;
  const out: string[] = [];
  for (const mode of ['archive', 'hand-listed'] as const) {
    // The archive's copydesk.json sits beside the database file (a config names files inside its own folder).
    const dir = mode === 'archive' ? work : join(work, 'project-hand-listed');
    if (mode === 'archive') writeFileSync(join(dir, 'copydesk.json'), JSON.stringify({ archive: archiveSetting }));
    else {
      mkdirSync(join(dir, 'refs'), { recursive: true });
      others.forEach((o, i) => writeFileSync(join(dir, 'refs', `${i}.txt`), o.raw));
      writeFileSync(join(dir, 'refs', 'references.json'), JSON.stringify(others.map((o, i) => ({ file: `${i}.txt`, ...o.sidecar }))));
      writeFileSync(join(dir, 'copydesk.json'), JSON.stringify({ references: ['refs'] }));
    }
    writeFileSync(join(dir, 'draft.md'), `---\npublished: ${draft.published ?? '2020-01-01'}\n---\n\n${draft.prose.split(/\n\s*\n/).join('\n\n')}\n`);
    const client = new TestClient(dir);
    try {
      const t0 = performance.now();
      await client.initialize();
      const doc = await client.open('draft.md');
      const first = await client.pull(doc.uri);
      const firstMs = performance.now() - t0;
      const times: number[] = [];
      for (let i = 0; i < 20; i++) {
        const line = 5 + (i % 10);
        const t = performance.now();
        await client.change(doc.uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: i % 2 ? 'The ' : 'A ' }]);
        await client.pull(doc.uri);
        times.push(performance.now() - t);
      }
      out.push(`${mode}: ${first.length} findings, first diagnostics ${firstMs.toFixed(0)} ms, re-check median ${median(times).toFixed(1)} ms p95 ${quantile(times, 0.95).toFixed(1)} ms, server peak RSS ${peakRss(client.proc.pid)?.toFixed(0) ?? '?'} MB`);
    } finally {
      await client.stop();
    }
  }
  return `${draft.story} (${others.length} other articles) as a draft\n  ${out.join('\n  ')}`;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
