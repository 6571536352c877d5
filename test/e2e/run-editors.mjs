#!/usr/bin/env node
// Real-editor end-to-end tests of the Copydesk language server: headless Neovim (0.7+, push
// diagnostics, vim.lsp) and Emacs with eglot. Each runs against a fresh copy of the fixture workspace
// (test/fixtures/lsp/workspace) and prints PASS/FAIL lines; this script counts them and ends with
// "N passed, N failed". Neovim starts dist/server.js; Emacs starts the CLI's `copydesk lsp --stdio`
// (the same server, the way other editors are told to start it). An editor that is not installed
// prints one SKIPPED line and counts as neither.
//
//   node test/e2e/run-editors.mjs [--no-build] [neovim] [emacs]
//
// Install the editors on Debian: apt-get install -y neovim emacs-nox elpa-eglot
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const server = join(root, 'dist', 'server.js');
const cli = join(root, 'bin', 'copydesk.js');
const fixture = join(root, 'test', 'fixtures', 'lsp', 'workspace');
const TIMEOUT_MS = 90_000;

const args = process.argv.slice(2);
const wanted = args.filter((a) => !a.startsWith('--'));
const build = !args.includes('--no-build');

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

const editors = [
  {
    name: 'neovim',
    available() {
      if (!has('nvim')) return 'nvim not found (apt-get install -y neovim)';
      return undefined;
    },
    server: { COPYDESK_SERVER: server, COPYDESK_SERVER_ARGS: '' },
    command: (dir) => ['nvim', ['--headless', '--clean', '-c', `luafile ${join(here, 'neovim', 'names-fix.lua')}`], dir],
  },
  {
    name: 'emacs-eglot',
    available() {
      if (!has('emacs')) return 'emacs not found (apt-get install -y emacs-nox elpa-eglot)';
      const probe = spawnSync(
        'emacs',
        ['--batch', '-Q', '--eval', `(progn (dolist (d (file-expand-wildcards "/usr/share/emacs/site-lisp/elpa/*")) (add-to-list 'load-path d)) (princ (if (require 'eglot nil t) "eglot-yes" "eglot-no")))`],
        { encoding: 'utf8', timeout: 30_000 },
      );
      if (!String(probe.stdout).includes('eglot-yes')) return 'eglot not available (apt-get install -y elpa-eglot)';
      return undefined;
    },
    server: { COPYDESK_SERVER: cli, COPYDESK_SERVER_ARGS: 'lsp' },
    command: (dir) => ['emacs', ['--batch', '-Q', '-l', join(here, 'emacs', 'names-eglot.el')], dir],
  },
];

function run(editor) {
  const workspace = mkdtempSync(join(tmpdir(), `copydesk-e2e-${editor.name}-`));
  cpSync(fixture, workspace, { recursive: true });
  const [cmd, argv, cwd] = editor.command(workspace);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, {
      cwd: here,
      env: { ...process.env, ...editor.server, COPYDESK_WORKSPACE: workspace, HOME: workspace },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      rmSync(workspace, { recursive: true, force: true });
      // Emacs prints its PASS/FAIL lines with princ, which goes to stderr in batch mode.
      const lines = `${out}\n${err}`.split('\n').filter((l) => /^(PASS|FAIL) /.test(l));
      resolve({ code, lines, timedOut, stderr: err, ms: Date.now() - started, cwd });
    });
  });
}

if (build) {
  const b = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (b.status !== 0) {
    console.log('build failed');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}
if (!existsSync(server)) {
  console.log(`no ${server}: run npm run build first`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const editor of editors) {
  if (wanted.length && !wanted.some((w) => editor.name.startsWith(w))) continue;
  const missing = editor.available();
  if (missing) {
    skipped++;
    console.log(`SKIPPED ${editor.name}: ${missing}`);
    continue;
  }
  const r = await run(editor);
  console.log(`# ${editor.name} (${r.ms} ms)`);
  for (const line of r.lines) console.log(`  ${line}`);
  const p = r.lines.filter((l) => l.startsWith('PASS ')).length;
  let f = r.lines.filter((l) => l.startsWith('FAIL ')).length;
  if (r.timedOut) {
    console.log(`  FAIL ${editor.name} timed out after ${TIMEOUT_MS} ms`);
    f++;
  } else if (r.code !== 0 && f === 0) {
    console.log(`  FAIL ${editor.name} exited with ${r.code}`);
    f++;
  } else if (p === 0 && f === 0) {
    console.log(`  FAIL ${editor.name} reported nothing`);
    f++;
  }
  if (f) console.log(r.stderr.split('\n').filter((l) => !/^(PASS|FAIL) /.test(l)).slice(-30).map((l) => `  | ${l}`).join('\n'));
  passed += p;
  failed += f;
}
if (skipped) console.log(`${skipped} editor suite(s) skipped (not counted as passed)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
