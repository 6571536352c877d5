// npm run bench: how fast Copydesk answers a writer.
//   cold start   a fresh `copydesk check` process on one draft (process start, model load, corpus parse, check)
//   full check   a 2,000-word draft the engine has never seen (no sentence caches)
//   re-check     the same draft after a one-character edit (what the server does per keystroke)
//   server       the same re-checks through the built language server (incremental didChange, diagnostic pull
//                answered), the bytes of each answer, and the server process's peak RSS
// each against ../shared/references (when present) and a generated corpus of 100 references; plus peak memory,
// and CI throughput: 500 generated drafts against 100 generated references through the built CLI.
// Every timing is printed beside markdownlint's on the same draft in the same run (the machine is noisy:
// only ratios within one run compare): its library lint for the re-checks, markdownlint-cli2 for cold start.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEngine, type Engine } from '../server/src/engine/index';
import { createNodeHost } from '../server/src/host/node-host';
import { silentLogger } from '../server/src/engine/types';
import { namesRegister } from '../server/src/engine/names/registry';
import { cast, draft, reference, type Person } from './generate';
import { ciThroughput } from './ci-throughput';
import { lint as markdownlint } from 'markdownlint/sync';
import { quantile } from './quantile';
import { serverRecheck } from './server-recheck';

const ROOT = resolve(__dirname, '..');
const SHARED_REFS = resolve(ROOT, '..', 'shared', 'references');
const RUNS = Number(process.env.BENCH_RUNS ?? 40);


function stats(samples: number[]): string {
  return `median ${quantile(samples, 0.5).toFixed(2)} ms, p95 ${quantile(samples, 0.95).toFixed(2)} ms (n=${samples.length})`;
}

/** Copydesk's figure against markdownlint's in the same run: medians and their ratio. */
function versus(ours: number[], theirs: number[]): string {
  const ratio = quantile(ours, 0.5) / quantile(theirs, 0.5);
  return `markdownlint ${stats(theirs)}; Copydesk/markdownlint median ratio ${ratio.toFixed(2)}`;
}

function lintOnce(text: string): void {
  markdownlint({ strings: { draft: text } });
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

async function openEngine(refDir: string): Promise<Engine> {
  const engine = createEngine(createNodeHost(silentLogger));
  await engine.open({ startDir: refDir, extraReferences: [refDir] });
  return engine;
}

/** A fresh markdownlint-cli2 process on the same draft (its default rules). */
function markdownlintColdStart(draftPath: string): number[] {
  const bin = join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    try {
      execFileSync(process.execPath, [bin, draftPath], { stdio: 'pipe', cwd: dirname(draftPath) });
    } catch {
      // exit 1: it found lint issues; the time is what counts
    }
    samples.push(performance.now() - t);
  }
  return samples;
}

function coldStart(refDir: string, draftPath: string): number[] | string {
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    try {
      execFileSync(process.execPath, [join(ROOT, 'bin', 'copydesk.js'), 'check', '--refs', refDir, '--format', 'json', draftPath], { stdio: 'pipe' });
    } catch (e) {
      const status = (e as { status?: number }).status;
      if (status !== 1) return `failed (exit ${status}): ${String((e as { stderr?: Buffer }).stderr ?? '').split('\n')[0]}`;
    }
    samples.push(performance.now() - t);
  }
  return samples;
}

/** One keystroke: insert a letter into a word in the middle of the draft. */
function edit(text: string, i: number): string {
  const at = Math.floor(text.length / 2) + (i % 50) * 7;
  return text.slice(0, at) + 'x' + text.slice(at);
}

