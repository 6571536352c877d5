// For clients that cannot watch files for the server (no dynamic workspace/didChangeWatchedFiles
// registration, e.g. Neovim 0.7): the server watches the folders of its reference files and configs
// itself with fs.watch (non-recursive, one watcher per folder) and reports changes in the same shape.
import { watch, statSync, type FSWatcher } from 'node:fs';
import { FileChangeType } from 'vscode-languageserver/node';
import { join } from '../engine/path';

export interface FileChange {
  path: string;
  type: FileChangeType;
}

export class FolderWatcher {
  private readonly watchers = new Map<string, FSWatcher>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** Files seen in each watched folder (to tell a creation from a change). */
  private readonly known = new Set<string>();

  constructor(
    private readonly onChange: (changes: FileChange[]) => void,
    private readonly log: (message: string) => void,
  ) {}

  /** Watch exactly these folders (stops watching the others); `files` are the files known to exist. */
  update(folders: Iterable<string>, files: Iterable<string>): void {
    for (const f of files) this.known.add(f);
    const want = new Set(folders);
    for (const [dir, w] of this.watchers) {
      if (!want.has(dir)) {
        w.close();
        this.watchers.delete(dir);
      }
    }
    for (const dir of want) {
      if (this.watchers.has(dir)) continue;
      try {
        const w = watch(dir, { persistent: false }, (_event, name) => {
          if (name) this.schedule(join(dir, String(name)));
        });
        w.on('error', (e) => {
          this.log(`copydesk: stopped watching ${dir}: ${e.message}`);
          w.close();
          this.watchers.delete(dir);
        });
        this.watchers.set(dir, w);
      } catch (e) {
        this.log(`copydesk: cannot watch ${dir}: ${(e as Error).message}`);
      }
    }
  }

  private schedule(path: string): void {
    clearTimeout(this.pending.get(path));
    this.pending.set(
      path,
      setTimeout(() => {
        this.pending.delete(path);
        let exists = false;
        try {
          exists = statSync(path).isFile();
        } catch {
          exists = false;
        }
        const type = !exists ? FileChangeType.Deleted : this.known.has(path) ? FileChangeType.Changed : FileChangeType.Created;
        if (exists) this.known.add(path);
        else this.known.delete(path);
        this.onChange([{ path, type }]);
      }, 100),
    );
  }

  dispose(): void {
    for (const t of this.pending.values()) clearTimeout(t);
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
  }
}
