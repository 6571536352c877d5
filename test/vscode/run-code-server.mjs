#!/usr/bin/env node
// Runs the VS Code integration suite (test/vscode) inside a real VS Code: code-server 4.100.3
// (VS Code 1.100.3 with a Node extension host) driven by Debian's headless Chromium through
// playwright-core. See ../shared/docs/real-editor-testing.md for why and how.
//
//   1. installs code-server into its own folder (.e2e/code-server-4.100.3, gitignored; or
//      $COPYDESK_CODE_SERVER_DIR) unless it is there already,
//   2. builds the suite (test/vscode/build.mjs) and packages the extension (npm run package),
//   3. installs the .vsix into a fresh extensions folder with --install-extension,
//   4. starts code-server on a free port with a fresh profile and a fresh copy of the fixture workspace,
//   5. opens the workbench in Chromium with the extension test payload; the suite's result comes back
//      through codeAutomationExit (and its summary through a results file),
//   6. opens the workbench again as a user would (installed extension only, no test payload), hovers a
//      Copydesk finding, checks the hover shows the evidence, the status bar item, and the colours the
//      injection grammar gives a directive comment, and saves a screenshot of the hover
//      (.e2e/screenshots/hover.png, or --screenshot FILE: `--screenshot docs/screenshot-hover.png` updates
//      the README's),
//   7. prints `N passed, N failed` and exits 0 only when nothing failed.
//
// Options: --no-package (reuse the .vsix from the last `npm run package`; COPYDESK_VSIX=FILE installs that
// one instead), --keep (leave the temp folder),
// --screenshot FILE, --grep PATTERN (only suites/tests matching). Environment: COPYDESK_CHROMIUM (default
// /usr/bin/chromium), COPYDESK_VSCODE_TIMEOUT (seconds, default 300).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, onPath, requireAll, skippedLine, vscodeSuiteMissing } from '../suite-tools.mjs';

const CODE_SERVER_VERSION = '4.100.3';
// The @vscode/ripgrep version code-server 4.100.3 depends on, and the asset its postinstall downloads.
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const screenshotPath = resolve(option('--screenshot') ?? join(root, '.e2e', 'screenshots', 'hover.png'));
const timeoutMs = Number(process.env.COPYDESK_VSCODE_TIMEOUT ?? 300) * 1000;
const chromiumPath = findChromium() ?? process.env.COPYDESK_CHROMIUM ?? 'chromium';
const codeServerDir = resolve(process.env.COPYDESK_CODE_SERVER_DIR ?? join(root, '.e2e', `code-server-${CODE_SERVER_VERSION}`));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const extensionId = `${manifest.publisher}.${manifest.name}`;

const started = Date.now();
const log = (msg) => process.stderr.write(`[code-server e2e ${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}\n`);

