// The engine's services on Node: the real file system, globbing, the clock. Used by the CLI and the server.
import { opendir, readFile, realpath, stat } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import type { EngineHost } from '../engine/project';
import type { Logger } from '../engine/types';

/** Refuse to read reference files beyond this size: a 20 MB "article" is a mistake, not a reference. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Forward slashes everywhere: the engine's path helpers are POSIX-style. */
export function toEnginePath(p: string): string {
  return p.replace(/\\/g, '/');
}

export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function createNodeHost(logger: Logger, overrides: Partial<EngineHost> = {}): EngineHost {
  return {
    async readFile(path) {
      const info = await stat(path);
      if (info.size > MAX_FILE_BYTES) throw new Error(`file is ${(info.size / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit`);
      return readFile(path, 'utf8');
    },
    async glob(patterns, base) {
      const files = await glob(patterns, { cwd: base, absolute: true, onlyFiles: true, dot: false, ignore: ['**/node_modules/**'] });
      return files.map(toEnginePath);
    },
    async stat(path) {
      try {
        const info = await stat(path);
        return info.isFile() ? 'file' : info.isDirectory() ? 'dir' : undefined;
      } catch {
        return undefined;
      }
    },
    async realpath(path) {
      return toEnginePath(await realpath(path));
    },
    async unreadable(dir) {
      try {
        await (await opendir(dir)).close();
        return undefined;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (e as Error).message;
      }
    },
    today: () => todayIso(),
    logger,
    ...overrides,
  };
}
