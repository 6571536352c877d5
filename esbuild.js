// Bundles the extension client, the language server and the CLI into dist/ (esbuild does not
// type-check: `npm run typecheck` does).
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const entries = {
  extension: 'client/src/extension.ts',
  server: 'server/src/server.ts',
  cli: 'server/src/cli.ts',
};

async function main() {
  const ctx = await esbuild.context({
    entryPoints: entries,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outdir: 'dist',
    external: ['vscode'],
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'warning',
  });
  if (watch) {
    await ctx.watch();
  } else {
    await ctx.rebuild();
    await ctx.dispose();
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
