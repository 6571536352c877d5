// references.json beside reference files: [{ "file", "outlet", "published", "url", "title" }].
import { isoDate } from '../draft/iso-date';
import type { ReferenceMeta } from './reference';

export const SIDECAR_FILE = 'references.json';

/** Entries by file name. Throws an Error with a one-line reason when the file is not such a list. */
export function parseSidecar(text: string): Map<string, Partial<ReferenceMeta>> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`${SIDECAR_FILE} is not valid JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(value)) throw new Error(`${SIDECAR_FILE} must be a list of { "file", "outlet", "published" } entries`);
  const out = new Map<string, Partial<ReferenceMeta>>();
  value.forEach((entry, i) => {
    if (!entry || typeof entry !== 'object' || typeof (entry as { file?: unknown }).file !== 'string') {
      throw new Error(`${SIDECAR_FILE} entry ${i + 1} has no "file"`);
    }
    const e = entry as Record<string, unknown>;
    const str = (k: string) => (typeof e[k] === 'string' && e[k] ? (e[k] as string) : undefined);
    out.set(e.file as string, { outlet: str('outlet'), published: isoDate(e.published), url: str('url'), title: str('title') });
  });
  return out;
}
