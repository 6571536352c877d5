// A window of a long sentence that keeps the words that matter: centred on them, cut at word
// boundaries, with an ellipsis where text was left out. For terminals and other narrow displays.
// Pure.
import type { Span } from '../types';

export interface ExcerptWindow {
  text: string;
  /** Where the window starts in the original text (to shift marked spans into it). */
  offset: number;
}

/**
 * At most `max` characters of `text` (plus ellipses) around `focus`. With no focus, the start.
 * The focus is kept whole when it fits; otherwise its start is.
 */
export function excerptWindow(text: string, focus: Span[], max: number): ExcerptWindow {
  if (text.length <= max) return { text, offset: 0 };
  const spans = focus.filter((f) => f.end > f.start && f.start >= 0 && f.end <= text.length);
  const from = spans.length ? Math.min(...spans.map((s) => s.start)) : 0;
  let to = spans.length ? Math.max(...spans.map((s) => s.end)) : 0;
  if (to - from > max) to = from + max;
  const room = max - (to - from);
  let start = Math.max(0, from - Math.floor(room / 2));
  let end = Math.min(text.length, start + max);
  start = Math.max(0, end - max);
  // Snap to word boundaries, never inside the focus.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < from) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space >= to) end = space;
  }
  const body = text.slice(start, end).trim();
  const lead = text.slice(start, end).length - text.slice(start, end).trimStart().length;
  return { text: `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`, offset: start + lead - (start > 0 ? 1 : 0) };
}

/** `text` with `marks` wrapped by `mark` and the rest by `plain` (marks sorted, overlaps dropped). */
export function markSpans(text: string, marks: Span[], mark: (s: string) => string, plain: (s: string) => string): string {
  const spans = [...marks].filter((m) => m.end > m.start && m.start >= 0 && m.end <= text.length).sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out += plain(text.slice(at, s.start)) + mark(text.slice(s.start, s.end));
    at = s.end;
  }
  return out + plain(text.slice(at));
}
