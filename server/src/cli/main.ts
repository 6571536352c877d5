// The `copydesk` command: check drafts, show extracted facts, or run the language server.
// The engine and the server are loaded only by the command that needs them (dynamic imports), so
// --help, --version and argument errors answer at once.
import { isMainThread, workerData } from 'node:worker_threads';
import { version } from '../../../package.json';
import { parseCheckArgs, parseFactsArgs, parseIndexArgs } from './args';
import { CliError, EXIT_OK, EXIT_TOOL_ERROR, oneLine } from './errors';

export const HELP = `copydesk ${version}: checks Markdown news drafts against reference articles.

Usage:
  copydesk check [options] FILES|DIRS|GLOBS…   check drafts (folders: their .md files)
  copydesk index --archive FILE PATH…          build or update an archive of articles (folders, files, globs)
  copydesk index --archive FILE --stats        what an archive holds
  copydesk facts [--published YYYY-MM-DD] [--format text|json] FILE
                                              what the engine extracts from a draft (.md) or an article (.txt, .html)
  copydesk lsp --stdio                         start the language server (for any LSP editor)
  copydesk --help | --version

Check options:
  -r, --refs PATH              reference articles: a file, folder or glob (repeatable; added to copydesk.json's)
      --archive FILE           also check each draft against the articles about its story in this archive
                               (built by copydesk index; overrides copydesk.json's "archive")
  -c, --config FILE            copydesk.json to use (default: found upward from the first draft, else the cwd)
      --allow-outside-refs     let copydesk.json name references outside its own folder
  -f, --format FORMAT          text (default) | json | sarif | github
  -o, --output FILE            write the report to FILE; the terminal still gets the text report
      --fail-level LEVEL       lowest severity that fails the run: error | warning (default) | info
      --max-warnings N         also fail when there are more than N warnings
      --baseline FILE          do not report findings recorded in this baseline
      --write-baseline FILE    record the current findings as the baseline (exit 0)
      --changed-since REF      check only drafts changed since the git ref (plus untracked ones)
      --changed-lines          with --changed-since: report only findings on changed lines
  -j, --jobs N                 worker threads (default: one per core beyond the first, for many drafts)
      --fix                    apply safe fixes in place, then report what remains
      --fix-dry-run            print the safe fixes as a unified diff; change nothing
      --published YYYY-MM-DD   publication date for every draft (overrides front matter)
      --color, --no-color      force colours on or off (default: on a terminal; NO_COLOR / FORCE_COLOR respected)

Exit codes: 0 no findings at or above the fail level, 1 findings, 2 tool error (one line on stderr).
`;

/** `copydesk check … | head`: a closed pipe ends the run quietly instead of with a stack trace. */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

export async function main(argv: string[]): Promise<number> {
  if (isMainThread) quietOnClosedPipe(process.stdout);
  if (!isMainThread && (workerData as { copydeskWorker?: boolean } | undefined)?.copydeskWorker) {
    const { runWorker } = await import('./pool');
    return runWorker();
  }
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(HELP);
        return command === undefined ? EXIT_TOOL_ERROR : EXIT_OK;
      case '-v':
      case '--version':
      case 'version':
        process.stdout.write(`${version}\n`);
        return EXIT_OK;
      case 'check': {
        if (rest.includes('--help') || rest.includes('-h')) {
          process.stdout.write(HELP);
          return EXIT_OK;
        }
        const checkArgs = parseCheckArgs(rest);
        const { runCheck } = await import('./check');
        return await runCheck(checkArgs, { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, version });
      }
      case 'index': {
        if (rest.includes('--help') || rest.includes('-h')) {
          process.stdout.write(HELP);
          return EXIT_OK;
        }
        const indexArgs = parseIndexArgs(rest);
        const { runIndex } = await import('./index-archive');
        return await runIndex(indexArgs, { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
      }
      case 'facts': {
        if (rest.includes('--help') || rest.includes('-h')) {
          process.stdout.write(HELP);
          return EXIT_OK;
        }
        const factsArgs = parseFactsArgs(rest);
        const { runFacts } = await import('./facts');
        return await runFacts(factsArgs, { cwd: process.cwd(), stdout: process.stdout });
      }
      case 'lsp':
      case 'server':
        return await runLsp(rest);
      default:
        throw new CliError(`unknown command "${command}" (expected check, index, facts or lsp; see copydesk --help)`);
    }
  } catch (e) {
    const message = e instanceof CliError ? e.message : `internal error: ${oneLine((e as Error)?.message ?? String(e))}`;
    process.stderr.write(`copydesk: ${message}\n`);
    if (!(e instanceof CliError) && process.env.COPYDESK_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
    return EXIT_TOOL_ERROR;
  }
}

async function runLsp(args: string[]): Promise<number> {
  const transports = ['--stdio', '--node-ipc'];
  if (!args.some((a) => transports.includes(a) || a.startsWith('--socket=') || a.startsWith('--pipe='))) {
    throw new CliError('copydesk lsp needs a transport: --stdio (or --node-ipc, --socket=PORT, --pipe=NAME)');
  }
  // Loaded only here so `copydesk check` does not pay for the server's start-up.
  const { createConnection, ProposedFeatures } = await import('vscode-languageserver/node');
  const { startServer } = await import('../lsp/start-server');
  startServer(createConnection(ProposedFeatures.all));
  // The connection keeps the process alive; it exits when the client sends `exit`.
  return new Promise<number>(() => {});
}
