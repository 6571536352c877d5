// Watched files: copydesk.json, sidecars and reference files. Clients that can watch register globs
// (one registration, replaced when the set changes); the rest get the server's own folder watcher.
// A change reloads just what it touches, then re-checks what is open.
import { DidChangeWatchedFilesNotification, FileChangeType, type Disposable, type FileSystemWatcher } from 'vscode-languageserver/node';
import { CONFIG_FILE } from '../../engine/config';
import { SIDECAR_FILE } from '../../engine/corpus/sidecar';
import { referenceKind } from '../../engine/corpus/reference';
import { basename, dirname } from '../../engine/path';
import { clearDiagnosticCache } from '../diagnostic';
import { FolderWatcher } from '../fs-watcher';
import type { ServerContext } from '../context';
import { pathToUri, uriToPath } from '../uri';
import type { ConfigProblems } from './config-problems';

export interface FileChange {
  path: string;
  type: FileChangeType;
}

export interface Watchers {
  /** Apply reference / sidecar / config changes to the projects, then re-check what is open. */
  applyFileChanges(changes: FileChange[], opts: { fromBuffer: boolean }): Promise<void>;
  dispose(): void;
}

export function registerWatchers(ctx: ServerContext, configProblems: ConfigProblems): Watchers {
  const { connection, projects, caps } = ctx;
  let registration: Promise<Disposable> | undefined;
  let registeredKey = '';
  let folderWatcher: FolderWatcher | undefined;

  function watchFoldersOurselves(): void {
    if (ctx.shuttingDown) return;
    folderWatcher ??= new FolderWatcher(
      (changes) => {
        const closed = changes.filter((c) => !ctx.openText(c.path));
        if (closed.length) void applyFileChanges(closed, { fromBuffer: false });
      },
      (m) => ctx.logger.warn(m),
    );
    const dirs = new Set<string>(ctx.folders);
    const files: string[] = [];
    for (const p of projects.all()) {
      if (p.configPath) {
        dirs.add(dirname(p.configPath));
        files.push(p.configPath);
      }
      for (const f of p.referenceFiles) {
        dirs.add(dirname(f));
        files.push(f);
      }
      // New files directly under a glob's folder ("refs/*.txt").
      for (const g of p.watchGlobs()) if (!g.pattern.includes('/') && !g.pattern.startsWith('**')) dirs.add(g.base);
    }
    folderWatcher.update(dirs, files);
  }

  ctx.registerWatchers = async () => {
    if (ctx.shuttingDown) return;
    if (!caps.watchDynamic) return watchFoldersOurselves();
    const watchers: FileSystemWatcher[] = [{ globPattern: `**/${CONFIG_FILE}` }, { globPattern: `**/${SIDECAR_FILE}` }];
    const seen = new Set<string>();
    for (const p of projects.all()) {
      for (const g of p.watchGlobs()) {
        const key = `${g.base}\u0000${g.pattern}`;
        if (seen.has(key)) continue;
        seen.add(key);
        watchers.push({ globPattern: caps.relativePattern ? { baseUri: pathToUri(g.base), pattern: g.pattern } : `${g.base === '/' ? '' : g.base}/${g.pattern}` });
      }
    }
    const key = JSON.stringify(watchers);
    if (key === registeredKey) return;
    registeredKey = key;
    const previous = registration;
    registration = connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    try {
      await registration;
      (await previous)?.dispose();
    } catch (e) {
      ctx.logger.warn(`cannot watch reference files: ${(e as Error)?.message ?? e}`);
    }
  };

  connection.onDidChangeWatchedFiles((params) => {
    const changes = params.changes
      .map((c) => ({ path: uriToPath(c.uri), type: c.type }))
      .filter((c): c is FileChange => !!c.path && !ctx.openText(c.path));
    if (changes.length) void applyFileChanges(changes, { fromBuffer: false });
  });

  async function applyFileChanges(changes: FileChange[], opts: { fromBuffer: boolean }): Promise<void> {
    try {
      let touched = false;
      for (const { path, type } of changes) {
        const name = basename(path);
        if (name === CONFIG_FILE) {
          // Created: drafts below it find it on their next check. Changed: reopen. Deleted: forget.
          touched = true;
          projects.configFilesChanged();
          for (const p of projects.withConfig(path)) {
            if (type === FileChangeType.Deleted) projects.delete(p.key);
            else await p.reopen();
          }
          if (type === FileChangeType.Deleted) configProblems.clear(pathToUri(path));
          if (!opts.fromBuffer) for (const p of projects.withConfig(path)) if (p.problem) ctx.showProblem(p);
        } else if (name === SIDECAR_FILE) {
          const dir = dirname(path);
          for (const p of projects.all()) {
            const files = [...p.referenceFiles].filter((f) => dirname(f) === dir);
            if (!files.length) continue;
            touched = true;
            await p.update(async () => {
              for (const f of files) await p.engine.reloadReference(f);
            });
          }
        } else if (referenceKind(path)) {
          for (const p of projects.all()) {
            const known = p.referenceFiles.has(path);
            if (!known && !(type === FileChangeType.Created && p.matches(path))) continue;
            touched = true;
            await p.update(async () => {
              await p.engine.reloadReference(path);
              if (type === FileChangeType.Deleted) p.referenceFiles.delete(path);
              else if (p.engine.corpus.get(path)) p.referenceFiles.add(path);
            });
            clearDiagnosticCache(path);
          }
        }
      }
      if (touched) await ctx.changed();
    } catch (e) {
      ctx.logger.error(`copydesk: applying file changes failed: ${(e as Error)?.stack ?? e}`);
    }
  }

  return { applyFileChanges, dispose: () => folderWatcher?.dispose() };
}
