// Which drafts to check: files, folders (their Markdown files, recursively) and globs; optionally only
// those changed since a git ref, and the changed lines in each.
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { toEnginePath } from '../host/node-host';
import { CliError } from './errors';

export const DRAFT_GLOB = '**/*.{md,markdown}';
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** Absolute, forward-slash paths of the drafts the inputs name, sorted, without duplicates. */
export async function discoverDrafts(inputs: string[], cwd: string): Promise<string[]> {
  const out = new Set<string>();
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    let kind: 'file' | 'dir' | undefined;
    try {
      const info = await stat(abs);
      kind = info.isFile() ? 'file' : info.isDirectory() ? 'dir' : undefined;
    } catch {
      kind = undefined;
    }
    let matched: string[];
    if (kind === 'file') matched = [abs];
    else if (kind === 'dir') matched = await glob([DRAFT_GLOB], { cwd: abs, absolute: true, onlyFiles: true, ignore: IGNORE });
    else if (isDynamicPattern(input)) matched = await glob([input.replace(/\\/g, '/')], { cwd, absolute: true, onlyFiles: true, ignore: IGNORE });
    else throw new CliError(`no such file or folder: ${input}`);
    if (!matched.length) throw new CliError(`no draft files matched ${input}${kind === 'dir' ? ' (looked for .md and .markdown files)' : ''}`);
    for (const f of matched.sort()) out.add(toEnginePath(resolve(f)));
  }
  return [...out];
}

function git(args: string[], cwd: string): Promise<string> {
  return new Promise((done, fail) => {
    execFile('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) {
        const code = (err as NodeJS.ErrnoException).code;
        const why = code === 'ENOENT' ? 'git is not installed' : (stderr || err.message).trim().split('\n')[0];
        fail(new CliError(`git ${args[0]} failed: ${why}`));
      } else done(stdout);
    });
  });
}

export interface GitChanges {
  /** Repository root (forward slashes). */
  root: string;
  /** Absolute paths changed since the ref (tracked changes plus untracked files). */
  files: Set<string>;
  /** Untracked files: every line counts as changed. */
  untracked: Set<string>;
}

/** Files changed since `ref` in the repository around `cwd` (working tree against the ref). */
export async function changedSince(ref: string, cwd: string): Promise<GitChanges> {
  const root = toEnginePath((await git(['rev-parse', '--show-toplevel'], cwd)).trim());
  await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd).catch(() => {
    throw new CliError(`--changed-since: "${ref}" is not a commit in ${root}`);
  });
  const changed = (await git(['diff', '--name-only', '-z', '--no-renames', ref, '--'], root)).split('\0').filter(Boolean);
  const untracked = (await git(['ls-files', '--others', '--exclude-standard', '-z'], root)).split('\0').filter(Boolean);
  const abs = (p: string) => toEnginePath(resolve(root, p));
  return { root, files: new Set([...changed, ...untracked].map(abs)), untracked: new Set(untracked.map(abs)) };
}

/** 1-based line numbers added or modified in `file` since `ref` (from `git diff -U0`). */
export async function changedLines(ref: string, file: string, changes: GitChanges): Promise<Set<number> | 'all'> {
  if (changes.untracked.has(file)) return 'all';
  const rel = relative(changes.root, file);
  if (rel.startsWith('..') || isAbsolute(rel)) return 'all';
  const diff = await git(['diff', '-U0', '--no-color', '--no-ext-diff', ref, '--', rel], changes.root);
  return parseChangedLines(diff);
}

/** New-side line numbers of every hunk in a unified diff with zero context. */
export function parseChangedLines(diff: string): Set<number> {
  const lines = new Set<number>();
  for (const m of diff.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    for (let i = 0; i < count; i++) lines.add(start + i);
  }
  return lines;
}
