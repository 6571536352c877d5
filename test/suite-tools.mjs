// Which tools each real-editor suite needs, how to install them, and what a missing one means:
// on a laptop or a fresh machine a suite whose tools are missing prints SKIPPED with the install
// command and counts as neither passed nor failed; where COPYDESK_REQUIRE_ALL_SUITES=1 (CI, .ci/run)
// a skipped suite is a failure, so CI cannot go green without running every suite.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const REQUIRE_ALL_ENV = 'COPYDESK_REQUIRE_ALL_SUITES';

/** The absolute path of a command on PATH, or undefined. */
export function onPath(cmd, env = process.env) {
  const r = spawnSync('sh', ['-c', `command -v "${cmd}"`], { env, encoding: 'utf8' });
  const path = r.status === 0 ? r.stdout.trim() : '';
  return path || undefined;
}

/** Chromium for the code-server suite: COPYDESK_CHROMIUM if set, else chromium on PATH. */
export function findChromium(env = process.env) {
  if (env.COPYDESK_CHROMIUM) return existsSync(env.COPYDESK_CHROMIUM) ? env.COPYDESK_CHROMIUM : undefined;
  return onPath('chromium', env) ?? onPath('chromium-browser', env);
}

/** What the VS Code (code-server) suite lacks, as install hints; empty when it can run. */
export function vscodeSuiteMissing(env = process.env) {
  const missing = [];
  // libkrb5-dev: code-server's first install builds a native module against it.
  if (!findChromium(env)) missing.push(env.COPYDESK_CHROMIUM ? `Chromium at ${env.COPYDESK_CHROMIUM}` : 'Chromium (apt-get install -y chromium libkrb5-dev)');
  if (!onPath('rg', env)) missing.push('ripgrep (apt-get install -y ripgrep)');
  return missing;
}

export function requireAll(env = process.env) {
  const v = env[REQUIRE_ALL_ENV];
  return !!v && v !== '0' && v.toLowerCase() !== 'false';
}

/** The SKIPPED line a suite prints, with what to install. */
export function skippedLine(suite, missing) {
  return `SKIPPED ${suite}: missing ${missing.join('; ')}`;
}

/** SKIPPED lines in a suite's output. */
export function countSkipped(output) {
  return (output.match(/^SKIPPED /gm) ?? []).length;
}

/**
 * The run's verdict: exit code and the closing line. Skipped suites fail it only under
 * COPYDESK_REQUIRE_ALL_SUITES; a run where nothing passed and nothing was skipped fails.
 */
export function verdict({ passed, failed, skipped }, env = process.env) {
  const strict = requireAll(env);
  const total = failed + (strict ? skipped : 0);
  const notes = [];
  if (skipped && strict) notes.push(`${skipped} suite(s) skipped while ${REQUIRE_ALL_ENV} is set: counted as failures`);
  else if (skipped) notes.push(`${skipped} suite(s) skipped (not counted as passed); install what the SKIPPED lines name to run them, as CI does`);
  const ok = total === 0 && (passed > 0 || (skipped > 0 && !strict));
  return { code: ok ? 0 : 1, notes, line: `${passed} passed, ${total} failed` };
}