function run(cmd, cmdArgs, opts = {}) {
  const r = spawnSync(cmd, cmdArgs, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${cmdArgs.join(' ')} exited with ${r.status ?? r.signal}\n${r.stdout ?? ''}${r.stderr ?? ''}`);
  }
  return r.stdout;
}

/** Without Chromium or ripgrep the suite cannot run: say so (SKIPPED), and fail only where every suite must run. */
function toolsOrSkip() {
  const missing = vscodeSuiteMissing();
  if (!missing.length) return true;
  console.log(skippedLine('VS Code in code-server', missing));
  console.log(`0 passed, ${requireAll() ? 1 : 0} failed`);
  process.exitCode = requireAll() ? 1 : 0;
  return false;
}

/** code-server in its own folder with its own package.json, following the recipe (ripgrep cache, npm_config_yes). */
function ensureCodeServer() {
  const entry = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const installed = join(codeServerDir, 'node_modules', 'code-server', 'package.json');
  const postinstalled = join(codeServerDir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  if (existsSync(entry) && existsSync(postinstalled) && JSON.parse(readFileSync(installed, 'utf8')).version === CODE_SERVER_VERSION) {
    return entry;
  }
  log(`installing code-server@${CODE_SERVER_VERSION} into ${codeServerDir} (about a minute)`);
  mkdirSync(codeServerDir, { recursive: true });
  writeFileSync(
    join(codeServerDir, 'package.json'),
    JSON.stringify({ name: 'copydesk-e2e-code-server', private: true, dependencies: { 'code-server': CODE_SERVER_VERSION } }, null, 2) + '\n',
  );
  // @vscode/ripgrep's postinstall downloads rg from GitHub, which these machines cannot reach: seed its
  // download cache with Debian's rg, packed the way the release asset is.
  const tmp = process.env.TMPDIR || tmpdir();
  const cacheDir = join(tmp, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  mkdirSync(cacheDir, { recursive: true });
  const staging = mkdtempSync(join(tmp, 'copydesk-rg-'));
  copyFileSync(onPath('rg') ?? '/usr/bin/rg', join(staging, 'rg'));
  run('tar', ['-czf', join(cacheDir, RIPGREP_ASSET), '-C', staging, 'rg']);
  rmSync(staging, { recursive: true, force: true });
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save'], {
    cwd: codeServerDir,
    env: {
      ...process.env,
      TMPDIR: tmp,
      // node-pty's postinstall runs `npx node-gyp`, which would ask before installing.
      npm_config_yes: 'true',
      // code-server's postinstall refuses to run as root without it.
      npm_config_unsafe_perm: 'true',
    },
  });
  if (!existsSync(entry) || !existsSync(postinstalled)) throw new Error(`code-server did not install completely into ${codeServerDir}`);
  return entry;
}

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

async function waitForHealth(base, child, ms = 60_000) {
  const until = Date.now() + ms;
  let exited = null;
  child.once('exit', (code, signal) => (exited = code ?? signal));
  while (Date.now() < until) {
    if (exited !== null) throw new Error(`code-server exited (${exited}) before it was healthy`);
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`code-server did not answer ${base}/healthz within ${ms / 1000}s`);
}

function startCodeServer(entry, { port, dirs, workspace, env }) {
  const configFile = join(dirs.base, 'config.yaml');
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const child = spawn(
    process.execPath,
    [
      entry,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--extensions-dir', dirs.extensions,
      '--user-data-dir', dirs.userData,
      '--config', configFile,
      workspace,
    ],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output = [];
  child.stdout.on('data', (d) => output.push(String(d)));
  child.stderr.on('data', (d) => output.push(String(d)));
  return { child, output };
}

async function stopCodeServer(server) {
  if (!server || server.child.exitCode !== null || server.child.signalCode) return;
  const gone = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 5000);
  await gone;
  clearTimeout(timer);
}

async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Phase 1: the extension test module inside code-server's extension host. */
async function runSuite(browser, { base, port, extensionDir, workspace, resultsFile }) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const lines = [];
  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationLog', (type, message) => {
    const text = Array.isArray(message) ? message.join(' ') : String(message);
    lines.push(text);
    if (/\[Extension Host\]|copydesk|passing|failing|pending|FAILED|✔|\d+\) /.test(text)) process.stderr.write(`  ${text}\n`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionDir)],
    ['extensionTestsPath', remote(join(root, 'dist-test', 'index.js'))],
  ];
  const url = `${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url, { timeout: 120_000 }); // a loaded machine can take a while to serve the workbench
  let timer;
  const timeout = new Promise((r) => (timer = setTimeout(() => r('timeout'), timeoutMs)));
  const code = await Promise.race([exited, timeout]);
  clearTimeout(timer);
  await page.close().catch(() => {});

  let summary;
  if (existsSync(resultsFile)) summary = JSON.parse(readFileSync(resultsFile, 'utf8'));
  else {
    const line = lines.map((l) => l.slice(l.indexOf('copydesk-vscode-suite-summary '))).find((l) => l.startsWith('copydesk-vscode-suite-summary '));
    if (line) summary = JSON.parse(line.slice('copydesk-vscode-suite-summary '.length));
  }
  if (code === 'timeout') {
    log(`the suite did not finish within ${timeoutMs / 1000}s`);
    summary = { passed: summary?.passed ?? 0, failed: (summary?.failed ?? 0) + 1, failures: [...(summary?.failures ?? []), { title: 'suite', error: 'timed out' }] };
  } else if (!summary) {
    log(`the suite exited with ${code} and reported no results; last log lines:\n${lines.slice(-40).join('\n')}`);
    summary = { passed: 0, failed: 1, failures: [{ title: 'suite', error: `no results (exit ${code})` }] };
  } else if (code !== 0 && summary.failed === 0) {
    summary.failed = 1;
    summary.failures.push({ title: 'suite', error: `extension host exited with ${code}` });
  }
  return summary;
}

/** Phase 2: the workbench as a user sees it: open the draft, hover a finding, save a screenshot. */
async function takeHoverScreenshot(browser, { base, workspace, file }) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  try {
    await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`, { timeout: 120_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: 'copydesk.json' }).waitFor({ timeout: 60_000 });
    // Open the draft through Quick Open, as a user would.
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ timeout: 30_000 });
    await page.keyboard.type('drafts/ferry.md');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 30_000 });
    const opened = Date.now();
    await page.keyboard.press('Enter');
    const squiggles = page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error, .monaco-editor .squiggly-info');
    await squiggles.first().waitFor({ timeout: 60_000 });
    // Cold start as a user meets it: a new window, the extension activating, the server indexing.
    log(`first squiggle ${Date.now() - opened} ms after opening the draft`);
    // The first finding in reading order (the title in the draft's first sentence).
    const boxes = await squiggles.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })));
    const box = boxes.filter((b) => b.width > 0).sort((a, b) => a.y - b.y || a.x - b.x)[0];
    if (!box) throw new Error('the finding has no position on screen');
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: /copydesk/i }).first();
    const openHover = async () => {
      await page.mouse.move(5, 5);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
      await hover.waitFor({ timeout: 30_000 });
    };
    await openHover();
    const text = await hover.innerText();
    // The hover opens at most about 250 px tall; drag its bottom edge down, as a user would, so the
    // screenshot shows the whole Copydesk section. The resize is cosmetic: on a slow machine the hover
    // can close during the drag, so every step is best-effort and the hover is reopened if it closed.
    const sash = page.locator('.monaco-resizable-hover .monaco-sash.horizontal').last();
    const sashBox = (await sash.count()) ? await sash.boundingBox({ timeout: 5_000 }).catch(() => null) : null;
    if (sashBox) {
      await page.mouse.move(sashBox.x + sashBox.width / 2, sashBox.y + sashBox.height / 2);
      await page.mouse.down();
      await page.mouse.move(sashBox.x + sashBox.width / 2, sashBox.y + 260, { steps: 8 });
      await page.mouse.up();
      const hoverBox = await hover.boundingBox({ timeout: 5_000 }).catch(() => null);
      if (hoverBox) await page.mouse.move(hoverBox.x + hoverBox.width / 2, hoverBox.y + 40, { steps: 4 });
    }
    if (!(await hover.isVisible())) {
      log('the hover closed while being resized; reopening it at its default size');
      await openHover();
    }
    await hover.waitFor({ timeout: 5_000 });
    mkdirSync(dirname(file), { recursive: true });
    await page.screenshot({ path: file });
    // The status bar item: references loaded, findings in this draft.
    const status = page.locator('.statusbar-item').filter({ has: page.locator('.codicon-book') }).first();
    const statusText = await status
      .waitFor({ timeout: 10_000 })
      .then(async () => (await status.innerText()).replace(/\s+/g, ' ').trim())
      .catch(() => '(no Copydesk status bar item)');
    // The injection grammar and the cue decorations, as the editor paints them: open a draft with directive comments and compare
    // the colours of the tokens (without the grammar the whole comment is one comment-coloured token).
    await page.keyboard.press('Escape');
    await page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: 'suppressed.md' }).click();
    await page.locator('.view-lines .view-line span span', { hasText: /^copydesk-disable-next-line$/ }).first().waitFor({ timeout: 30_000 });
    // Attribution cues are the extension's decorations, painted shortly after the editor opens: "said"
    // becomes a span of its own once they are.
    await page.locator('.view-lines .view-line span span', { hasText: /^said$/ }).first().waitFor({ timeout: 15_000 }).catch(() => {});
    const colors = await page.evaluate(() => {
      const spans = [...document.querySelectorAll('.view-lines .view-line span span')];
      // The editor renders spaces as no-break spaces.
      const text = (x) => x.textContent.replace(/\u00a0/g, ' ');
      const color = (t) => {
        const el = spans.find((x) => text(x).trim() === t);
        return el ? getComputedStyle(el).color : null;
      };
      const prose = spans.find((x) => text(x).includes('Lindqvist toured'));
      return {
        open: color('<!--'),
        keyword: color('copydesk-disable-next-line'),
        rule: color('names/title-mismatch') ?? color('names'),
        cue: color('said'),
        prose: prose ? getComputedStyle(prose).color : null,
      };
    });
    return { text, statusText, colors };
  } catch (e) {
    const shot = join(dirname(file), 'failure.png');
    await page.screenshot({ path: shot }).catch(() => {});
    log(`UI check failed; the workbench at that moment: ${shot}`);
    throw e;
  } finally {
    await page.close().catch(() => {});
  }
}

async function main() {
  if (!toolsOrSkip()) return;
  const entry = ensureCodeServer();
  log(`code-server ${CODE_SERVER_VERSION} ready`);

  run(process.execPath, [join(root, 'test/vscode/build.mjs')]);
  const vsix = process.env.COPYDESK_VSIX ? resolve(process.env.COPYDESK_VSIX) : join(root, `${manifest.name}-${manifest.version}.vsix`);
  if (!process.env.COPYDESK_VSIX && (!flag('--no-package') || !existsSync(vsix))) {
    run('npm', ['run', '--silent', 'package']);
  }
  if (!existsSync(vsix)) throw new Error(`npm run package produced no ${vsix}`);
  log(`packaged ${vsix}`);

  const base = mkdtempSync(join(tmpdir(), 'copydesk-code-server-'));
  const dirs = { base, extensions: join(base, 'extensions'), userData: join(base, 'user-data') };
  const workspace = join(base, 'workspace');
  cpSync(join(root, 'test/fixtures/vscode-workspace'), workspace, { recursive: true });
  const resultsFile = join(base, 'results.json');
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  // A quiet workbench: no welcome page, no tips, no telemetry prompt.
  writeFileSync(
    join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'update.mode': 'none',
        'security.workspace.trust.enabled': false,
        'editor.hover.delay': 150,
        'editor.minimap.enabled': false,
        'editor.wordWrap': 'on',
        'window.commandCenter': false,
      },
      null,
      2,
    ),
  );

  run(process.execPath, [entry, '--extensions-dir', dirs.extensions, '--user-data-dir', dirs.userData, '--install-extension', vsix]);
  const extensionDir = readdirSync(dirs.extensions)
    .map((d) => join(dirs.extensions, d))
    .find((d) => d.toLowerCase().startsWith(join(dirs.extensions, `${extensionId}-`).toLowerCase()));
  if (!extensionDir) throw new Error(`--install-extension left no ${extensionId} in ${dirs.extensions}`);
  log(`installed ${extensionDir}`);

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let server;
  let browser;
  let summary;
  const uiResults = [];
  try {
    server = startCodeServer(entry, {
      port,
      dirs,
      workspace,
      env: {
        COPYDESK_VSCODE_RESULTS: resultsFile,
        COPYDESK_EXPECT_PACKAGED: '1',
        ...(option('--grep') ? { COPYDESK_VSCODE_GREP: option('--grep') } : {}),
      },
    });
    await waitForHealth(baseUrl, server.child);
    log(`code-server listening on ${baseUrl} (pid ${server.child.pid})`);
    browser = await launchBrowser();
    summary = await runSuite(browser, { base: baseUrl, port, extensionDir, workspace, resultsFile });
    log(`suite: ${summary.passed} passed, ${summary.failed} failed`);

    {
      // A fresh copy: the suite edited and saved the drafts.
      rmSync(workspace, { recursive: true, force: true });
      cpSync(join(root, 'test/fixtures/vscode-workspace'), workspace, { recursive: true });
      try {
        const { text, statusText, colors } = await takeHoverScreenshot(browser, { base: baseUrl, workspace, file: screenshotPath });
        const ok = /Finance Minister/.test(text) && /The Harbour Courier, March 3, 2026/.test(text) && /Nordic Wire, March 4, 2026/.test(text);
        uiResults.push({ title: 'workbench: hovering a finding shows the evidence', ok, error: ok ? undefined : `hover text: ${text}` });
        log(`screenshot saved to ${screenshotPath}`);
        // "$(book) Copydesk $(warning) N": the name, then the findings in this draft.
        const status = /^Copydesk [1-9]\d*$/.test(statusText);
        uiResults.push({ title: 'workbench: the status bar shows the references loaded and the findings', ok: status, error: status ? undefined : `status bar: ${statusText}` });
        const { open, keyword, rule, cue, prose } = colors;
        const painted = !!(open && keyword && rule && cue && prose) && keyword !== open && rule !== keyword && rule !== open && cue !== prose;
        uiResults.push({
          title: 'workbench: the grammar colours directive keywords and rule codes apart, and attribution cues are coloured',
          ok: painted,
          error: painted ? undefined : `token colours: ${JSON.stringify(colors)}`,
        });
      } catch (e) {
        uiResults.push({ title: 'workbench: open a draft, hover a finding, status bar, grammar colours', ok: false, error: String(e?.stack ?? e) });
      }
    }
  } catch (e) {
    if (server) log(`code-server output:\n${server.output.join('').slice(-4000)}`);
    throw e;
  } finally {
    await browser?.close().catch(() => {});
    await stopCodeServer(server);
    if (!flag('--keep')) rmSync(base, { recursive: true, force: true });
    else log(`kept ${base}`);
  }

  for (const f of summary.failures) process.stderr.write(`FAILED ${f.title}\n${f.error}\n`);
  for (const r of uiResults) {
    process.stderr.write(`${r.ok ? 'passed' : 'FAILED'} ${r.title}\n${r.error ? r.error + '\n' : ''}`);
  }
  const passed = summary.passed + uiResults.filter((r) => r.ok).length;
  const failed = summary.failed + uiResults.filter((r) => !r.ok).length;
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  const skipped = summary.pending ?? 0;
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
}

main().catch((e) => {
  process.stderr.write(`code-server e2e: ${e?.stack ?? e}\n`);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
