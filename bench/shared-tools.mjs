// Helpers for the benchmark scripts that run the shared tools (../shared beside the project folder).
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const sharedDir = resolve(projectRoot, '..', 'shared');

// The shared folder is a sibling checkout, not part of the project: say so in one line when it is missing.
export function requireShared(script, ...parts) {
  const path = join(sharedDir, ...parts);
  if (!existsSync(path)) {
    console.log(`${script}: ${path} not found; these benchmarks need ../shared (tools and realcopy) beside the project folder.`);
    process.exit(1);
  }
  return path;
}

// Build first so the scores are for the code as it is now, not a stale dist/.
export function build(script) {
  try {
    execFileSync(process.execPath, ['esbuild.js'], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    console.log(`${script}: the build failed (node esbuild.js); nothing was measured.`);
    process.exit(1);
  }
}

// Runs a shared tool from the project root; returns its exit status and captured stdout.
export function runTool(tool, args, { capture = false } = {}) {
  const r = spawnSync(process.execPath, [tool, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status ?? 1, stdout: r.stdout ?? '' };
}
