// Lifecycle: read what the client can do, announce the server's capabilities, register for settings
// and workspace-folder changes once initialized, and stop watching on shutdown.
import { CodeActionKind, DidChangeConfigurationNotification, TextDocumentSyncKind, type InitializeResult } from 'vscode-languageserver/node';
import { FIX_ALL_KIND } from '../code-actions';
import type { ServerContext } from '../context';
import type { CopydeskInitOptions } from '../protocol';
import { uriToPath } from '../uri';

const VERSION = '0.1.0';

export function registerLifecycle(ctx: ServerContext, onShutdown: () => void): void {
  const { connection, caps } = ctx;

  connection.onInitialize((params): InitializeResult => {
    const c = params.capabilities;
    caps.pull = !!c.textDocument?.diagnostic;
    caps.refresh = !!c.workspace?.diagnostics?.refreshSupport;
    caps.configuration = !!c.workspace?.configuration;
    caps.configurationDynamic = !!c.workspace?.didChangeConfiguration?.dynamicRegistration;
    caps.watchDynamic = !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    caps.relativePattern = !!c.workspace?.didChangeWatchedFiles?.relativePatternSupport;
    caps.documentChanges = !!c.workspace?.workspaceEdit?.documentChanges;
    caps.createFile = !!c.workspace?.workspaceEdit?.resourceOperations?.includes('create');
    caps.markdownHover = !!c.textDocument?.hover?.contentFormat?.includes('markdown');
    caps.relatedInformation = c.textDocument?.publishDiagnostics?.relatedInformation !== false;
    caps.workspaceFolders = !!c.workspace?.workspaceFolders;
    caps.workDoneProgress = !!c.window?.workDoneProgress;
    const options = params.initializationOptions as CopydeskInitOptions | undefined;
    caps.commandLinks = !!options?.commandLinks;
    // Only where the client will ask again: a pull client needs refresh support, a push client takes any push.
    caps.draftChecksFirst = !!options?.draftChecksFirst && (!caps.pull || caps.refresh);
    const roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    ctx.folders = roots.map(uriToPath).filter((p): p is string => !!p);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        ...(caps.pull ? { diagnosticProvider: { identifier: 'copydesk', interFileDependencies: true, workspaceDiagnostics: false } } : {}),
        codeActionProvider: c.textDocument?.codeAction?.codeActionLiteralSupport
          ? { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND], resolveProvider: false }
          : true,
        hoverProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'copydesk', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (caps.configurationDynamic) {
      void connection.client
        .register(DidChangeConfigurationNotification.type, { section: 'copydesk' })
        .catch((e) => ctx.logger.warn(`cannot register for settings changes: ${e}`));
    }
    if (caps.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
        ctx.folders = [...ctx.folders.filter((f) => !removed.has(f)), ...e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p)];
        ctx.settings.clear();
        void ctx.changed();
      });
    }
    void ctx.registerWatchers();
  });

  connection.onShutdown(() => {
    ctx.shuttingDown = true;
    onShutdown();
  });
}