async function suite(label: string, refDir: string, people: Person[]) {
  const t0 = performance.now();
  const engine = await openEngine(refDir);
  const load = performance.now() - t0;
  const words = engine.corpus.references().reduce((n, r) => n + r.text.split(/\s+/).length, 0);
  console.log(`\n${label}: ${engine.corpus.size} references, ${words} words (indexed in ${load.toFixed(0)} ms)`);

  const draftPath = join(mkdtempSync(join(tmpdir(), 'copydesk-bench-')), 'draft.md');
  writeFileSync(draftPath, draft(1, people));
  const cold = coldStart(refDir, draftPath);
  if (typeof cold === 'string') console.log(`  cold start (CLI process, one draft): ${cold}`);
  else console.log(`  cold start (CLI process, one draft): ${stats(cold)}\n    beside markdownlint-cli2 on the same file: ${versus(cold, markdownlintColdStart(draftPath))}`);

  // Warm the model and the corpus indexes once, as a running server has.
  engine.check(draft(0, people));
  lintOnce(draft(0, people));
  const full: number[] = [];
  const recheck: number[] = [];
  const lintFull: number[] = [];
  const lintRecheck: number[] = [];
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    const text = draft(1000 + i, people);
    full.push(time(() => (findings = engine.check(text).length)));
    lintFull.push(time(() => lintOnce(text)));
    let edited = text;
    for (let k = 0; k < 3; k++) {
      edited = edit(edited, k);
      const e = edited;
      recheck.push(time(() => engine.check(e)));
      lintRecheck.push(time(() => lintOnce(e)));
    }
  }
  const draftWords = draft(1000, people).split(/\s+/).length;
  console.log(`  full check (${draftWords}-word draft, ${findings} findings): ${stats(full)}\n    beside ${versus(full, lintFull)}`);
  console.log(`  re-check after one edit: ${stats(recheck)}\n    beside ${versus(recheck, lintRecheck)}`);

  const texts = Array.from({ length: RUNS }, (_, i) => draft(1000 + i, people));
  const server = await serverRecheck(mkdtempSync(join(tmpdir(), 'copydesk-bench-ws-')), refDir, texts, 3, edit);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`  re-check through the server (didChange + diagnostic pull): ${stats(server.samples)}\n    beside ${versus(server.samples, lintRecheck)}`);
  console.log(`    diagnostics answer: median ${kb(quantile(server.bytes, 0.5))}, max ${kb(Math.max(...server.bytes))}; server peak RSS ${server.peakRssMb?.toFixed(0) ?? '?'} MB (${engine.corpus.size} references)`);
}

async function main() {
  const generatedDir = mkdtempSync(join(tmpdir(), 'copydesk-bench-refs-'));
  const people = cast(7);
  const sidecar = [];
  for (let i = 0; i < 100; i++) {
    const ref = reference(i, people);
    const file = `ref-${String(i).padStart(3, '0')}.txt`;
    writeFileSync(join(generatedDir, file), ref.text);
    sidecar.push({ file, outlet: ref.outlet, published: ref.published });
  }
  writeFileSync(join(generatedDir, 'references.json'), JSON.stringify(sidecar, null, 2));

  if (existsSync(SHARED_REFS)) {
    // Draft people drawn from the real references' register, so the names rules have real work to do.
    const probe = await openEngine(SHARED_REFS);
    const real = [...namesRegister(probe.corpus).people.values()]
      .filter((p) => p.titles.length)
      .map((p) => ({ name: p.name, title: p.titles[0].text.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) }));
    await suite('../shared/references', SHARED_REFS, real.length ? real : people);
  } else {
    console.log('\n../shared/references: not present, skipped');
  }
  await suite('generated corpus', generatedDir, people);
  const maxRss = process.resourceUsage().maxRSS / 1024;
  console.log(`\npeak memory (max RSS of this process): ${maxRss.toFixed(0)} MB`);

  // Headless CI: many drafts through the built CLI (references parsed once per run).
  console.log('\nCI throughput: 500 generated drafts against 100 generated references (built CLI, --format json)');
  for (const r of ciThroughput({ build: false })) {
    console.log(`  --jobs ${r.jobs}: ${r.seconds.toFixed(2)} s, ${r.draftsPerSecond.toFixed(1)} drafts/s, ${r.findings} findings`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
