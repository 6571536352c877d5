// Bundles the VS Code integration suite into dist-test/ so it runs in the extension host:
// dist-test/index.js (the module @vscode/test-electron and code-server load: exports run())
// and one file per suite under dist-test/suite/. `vscode` comes from the extension host; mocha is
// loaded from the repository's node_modules at run time.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outdir = join(root, 'dist-test');
const suites = readdirSync(join(root, 'test/vscode/suite'))
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => join(root, 'test/vscode/suite', f));

rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  entryPoints: [join(root, 'test/vscode/index.ts'), ...suites],
  outbase: join(root, 'test/vscode'),
  outdir,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['vscode', 'mocha'],
  sourcemap: 'inline',
  sourcesContent: false,
  logLevel: 'warning',
});
