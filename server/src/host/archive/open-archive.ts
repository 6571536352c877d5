// From what a user wrote ("newsroom.db", "postgres://…") to an open archive.
import { isAbsolute, resolve } from 'node:path';
import { ArchiveError, DEFAULT_MAX, DEFAULT_WINDOW, isServerUrl, redactUrl, type Archive, type RetrieveOptions } from './archive';
import { PostgresArchive } from './postgres-archive';
import type { ArchiveSetting } from '../../engine/config';
import { SqliteArchive } from './sqlite-archive';

export interface ArchiveSpec extends RetrieveOptions {
  /** An absolute file path, or a postgres:// URL. */
  location: string;
}


/** Resolve a setting against the folder it was written in (the config's folder, or the cwd for --archive). */
export function archiveSpec(setting: ArchiveSetting, base: string): ArchiveSpec {
  const s = typeof setting === 'string' ? { path: setting } : setting;
  const location = isServerUrl(s.path) || isAbsolute(s.path) ? s.path : resolve(base, s.path);
  return { location, window: s.window ?? DEFAULT_WINDOW, max: s.max ?? DEFAULT_MAX };
}


/**
 * Open an archive for checking (`create` false: a missing file is an error, never a new empty
 * archive) or for indexing (`create` true). Throws ArchiveError with one line for the user.
 */
export async function openArchive(location: string, options: { create?: boolean } = {}): Promise<Archive> {
  if (isServerUrl(location)) {
    if (/^postgres(ql)?:\/\/[^/@]*:[^/@]*@/i.test(location)) {
      throw new ArchiveError(`archive ${redactUrl(location)}: put the password in the environment (PGPASSWORD or ~/.pgpass), not in the URL`);
    }
    return PostgresArchive.open(location, options);
  }
  return SqliteArchive.open(location, options);
}
