// Diagnostics to the client: pulled (the client asks whenever it wants) or pushed, for clients without
// pull diagnostics (Neovim 0.7, Emacs eglot). Also "something changed": bump the generation and
// re-check what is open.
import { documentUri } from '../limits';
import { DocumentDiagnosticReportKind } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from '../context';

export interface Diagnostics {
  /** Push a document's diagnostics after a short quiet time (no-op for pull clients). */
  schedulePush(doc: TextDocument, delay?: number): void;
  /** A document closed: cancel its pending push. */
  cancelPush(uri: string): void;
}

export function registerDiagnostics(ctx: ServerContext): Diagnostics {
  const { connection, documents, caps } = ctx;

  // A result id names (document version, server generation): a client asking again with the id of
  // what it has gets "unchanged" instead of the same diagnostics once more.
  connection.languages.diagnostics.on(async (params) => {
    const doc = documents.get(documentUri(params));
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const r = await ctx.check(doc);
    const resultId = r.generation >= 0 ? `${r.version}:${r.generation}` : undefined;
    if (resultId && params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, items: r.diagnostics, ...(resultId ? { resultId } : {}) };
  });

  const pushTimers = new Map<string, ReturnType<typeof setTimeout>>();
  function schedulePush(doc: TextDocument, delay = 80): void {
    if (caps.pull) return;
    clearTimeout(pushTimers.get(doc.uri));
    pushTimers.set(
      doc.uri,
      setTimeout(() => {
        pushTimers.delete(doc.uri);
        void pushNow(doc.uri);
      }, delay),
    );
  }
  async function pushNow(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc || ctx.shuttingDown) return;
    const r = await ctx.check(doc);
    if (r.skipped === 'config') return; // copydesk.json has its own (config problem) diagnostics
    if (documents.get(uri)?.version !== r.version) return; // a newer push is on its way
    void connection.sendDiagnostics({ uri, version: r.version, diagnostics: r.diagnostics }).catch(() => undefined);
  }

  ctx.changed = async () => {
    ctx.generation++;
    if (ctx.shuttingDown) return;
    if (caps.pull) {
      if (caps.refresh) await connection.languages.diagnostics.refresh().catch((e) => ctx.logger.warn(`diagnostic refresh failed: ${e}`));
      else for (const d of documents.all()) void ctx.check(d);
    } else {
      for (const d of documents.all()) schedulePush(d, 0);
    }
    ctx.publishConfigProblems();
    void ctx.registerWatchers();
  };

  return {
    schedulePush,
    cancelPush: (uri) => {
      clearTimeout(pushTimers.get(uri));
      pushTimers.delete(uri);
    },
  };
}
