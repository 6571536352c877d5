// The language server: connection wiring around the engine. Each feature registers its handlers on a
// shared context (context.ts): lifecycle, checking, diagnostics (pull and push), documents, watched
// files, copydesk.json problems, code actions, hover, Story Facts and Copydesk's commands.
// Shared by `dist/server.js` and `copydesk lsp`.
//
// Never writes to stdout (the protocol stream): console output is redirected to the client's log.
import { TextDocuments, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createNodeHost } from '../host/node-host';
import type { EngineHost } from '../engine/project';
import type { Logger } from '../engine/types';
import { redirectConsole } from './console';
import type { ServerContext } from './context';
import { Projects } from './projects';
import { SettingsCache } from './settings';
import { pathToUri, uriToPath } from './uri';
import { registerLifecycle } from './features/initialize';
import { registerChecking } from './features/checking';
import { registerDiagnostics } from './features/diagnostics';
import { registerConfigProblems } from './features/config-problems';
import { registerWatchers } from './features/watchers';
import { registerDocuments } from './features/documents';
import { registerCodeActions } from './features/code-actions';
import { registerHover } from './features/hover';
import { registerStoryFacts } from './features/facts';
import { registerCommands } from './features/commands';

export function startServer(connection: Connection): void {
  redirectConsole(connection);
  const ctx = createContext(connection);
  const checking = registerChecking(ctx);
  const diagnostics = registerDiagnostics(ctx);
  const configProblems = registerConfigProblems(ctx);
  const watchers = registerWatchers(ctx, configProblems);
  registerLifecycle(ctx, () => watchers.dispose());
  registerDocuments(ctx, checking, diagnostics, watchers);
  registerCodeActions(ctx);
  registerHover(ctx);
  registerStoryFacts(ctx);
  registerCommands(ctx);
  ctx.documents.listen(connection);
  connection.listen();
}

function createContext(connection: Connection): ServerContext {
  const documents = new TextDocuments(TextDocument);
  const logger: Logger = {
    info: (m) => connection.console.info(m),
    warn: (m) => connection.console.warn(m),
    error: (m) => connection.console.error(m),
  };
  // A stray rejected promise is a bug to log, not a reason to take the editor's diagnostics down.
  process.on('unhandledRejection', (e) => logger.error(`copydesk: unhandled rejection: ${(e as Error)?.stack ?? e}`));
  const fsHost = createNodeHost(logger);
  const openDocument = (path: string): TextDocument | undefined => documents.all().find((d) => uriToPath(d.uri) === path);
  const openText = (path: string): string | undefined => openDocument(path)?.getText();
  const host: EngineHost = {
    ...fsHost,
    readFile: async (path) => openText(path) ?? fsHost.readFile(path),
    stat: async (path) => (openText(path) !== undefined ? 'file' : fsHost.stat(path)),
  };
  const notYet = (name: string) => () => {
    throw new Error(`copydesk: ${name} used before its feature registered`);
  };
  const ctx: ServerContext = {
    connection,
    documents,
    caps: {
      pull: false,
      refresh: false,
      configuration: false,
      configurationDynamic: false,
      watchDynamic: false,
      relativePattern: false,
      documentChanges: false,
      createFile: false,
      markdownHover: false,
      relatedInformation: true,
      workspaceFolders: false,
      workDoneProgress: false,
      commandLinks: false,
      draftChecksFirst: false,
    },
    logger,
    host,
    fsHost,
    projects: new Projects(host, () => void ctx.registerWatchers()),
    settings: new SettingsCache(connection, () => ctx.caps.configuration),
    folders: [],
    generation: 0,
    shuttingDown: false,
    refUri: (ref) => (ref.includes('://') || ref.startsWith('untitled:') ? ref : pathToUri(ref)),
    folderOf: (path) => {
      if (!path) return ctx.folders[0];
      return ctx.folders.filter((f) => path === f || path.startsWith(`${f}/`)).sort((a, b) => b.length - a.length)[0];
    },
    openDocument,
    openText,
    check: notYet('check'),
    changed: notYet('changed'),
    registerWatchers: notYet('registerWatchers'),
    publishConfigProblems: notYet('publishConfigProblems'),
    showProblem: notYet('showProblem'),
  };
  return ctx;
}
