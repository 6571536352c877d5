// Runs the VS Code integration suite (test/vscode) in desktop VS Code through @vscode/test-electron.
// These machines cannot download VS Code, so this launcher only runs against a VS Code you have:
//   COPYDESK_VSCODE_PATH=/usr/share/code/code npm run test:vscode:electron
// Without it, it prints one SKIPPED line and counts nothing as passed. CI runs the same suite in
// code-server instead (npm run test:vscode).
//
// Unlike the code-server launcher, this one loads the repository itself as the development extension
// (run `npm run build` first; the npm script does).
import { runTests } from '@vscode/test-electron';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');

async function main(): Promise<number> {
  const executable = process.env.COPYDESK_VSCODE_PATH;
  if (!executable) {
    console.log('SKIPPED: VS Code (electron) suite: COPYDESK_VSCODE_PATH is not set (no desktop VS Code to run; `npm run test:vscode` runs the suite in code-server)');
    return 0;
  }
  if (!existsSync(executable)) {
    console.error(`COPYDESK_VSCODE_PATH=${executable} does not exist`);
    console.log('0 passed, 1 failed');
    return 1;
  }
  const base = mkdtempSync(join(tmpdir(), 'copydesk-electron-'));
  const workspace = join(base, 'workspace');
  const resultsFile = join(base, 'results.json');
  cpSync(join(root, 'test/fixtures/vscode-workspace'), workspace, { recursive: true });
  let code: number;
  try {
    code = await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: root,
      extensionTestsPath: join(root, 'dist-test', 'index.js'),
      extensionTestsEnv: { COPYDESK_VSCODE_RESULTS: resultsFile, COPYDESK_VSCODE_GREP: process.env.COPYDESK_VSCODE_GREP },
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir', join(base, 'user-data'),
        '--extensions-dir', join(base, 'extensions'),
      ],
    });
  } catch (e) {
    console.error(String((e as Error)?.stack ?? e));
    code = 1;
  }
  let passed = 0;
  let failed = 0;
  if (existsSync(resultsFile)) {
    const summary = JSON.parse(readFileSync(resultsFile, 'utf8')) as { passed: number; failed: number; failures: { title: string; error: string }[] };
    passed = summary.passed;
    failed = summary.failed;
    for (const f of summary.failures) console.error(`FAILED ${f.title}\n${f.error}`);
  } else {
    console.error(`the suite reported no results (VS Code exited with ${code})`);
  }
  if (failed === 0 && (code !== 0 || passed === 0)) failed = 1;
  rmSync(base, { recursive: true, force: true });
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(e);
    console.log('0 passed, 1 failed');
    process.exitCode = 1;
  },
);
