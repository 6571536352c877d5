// Open documents: a draft edited is re-checked; an open reference or copydesk.json edited in the
// editor counts through its buffer (debounced); closing drops per-document state and unused projects.
import { FileChangeType } from 'vscode-languageserver/node';
import { CONFIG_FILE } from '../../engine/config';
import { SIDECAR_FILE } from '../../engine/corpus/sidecar';
import { basename } from '../../engine/path';
import type { ServerContext } from '../context';
import { uriToPath } from '../uri';
import type { Checking } from './checking';
import type { Diagnostics } from './diagnostics';
import type { Watchers } from './watchers';

/** How long a project whose drafts are all closed stays indexed (tests set it with COPYDESK_PROJECT_IDLE_MS). */
const PROJECT_IDLE_MS = Number(process.env.COPYDESK_PROJECT_IDLE_MS ?? 120_000);

export function registerDocuments(ctx: ServerContext, checking: Checking, diagnostics: Diagnostics, watchers: Watchers): void {
  const { documents, projects } = ctx;
  const bufferTimers = new Map<string, ReturnType<typeof setTimeout>>();

  /** An open reference or copydesk.json was edited in the editor: its buffer is what counts. */
  function dependencyEdited(path: string, delay: number): boolean {
    const isConfig = basename(path) === CONFIG_FILE;
    const isSidecar = basename(path) === SIDECAR_FILE;
    const refs = projects.withReference(path);
    if (!isConfig && !isSidecar && !refs.length) return false;
    clearTimeout(bufferTimers.get(path));
    bufferTimers.set(
      path,
      setTimeout(() => {
        bufferTimers.delete(path);
        void watchers.applyFileChanges([{ path, type: FileChangeType.Changed }], { fromBuffer: true });
      }, delay),
    );
    return true;
  }

  documents.onDidOpen((e) => {
    diagnostics.schedulePush(e.document, 0);
  });
  documents.onDidChangeContent((e) => {
    const path = uriToPath(e.document.uri);
    if (path && dependencyEdited(path, 250)) return;
    diagnostics.schedulePush(e.document);
  });
  documents.onDidSave((e) => {
    // Saving copydesk.json is a deliberate act: reload now, and say so if it is broken.
    const path = uriToPath(e.document.uri);
    if (path && basename(path) === CONFIG_FILE) {
      clearTimeout(bufferTimers.get(path));
      void watchers.applyFileChanges([{ path, type: FileChangeType.Changed }], { fromBuffer: false });
    }
  });
  documents.onDidClose((e) => {
    checking.forget(e.document.uri);
    ctx.settings.delete(e.document.uri);
    diagnostics.cancelPush(e.document.uri);
    const path = uriToPath(e.document.uri);
    // A closed reference or config is read from disk again.
    if (path && dependencyEdited(path, 0)) return;
    if (!ctx.caps.pull) void ctx.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(() => undefined);
    // A writer who closes one draft often opens the next of the same story: keep its project (and its
    // indexed references) for a while rather than reading and indexing everything again.
    clearTimeout(pruneTimer);
    pruneTimer = setTimeout(pruneProjects, PROJECT_IDLE_MS);
    pruneTimer.unref?.();
  });

  let pruneTimer: ReturnType<typeof setTimeout> | undefined;
  function pruneProjects(): void {
    if (ctx.shuttingDown) return;
    const used = new Set<string>();
    for (const d of documents.all()) {
      const r = checking.resultOf(d.uri);
      if (r?.project) used.add(r.project.key);
    }
    for (const p of projects.all()) if (!used.has(p.key) && !p.problem) projects.delete(p.key);
  }

  ctx.connection.onDidChangeConfiguration(() => {
    ctx.settings.clear();
    void ctx.changed();
  });
}
