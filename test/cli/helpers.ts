// Running the built `copydesk` binary the way users do, on copies of test/fixtures/cli.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
/** The built command; COPYDESK_TEST_BIN runs another build of it (an installed package, a release). */
export const BIN = process.env.COPYDESK_TEST_BIN ? resolve(process.env.COPYDESK_TEST_BIN) : join(ROOT, 'bin', 'copydesk.js');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'cli');

let built = false;

/** `npm run build` once per test run (esbuild: about a second); COPYDESK_TEST_PREBUILT=1 uses dist/ as it is. */
export function buildOnce(): void {
  if (built) return;
  if (process.env.COPYDESK_TEST_PREBUILT || process.env.COPYDESK_TEST_BIN) {
    built = true;
    return;
  }
  execFileSync(process.execPath, [join(ROOT, 'esbuild.js')], { cwd: ROOT, stdio: 'pipe' });
  if (!existsSync(join(ROOT, 'dist', 'cli.js')) || statSync(join(ROOT, 'dist', 'cli.js')).size === 0) throw new Error('build produced no dist/cli.js');
  built = true;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function run(args: string[], options: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {}): RunResult {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['FORCE_COLOR', 'NO_COLOR', 'CI', 'GITHUB_ACTIONS', 'COLUMNS']) delete env[k];
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? FIXTURES, env, encoding: 'utf8', input: options.input, timeout: 60000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A throw-away copy of the CLI fixtures (drafts, refs, copydesk.json). */
export function fixtureCopy(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
  cpSync(FIXTURES, dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', GIT_CONFIG_NOSYSTEM: '1', HOME: cwd },
  });
}

export interface JsonReport {
  files: { path: string; uri: string; diagnostics: JsonDiagnostic[] }[];
}

export interface JsonDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
  codeDescription?: { href: string };
  relatedInformation?: { location: { uri: string; range: JsonDiagnostic['range'] }; message: string }[];
  data: { rule: string; fixes: { title: string; safe?: boolean; edits: { range: { start: number; end: number }; newText: string }[] }[]; evidence: unknown[] };
}

export function parseJson(stdout: string): JsonReport {
  return JSON.parse(stdout) as JsonReport;
}

/** The [start, end) text a diagnostic range covers. */
export function textAt(text: string, range: JsonDiagnostic['range']): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(offset(range.start), offset(range.end));
}
