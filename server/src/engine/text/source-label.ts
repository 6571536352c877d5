// How a person reads the name of a piece of evidence: the outlet and the publication date in words
// ("Harbour Post, March 12, 2025"), the file name only when the reference names no outlet. Pure.
import { DRAFT_REF, type Evidence } from '../types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-03-12" → "March 12, 2025"; anything else unchanged. */
export function dateInWords(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${month} ${Number(m[3])}, ${m[1]}` : iso;
}

/** The last segment of a path or URI, decoded ("some file.txt"). */
export function fileNameOf(ref: string): string {
  const clean = ref.replace(/[?#].*$/, '');
  const name = clean.slice(clean.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** "Harbour Post, March 12, 2025"; "this draft" for the draft's own text; a file name as a last resort. */
export function sourceLabel(e: Pick<Evidence, 'ref' | 'outlet' | 'published'>): string {
  if (e.ref === DRAFT_REF) return 'this draft';
  const name = e.outlet || fileNameOf(e.ref);
  return e.published ? `${name}, ${dateInWords(e.published)}` : name;
}
