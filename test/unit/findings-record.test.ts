// Every finding the engine gives on the fixture sets, in full (range, message, evidence, fixes, data,
// confidence), compared with a record the engine itself wrote: work on speed or memory must not change a
// single finding. The record is written by running this file with COPYDESK_RECORD_FINDINGS=1 on a commit
// whose findings are known good; any difference afterwards fails with the draft and the first change.
// Each draft is checked twice: on a fresh engine in order, then again after an edit elsewhere and back
// (what the server does per keystroke), so per-sentence caches must give the same findings as a cold check.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createEngine, type Engine, type Finding } from '../../server/src/engine/index';
import { memoryHost } from '../helpers/memory-host';
import { cast, draft, reference } from '../../bench/generate';

const ROOT = join(__dirname, '..', '..');
const RECORD = join(__dirname, '..', 'fixtures', 'findings-record.json');

interface FixtureSet {
  /** Folder (relative to the repository) whose files are loaded into memory at /fx/<name>. */
  files: Record<string, string>;
  /** The project folder opened (its copydesk.json, if any, applies). */
  startDir: string;
  /** Reference folder given as extra references when the set has no copydesk.json. */
  extraReferences?: string[];
  drafts: string[];
}

function readTree(dir: string, into: Record<string, string>, as: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) readTree(path, into, `${as}/${name}`);
    else if (/\.(md|txt|json|html?)$/.test(name) && !name.endsWith('.test.ts')) into[`${as}/${name}`] = readFileSync(path, 'utf8');
  }
}

/** A fixture folder with drafts/ and a reference folder (or a copydesk.json naming its references). */
function folderSet(folder: string, refs: string, draftsDir = 'drafts'): [string, FixtureSet] {
  const files: Record<string, string> = {};
  const root = `/fx/${folder}`;
  readTree(join(ROOT, folder), files, root);
  const hasConfig = existsSync(join(ROOT, folder, 'copydesk.json'));
  const drafts = Object.keys(files).filter((f) => f.startsWith(`${root}/${draftsDir}/`) && f.endsWith('.md')).sort();
  return [folder, { files, startDir: root, extraReferences: hasConfig ? undefined : [`${root}/${refs}`], drafts }];
}

/** The benchmark's generated newsroom copy: many people, titles, dates and figures on every line. */
function generatedSet(): [string, FixtureSet] {
  const people = cast(7);
  const files: Record<string, string> = {};
  const sidecar = [];
  for (let i = 0; i < 12; i++) {
    const ref = reference(i, people);
    const file = `ref-${String(i).padStart(3, '0')}.txt`;
    files[`/fx/generated/refs/${file}`] = ref.text;
    sidecar.push({ file, outlet: ref.outlet, published: ref.published });
  }
  files['/fx/generated/refs/references.json'] = JSON.stringify(sidecar);
  for (const seed of [1000, 1001]) files[`/fx/generated/drafts/draft-${seed}.md`] = draft(seed, people, 900);
  return ['generated', { files, startDir: '/fx/generated', extraReferences: ['/fx/generated/refs'], drafts: Object.keys(files).filter((f) => f.endsWith('.md')) }];
}

const sets: [string, FixtureSet][] = [
  folderSet('test/fixtures/attribution', 'refs'),
  folderSet('test/fixtures/dates', 'refs'),
  folderSet('test/fixtures/dates/labour', 'refs'),
  folderSet('test/fixtures/cli', 'refs'),
  folderSet('test/fixtures/lsp/workspace', 'refs'),
  folderSet('test/fixtures/vscode-workspace', 'references'),
  folderSet('examples', 'references'),
  generatedSet(),
];

/** Findings as plain JSON (what crosses the engine's boundary). */
const plain = (findings: Finding[]): unknown => JSON.parse(JSON.stringify(findings));

/** One keystroke's worth of change in the middle of the text. */
const edited = (text: string) => text.slice(0, text.length >> 1) + 'x' + text.slice(text.length >> 1);

async function open(set: FixtureSet): Promise<Engine> {
  const engine = createEngine(memoryHost(set.files));
  // The cli fixture's copydesk.json turns most checks off; its drafts are checked with every check here.
  const options = set.extraReferences ? { startDir: '/fx/none', extraReferences: set.extraReferences } : { startDir: set.startDir };
  await engine.open(options);
  return engine;
}

async function recordAll(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [, set] of sets) {
    const engine = await open(set);
    for (const d of set.drafts) out[d] = plain(engine.check(set.files[d], { path: d }));
  }
  return out;
}

describe('the full findings of the fixture sets match the engine\'s record', function () {
  this.timeout(120_000);
  if (process.env.COPYDESK_RECORD_FINDINGS) {
    it('records the findings', async () => {
      const record = await recordAll();
      writeFileSync(RECORD, JSON.stringify({ about: 'Written by test/unit/findings-record.test.ts with COPYDESK_RECORD_FINDINGS=1: every finding of each fixture draft, in full.', drafts: record }, null, 1) + '\n');
    });
    return;
  }
  const record = (JSON.parse(readFileSync(RECORD, 'utf8')) as { drafts: Record<string, unknown> }).drafts;

  for (const [name, set] of sets) {
    describe(relative(ROOT, join(ROOT, name)), () => {
      let engine: Engine;
      before(async () => {
        engine = await open(set);
      });
      it('has a record of every draft', () => {
        for (const d of set.drafts) assert.ok(d in record, `no record for ${d}: re-record on a known-good commit`);
        assert.ok(set.drafts.length > 0);
      });
      it('gives the recorded findings on a cold check of each draft', () => {
        for (const d of set.drafts) assert.deepStrictEqual(plain(engine.check(set.files[d], { path: d })), record[d], d);
      });
      it('gives the same findings re-checked after an edit and back', () => {
        for (const d of set.drafts) {
          engine.check(edited(set.files[d]), { path: d });
          assert.deepStrictEqual(plain(engine.check(set.files[d], { path: d })), record[d], d);
        }
      });
    });
  }

  it('records some findings of every check with evidence and fixes (the record is not trivially empty)', () => {
    const all = Object.values(record).flat() as Finding[];
    for (const check of ['names', 'dates', 'numbers', 'attribution', 'quotes']) assert.ok(all.some((f) => f.check === check), check);
    assert.ok(all.some((f) => f.evidence.length > 0 && f.fixes.length > 0));
  });
});
