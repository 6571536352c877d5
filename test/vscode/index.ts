// The extension test module: VS Code loads it inside the extension host and awaits run().
// The same file serves both launchers (@vscode/test-electron's runTests and the code-server one).
// Results: mocha's spec output on the console, one machine-readable summary line, and, when
// COPYDESK_VSCODE_RESULTS names a file, the same summary written there.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

export const SUMMARY_PREFIX = 'copydesk-vscode-suite-summary ';

export interface SuiteSummary {
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; error: string }[];
}

export function run(): Promise<void> {
  // The extension host forwards console output to the workbench as plain strings; format mocha's
  // printf-style lines here so they arrive readable.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(format(...args));
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 45_000, reporter: 'spec' });
  const grep = process.env.COPYDESK_VSCODE_GREP;
  if (grep) mocha.grep(grep);
  const suiteDir = join(__dirname, 'suite');
  // Files sort by name: 00-activation first, then the feature suites.
  for (const f of readdirSync(suiteDir).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(suiteDir, f));

  return new Promise((resolve, reject) => {
    const summary: SuiteSummary = { passed: 0, failed: 0, pending: 0, failures: [] };
    // Written after every test, so a launcher that gives up on a hung run still knows what ran.
    const save = () => {
      const out = process.env.COPYDESK_VSCODE_RESULTS;
      if (out) writeFileSync(out, JSON.stringify(summary, null, 2));
    };
    const runner = mocha.run((failures) => {
      console.log(SUMMARY_PREFIX + JSON.stringify(summary));
      save();
      if (failures > 0 || summary.passed === 0) reject(new Error(`${failures} of ${summary.passed + failures} VS Code tests failed`));
      else resolve();
    });
    runner.on('pass', () => {
      summary.passed++;
      save();
    });
    runner.on('pending', () => {
      summary.pending++;
      save();
    });
    runner.on('fail', (test, err: Error) => {
      summary.failed++;
      summary.failures.push({ title: test.fullTitle(), error: String(err?.stack ?? err) });
      console.log(`FAILED ${test.fullTitle()}: ${err?.message ?? err}`);
      save();
    });
  });
}
