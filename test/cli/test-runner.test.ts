// npm test on a fresh machine: suites whose tools are missing print SKIPPED with how to install them
// and the run passes; under COPYDESK_REQUIRE_ALL_SUITES=1 (.ci/run) a skipped suite fails it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// @ts-expect-error: plain ES module without types
import { verdict, vscodeSuiteMissing } from '../suite-tools.mjs';

const ROOT = resolve(__dirname, '..', '..');

/** A PATH with a shell and nothing else: no Chromium, ripgrep, Neovim or Emacs. */
function barePath(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bare-path-'));
  symlinkSync('/bin/sh', join(dir, 'sh'));
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: dir };
  for (const k of ['COPYDESK_CHROMIUM', 'COPYDESK_REQUIRE_ALL_SUITES', 'COPYDESK_SKIP_VSCODE']) delete env[k];
  return { dir, env };
}

describe('test runner on a machine without the editors', () => {
  it('finds Chromium and ripgrep missing from a bare PATH and says how to install them', () => {
    const { dir, env } = barePath();
    try {
      assert.deepEqual(vscodeSuiteMissing(env), ['Chromium (apt-get install -y chromium libkrb5-dev)', 'ripgrep (apt-get install -y ripgrep)']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('passes with skipped suites, and fails on them when every suite is required', () => {
    assert.equal(verdict({ passed: 10, failed: 0, skipped: 2 }, {}).code, 0);
    assert.equal(verdict({ passed: 10, failed: 0, skipped: 2 }, { COPYDESK_REQUIRE_ALL_SUITES: '1' }).code, 1);
    assert.equal(verdict({ passed: 10, failed: 0, skipped: 2 }, { COPYDESK_REQUIRE_ALL_SUITES: '1' }).line, '10 passed, 2 failed');
    assert.equal(verdict({ passed: 10, failed: 1, skipped: 0 }, {}).code, 1);
    assert.equal(verdict({ passed: 0, failed: 0, skipped: 0 }, {}).code, 1, 'a run that ran nothing is not a pass');
    assert.equal(verdict({ passed: 10, failed: 0, skipped: 0 }, { COPYDESK_REQUIRE_ALL_SUITES: '0' }).code, 0);
  });

  it('run-all prints SKIPPED lines for the editor and VS Code suites and exits 0; 1 under COPYDESK_REQUIRE_ALL_SUITES', function () {
    this.timeout(120_000);
    const { dir, env } = barePath();
    try {
      const run = (extra: NodeJS.ProcessEnv) =>
        spawnSync(process.execPath, [join(ROOT, 'test', 'run-all.mjs')], { cwd: ROOT, env: { ...env, COPYDESK_SUITES: 'editors,vscode', ...extra }, encoding: 'utf8', timeout: 100_000 });
      const relaxed = run({});
      assert.equal(relaxed.status, 0, relaxed.stdout + relaxed.stderr);
      assert.match(relaxed.stdout, /^SKIPPED neovim: nvim not found \(apt-get install -y neovim\)$/m);
      assert.match(relaxed.stdout, /^SKIPPED emacs-eglot: emacs not found/m);
      assert.match(relaxed.stdout, /^SKIPPED VS Code in code-server: missing Chromium \(apt-get install -y chromium libkrb5-dev\)/m);
      assert.match(relaxed.stdout, /\n0 passed, 0 failed\n$/);
      const strict = run({ COPYDESK_REQUIRE_ALL_SUITES: '1' });
      assert.equal(strict.status, 1);
      assert.match(strict.stdout, /3 suite\(s\) skipped while COPYDESK_REQUIRE_ALL_SUITES is set: counted as failures/);
      assert.match(strict.stdout, /\n0 passed, 3 failed\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the code-server launcher alone prints SKIPPED and exits 0 without Chromium', function () {
    this.timeout(60_000);
    const { dir, env } = barePath();
    try {
      const r = spawnSync(process.execPath, [join(ROOT, 'test', 'vscode', 'run-code-server.mjs')], { cwd: ROOT, env, encoding: 'utf8', timeout: 50_000 });
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /^SKIPPED VS Code in code-server: missing Chromium/m);
      assert.match(r.stdout, /^0 passed, 0 failed$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
