// Evidence entries pointing into reference files: the one constructor every rule uses.
import type { Evidence, Span } from '../types';
import type { Reference } from './reference';

/**
 * Evidence for a span of a reference (usually a sentence). The excerpt is the prose (Markdown syntax
 * and clutter masked); the range is in the raw file: the same offsets for .txt/.md, and for extracted
 * HTML text the span's text looked up in the page source, else null rather than a wrong place.
 */
export function referenceEvidence(ref: Reference, span: Span, says?: string): Evidence {
  const excerpt = ref.prose.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  let range: Span | null = null;
  if (ref.offsetsAreRaw) range = { start: span.start, end: span.end };
  else {
    const at = ref.raw.indexOf(ref.text.slice(span.start, span.end));
    if (at >= 0) range = { start: at, end: at + (span.end - span.start) };
  }
  const e: Evidence = { ref: ref.id, range, excerpt };
  if (ref.meta.outlet) e.outlet = ref.meta.outlet;
  if (ref.meta.published) e.published = ref.meta.published;
  if (says) e.says = says;
  return e;
}
