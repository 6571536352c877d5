// CI throughput: `copydesk check` (the built binary, as CI runs it) over 500 generated drafts against
// 100 generated reference articles, in one thread and with worker threads. Prints drafts per second.
//   node --import tsx bench/ci-throughput.ts [--drafts 500] [--refs 100] [--jobs N]
// Everything is generated from a seeded PRNG: invented people, places and organisations.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['B', 'D', 'F', 'G', 'H', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'V', 'Br', 'Dr', 'Gr', 'Kl', 'St', 'Tr'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou'];
const CODAS = ['n', 'r', 'l', 's', 'nd', 'rt', 'lm', 'ck', 'v', 'th'];
const TITLES = ['Foreign Minister', 'Defence Minister', 'Finance Minister', 'Trade Minister', 'Interior Minister', 'Health Minister', 'Prime Minister', 'Energy Minister'];
const OUTLETS = ['Harbour Herald', 'Northern Courier', 'Valley Times', 'Coastline Daily', 'Plains Observer', 'Island Review', 'Capital Ledger', 'Morning Dispatch'];
const TOPICS = ['a water-sharing treaty', 'the rail corridor', 'fishing quotas', 'a border crossing', 'the grain agreement', 'power-line tariffs', 'river dredging', 'port fees'];

interface Person {
  first: string;
  last: string;
  title: string;
  country: string;
}

