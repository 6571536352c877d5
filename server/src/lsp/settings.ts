// Editor settings (`copydesk.*`), read per document through workspace/configuration and never kept
// in globals: a small cache per document URI, dropped whenever the client says settings changed
// (vscode-eslint's rule; the lsp-sample's documentSettings map).
import type { Connection } from 'vscode-languageserver/node';
import type { Level } from '../engine/types';

export interface DocumentSettings {
  enable: boolean;
  /** Per-check or per-rule levels ("names": "off", "names/title-mismatch": "error"). */
  checks: Record<string, Level>;
  /** Extra reference globs or paths, relative to the workspace folder. */
  references: string[];
  /** copydesk.json may name references outside its folder: a user setting (application scope), never a workspace's. */
  allowOutsideReferences?: boolean;
}

export const defaultSettings: Readonly<DocumentSettings> = Object.freeze({ enable: true, checks: {}, references: [] });

const LEVELS = new Set(['off', 'info', 'warning', 'error']);
const CHECK_KEY = /^(names|dates|numbers|attribution|quotes)(\/[a-z-]+)?$/;

/** Settings come from the user's JSON: keep what is well-formed, drop the rest. */
export function sanitizeSettings(raw: unknown): DocumentSettings {
  const v = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const checks: Record<string, Level> = {};
  if (v.checks && typeof v.checks === 'object' && !Array.isArray(v.checks)) {
    for (const [key, level] of Object.entries(v.checks as Record<string, unknown>)) {
      if (CHECK_KEY.test(key) && typeof level === 'string' && LEVELS.has(level)) checks[key] = level as Level;
    }
  }
  const references = Array.isArray(v.references) ? v.references.filter((r): r is string => typeof r === 'string' && r.trim() !== '') : [];
  return { enable: v.enable !== false, checks, references, ...(v.allowOutsideReferences === true ? { allowOutsideReferences: true } : {}) };
}

export class SettingsCache {
  private readonly cache = new Map<string, Promise<DocumentSettings>>();

  constructor(
    private readonly connection: Connection,
    /** Whether the client answers workspace/configuration; when not, defaults apply. */
    private readonly supported: () => boolean,
  ) {}

  get(uri: string): Promise<DocumentSettings> {
    if (!this.supported()) return Promise.resolve({ ...defaultSettings });
    let hit = this.cache.get(uri);
    if (!hit) {
      hit = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'copydesk' })
        .then(sanitizeSettings, (e: unknown) => {
          this.connection.console.warn(`copydesk: cannot read settings for ${uri}: ${(e as Error)?.message ?? e}`);
          return { ...defaultSettings };
        });
      this.cache.set(uri, hit);
    }
    return hit;
  }

  delete(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}
