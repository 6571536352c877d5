// Reading one draft: a clear one-line error for what cannot be a draft (missing, unreadable, huge, binary).
import { readFile, stat } from 'node:fs/promises';
import { looksBinary } from '../engine/project';
import { CliError } from './errors';

/** Drafts are news stories: anything past this is a mistake (a data dump, a book), not a draft. */
export const MAX_DRAFT_BYTES = 1024 * 1024;

export interface DraftFile {
  text: string;
  /** The file started with a UTF-8 byte order mark (removed from `text`, restored on --fix). */
  bom: boolean;
}

export async function readDraft(path: string, shown: string, maxBytes = MAX_DRAFT_BYTES): Promise<DraftFile> {
  let buf: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(`${shown}: not a file`);
    if (info.size > maxBytes) throw new CliError(`${shown}: file is ${(info.size / 1048576).toFixed(1)} MB, over the ${maxBytes / 1048576} MB limit for a draft`);
    buf = await readFile(path);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${shown}: cannot read (${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message})`);
  }
  if (buf.includes(0)) throw new CliError(`${shown}: binary file, not a text draft`);
  let text = buf.toString('utf8');
  if (looksBinary(text)) throw new CliError(`${shown}: binary file (or not UTF-8), not a text draft`);
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  return { text, bom };
}