function word(r: () => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += ONSETS[Math.floor(r() * ONSETS.length)].toLowerCase() + VOWELS[Math.floor(r() * VOWELS.length)];
  w += CODAS[Math.floor(r() * CODAS.length)];
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function pick<T>(r: () => number, xs: T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

/** One letter swapped for a near miss ("Lindqvist" → "Lindkvist"-style). */
function misspell(r: () => number, name: string): string {
  const i = 1 + Math.floor(r() * (name.length - 2));
  const swap: Record<string, string> = { a: 'e', e: 'a', i: 'y', o: 'u', u: 'o', n: 'm', r: 'l', l: 'r', s: 'z', k: 'c', t: 'd', d: 't', v: 'w', h: 'h' };
  const c = name[i].toLowerCase();
  return name.slice(0, i) + (swap[c] ?? 'e') + name.slice(i + 1);
}

export interface Corpus {
  dir: string;
  drafts: string[];
  cleanup(): void;
}

export function generate(draftCount = 500, refCount = 100, seed = 42): Corpus {
  const r = rng(seed);
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-ci-bench-'));
  const refsDir = join(dir, 'refs');
  const draftsDir = join(dir, 'drafts');
  mkdirSync(refsDir);
  mkdirSync(draftsDir);
  const countries = Array.from({ length: 20 }, () => word(r, 2) + 'ia');
  const people: Person[] = Array.from({ length: 120 }, () => ({ first: word(r, 1), last: word(r, 2 + Math.floor(r() * 2)), title: pick(r, TITLES), country: pick(r, countries) }));
  const sidecar: { file: string; outlet: string; published: string }[] = [];
  const storyPeople: Person[][] = [];
  for (let i = 0; i < refCount; i++) {
    const cast = Array.from({ length: 4 }, () => pick(r, people));
    storyPeople.push(cast);
    const topic = pick(r, TOPICS);
    const day = 1 + Math.floor(r() * 27);
    const published = `2025-05-${String(day).padStart(2, '0')}`;
    const paras: string[] = [`${cast[0].country.toUpperCase()}, May ${day} — ${cast[0].title} ${cast[0].first} ${cast[0].last} of ${cast[0].country} met ${cast[1].title} ${cast[1].first} ${cast[1].last} on ${topic}, officials said.`];
    for (let p = 0; p < 12; p++) {
      const who = pick(r, cast);
      paras.push(
        `${who.last} told reporters that talks on ${pick(r, TOPICS)} had made progress, and that a further round would follow within ${2 + Math.floor(r() * 6)} weeks. ` +
          `${pick(r, cast).title} ${pick(r, cast).first} ${pick(r, cast).last} said the ${word(r, 2)} Council would review the draft text before it was signed. ` +
          `Observers from ${pick(r, countries)} and ${pick(r, countries)} attended the session, which lasted ${3 + Math.floor(r() * 5)} hours.`,
      );
    }
    paras.push('Most Read\n1. Weather warning for the coast\n2. Ferry timetable changes');
    const file = `ref-${String(i).padStart(3, '0')}.txt`;
    writeFileSync(join(refsDir, file), paras.join('\n\n') + '\n');
    sidecar.push({ file, outlet: pick(r, OUTLETS), published });
  }
  writeFileSync(join(refsDir, 'references.json'), JSON.stringify(sidecar, null, 1));
  writeFileSync(join(dir, 'copydesk.json'), JSON.stringify({ references: ['refs/*.txt'] }));
  const drafts: string[] = [];
  for (let i = 0; i < draftCount; i++) {
    const cast = pick(r, storyPeople);
    const [a, b] = cast;
    const lastA = r() < 0.3 ? misspell(r, a.last) : a.last;
    const titleB = r() < 0.2 ? pick(r, TITLES) : b.title;
    const paras = [`---\ntitle: Talks on ${pick(r, TOPICS)}\npublished: 2025-05-28\n---`, `# ${a.country} and partners resume talks`];
    paras.push(`${a.title} ${a.first} ${lastA} met ${titleB} ${b.first} ${b.last} this week to discuss ${pick(r, TOPICS)}.`);
    for (let p = 0; p < 10; p++) {
      paras.push(
        `${pick(r, cast).last} said a further round would follow within ${2 + Math.floor(r() * 6)} weeks, according to officials briefed on the talks. ` +
          `Delegations from ${pick(r, countries)} joined the afternoon session, which focused on ${pick(r, TOPICS)} and the timetable for a signing.`,
      );
    }
    const file = join(draftsDir, `draft-${String(i).padStart(3, '0')}.md`);
    writeFileSync(file, paras.join('\n\n') + '\n');
    drafts.push(file);
  }
  return { dir, drafts, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ThroughputResult {
  jobs: number;
  seconds: number;
  draftsPerSecond: number;
  findings: number;
  exitCode: number | null;
}

export function runCli(corpus: Corpus, jobs: number): ThroughputResult {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'copydesk.js'), 'check', '--format', 'json', '--jobs', String(jobs), 'drafts/'], {
    cwd: corpus.dir,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`copydesk check failed (${r.status}): ${r.stderr.trim()}`);
  const report = JSON.parse(r.stdout) as { files: { diagnostics: unknown[] }[] };
  const findings = report.files.reduce((n, f) => n + f.diagnostics.length, 0);
  return { jobs, seconds, draftsPerSecond: corpus.drafts.length / seconds, findings, exitCode: r.status };
}

export function ciThroughput(options: { drafts?: number; refs?: number; jobs?: number[]; build?: boolean } = {}): ThroughputResult[] {
  if (options.build !== false) execFileSync(process.execPath, [join(ROOT, 'esbuild.js')], { cwd: ROOT, stdio: 'inherit' });
  const corpus = generate(options.drafts ?? 500, options.refs ?? 100);
  try {
    const cores = availableParallelism();
    const jobs = options.jobs ?? [...new Set([1, Math.max(2, cores - 1), cores])];
    return jobs.map((j) => runCli(corpus, j));
  } finally {
    corpus.cleanup();
  }
}

if (require.main === module) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : undefined;
  };
  const drafts = arg('--drafts') ?? 500;
  const refs = arg('--refs') ?? 100;
  const jobs = arg('--jobs');
  const build = !process.argv.includes('--no-build');
  const results = ciThroughput({ drafts, refs, jobs: jobs ? [jobs] : undefined, build });
  console.log(`CI throughput: ${drafts} generated drafts against ${refs} generated references (built CLI, --format json, ${availableParallelism()} cores)`);
  for (const r of results) {
    console.log(`  --jobs ${r.jobs}: ${r.seconds.toFixed(2)} s, ${r.draftsPerSecond.toFixed(1)} drafts/s, ${r.findings} findings, exit ${r.exitCode}`);
  }
}
