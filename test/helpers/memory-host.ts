// An in-memory EngineHost for engine tests: files are a plain object of path → text.
import picomatch from 'picomatch';
import { createEngine, type Engine } from '../../server/src/engine/index';
import type { EngineHost } from '../../server/src/engine/project';
import { silentLogger } from '../../server/src/engine/types';

export function memoryHost(files: Record<string, string>, today = '2025-03-10'): EngineHost {
  const isDir = (p: string) => Object.keys(files).some((f) => f.startsWith(p.replace(/\/$/, '') + '/'));
  return {
    async readFile(path) {
      if (!(path in files)) throw new Error(`ENOENT: ${path}`);
      return files[path];
    },
    async glob(patterns, base) {
      const match = picomatch(patterns);
      const prefix = base.replace(/\/$/, '') + '/';
      return Object.keys(files).filter((f) => f.startsWith(prefix) && match(f.slice(prefix.length)));
    },
    async stat(path) {
      return path in files ? 'file' : isDir(path) ? 'dir' : undefined;
    },
    today: () => today,
    logger: silentLogger,
  };
}

/** An engine over in-memory references in /refs (with an optional references.json sidecar). */
export async function engineWithReferences(refs: Record<string, string>, config?: object): Promise<Engine> {
  const files: Record<string, string> = {};
  for (const [name, text] of Object.entries(refs)) files[`/refs/${name}`] = text;
  if (config) files['/project/copydesk.json'] = JSON.stringify({ references: ['../refs'], ...config });
  const engine = createEngine(memoryHost(files));
  // The references sit beside the project folder (/refs, /project): allowed, as a user would allow it.
  await engine.open(config ? { startDir: '/project', allowOutsideReferences: true } : { startDir: '/project', extraReferences: ['/refs'] });
  return engine;
}
