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

// The language model's tables are megabytes of JSON. Bundled as object literals they cost V8 a full
// JavaScript parse at every start; as one string given to JSON.parse they load several times faster.
const jsonAsData = {
  name: 'json-as-data',
  setup(build) {
    build.onLoad({ filter: /wink-eng-lite-web-model[\\/].*\.json$/ }, async (args) => {
      const text = await require('fs').promises.readFile(args.path, 'utf8');
      return { contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`, loader: 'js' };
    });
  },
};

async function main() {
  const ctx = await esbuild.context({
    entryPoints: entries,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outdir: 'dist',
    // Native (better-sqlite3) and optional (pg) database drivers load from node_modules at run time.
    external: ['vscode', 'better-sqlite3', 'pg'],
    // Prefer ESM builds: jsonc-parser's UMD build requires its own files dynamically, which a bundle cannot follow.
    mainFields: ['module', 'main'],
    // Some dependencies (fdir, via tinyglobby) read import.meta.url, which a CommonJS bundle lacks: give it the file's URL.
    define: { 'import.meta.url': '__copydeskImportMetaUrl' },
    banner: { js: "const __copydeskImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'warning',
    plugins: [jsonAsData],
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
