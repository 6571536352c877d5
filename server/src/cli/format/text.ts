// The terminal report, grouped by file like ESLint's "stylish": line:col, severity, message, rule;
// under it the difference word by word ([-draft-]{+references+}, coloured on a terminal) and the
// references' evidence, each excerpt centred on the words that differ. Laid out for the terminal's
// width: messages and diffs wrap at spaces (never inside a word), excerpts are windowed around the
// marked words, never cut before them.
import type { Colors } from './color';
import { countFindings, plural, type FileReport, type RunReport } from '../report';
import type { Finding } from '../../engine/types';
import { findingDiffs, markedSpans } from '../../engine/text/finding-diff';
import { condenseDiff, renderDiff } from '../../engine/text/word-diff';
import { excerptWindow, markSpans } from '../../engine/text/excerpt-window';
import { sourceLabel } from '../../engine/text/source-label';
import type { Span } from '../../engine/types';

const MAX_EVIDENCE_LINES = 2;
/** Screen lines one piece of evidence may take. */
const EVIDENCE_ROWS = 2;
/** Width when the output is not a terminal (a file, a pipe, CI logs). */
export const DEFAULT_WIDTH = 100;
const MIN_WIDTH = 60;

export interface TextOptions {
  /**
   * Columns of the terminal: long messages wrap at spaces to fit. Without it (a pipe, a file) each
   * message stays on one line, for grep, and evidence is laid out for DEFAULT_WIDTH.
   */
  width?: number;
}

/** Columns a string takes: code points, not counting ANSI colour codes. */
function width(s: string): number {
  return [...s.replace(/\u001b\[[0-9;]*m/g, '')].length;
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

/** Words of `text` in lines of at most `max` columns (a word longer than a line gets its own). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && width(line) + 1 + width(word) > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function formatText(report: RunReport, c: Colors, notes: string[] = [], options: TextOptions = {}): string {
  const cols = Math.max(MIN_WIDTH, options.width ?? DEFAULT_WIDTH);
  const out: string[] = [];
  for (const file of report.files) {
    if (!file.diagnostics.length) continue;
    out.push('', c.underline(file.displayPath));
    out.push(...fileLines(file, c, cols, options.width !== undefined));
  }
  const n = countFindings(report.files);
  const total = n.error + n.warning + n.info + n.hint;
  if (total) {
    const parts = [plural(n.error, 'error'), plural(n.warning, 'warning')];
    if (n.info) parts.push(`${n.info} info`);
    if (n.hint) parts.push(plural(n.hint, 'hint'));
    const line = `✖ ${plural(total, 'problem')} (${parts.join(', ')})`;
    out.push('', c.bold(n.error ? c.red(line) : n.warning ? c.yellow(line) : c.blue(line)));
    if (n.fixable) out.push(c.dim(`  ${plural(n.fixable, 'problem')} potentially fixable with the \`--fix\` option.`));
  }
  out.push(...notes.map((s) => c.dim(s)));
  if (!out.length) return '';
  return out.join('\n').replace(/^\n/, '') + '\n';
}

function fileLines(file: FileReport, c: Colors, cols: number, wrapMessages: boolean): string[] {
  const out: string[] = [];
  const rows = file.diagnostics.map((d, i) => {
    const sev = d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : d.severity === 3 ? 'info' : 'hint';
    const message = (typeof d.message === 'string' ? d.message : d.message.value).replace(/\s+/g, ' ');
    return { pos: `${d.range.start.line + 1}:${d.range.start.character + 1}`, sev, message, code: String(d.code ?? ''), finding: file.findings[i] };
  });
  const posW = Math.max(...rows.map((r) => width(r.pos)));
  const sevW = Math.max(...rows.map((r) => width(r.sev)));
  const indent = ' '.repeat(2 + posW + 2 + sevW + 2);
  const body = Math.max(30, cols - width(indent));
  // One-line messages share a column so rule names line up; a longer message wraps over the full
  // width and its rule name follows its last line.
  const codeW = Math.max(...rows.map((r) => width(r.code)));
  const fits = (r: { message: string }) => !wrapMessages || width(r.message) + 2 + codeW <= body;
  const msgW = Math.min(100, Math.max(0, ...rows.filter(fits).map((r) => width(r.message))));
  for (const r of rows) {
    const sevText = r.sev === 'error' ? c.red(pad(r.sev, sevW)) : r.sev === 'warning' ? c.yellow(pad(r.sev, sevW)) : c.blue(pad(r.sev, sevW));
    const head = `  ${c.dim(pad(r.pos, posW))}  ${sevText}  `;
    if (fits(r)) out.push(`${head}${pad(r.message, msgW)}  ${c.dim(r.code)}`);
    else {
      const msg = wrap(`${r.message}  ${r.code}`, body);
      const last = msg.length - 1;
      msg[last] = msg[last].replace(new RegExp(`${r.code.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`), c.dim(r.code));
      msg.forEach((l, i) => out.push(`${i === 0 ? head : indent}${l}`));
    }
    if (r.finding) out.push(...findingDetail(r.finding, file.text, c, indent, body));
  }
  return out;
}

/** The diff lines and evidence lines under a finding. */
function findingDetail(f: Finding, text: string, c: Colors, indent: string, body: number): string[] {
  const out: string[] = [];
  const draftWords = text.slice(f.range.start, f.range.end);
  const diffs = findingDiffs(f, text);
  const markOf = new Map<unknown, Span[]>();
  for (const side of diffs) {
    // Terminal: removed red and struck through, added green; without colour git's word-diff markers.
    const rendered = renderDiff(condenseDiff(side.parts), (k, t) =>
      c.enabled ? (k === 'removed' ? c.red(`\u001b[9m${t}\u001b[29m`) : c.green(c.bold(t))) : k === 'removed' ? `[-${t}-]` : `{+${t}+}`,
    );
    wrap(rendered, body - 2).forEach((l, i) => out.push(`${indent}${i === 0 ? c.dim('≠ ') : '  '}${l}`));
    for (const e of side.evidence) markOf.set(e, markedSpans(e.excerpt, side, draftWords));
  }
  const evidence = f.evidence.slice(0, MAX_EVIDENCE_LINES);
  for (const e of evidence) {
    const label = `${sourceLabel(e)}: `;
    const excerpt = e.excerpt.replace(/\s+/g, ' ');
    const marks = markOf.get(e) ?? [];
    // Room for EVIDENCE_ROWS lines, less a margin for wrapping at spaces.
    const room = Math.max(30, EVIDENCE_ROWS * (body - 2) - width(label) - 12 * EVIDENCE_ROWS);
    const win = excerptWindow(excerpt, marks, room);
    const shifted = marks.map((m) => ({ start: m.start - win.offset, end: m.end - win.offset }));
    const shown = markSpans(win.text, shifted, (s) => (c.enabled ? c.bold(s) : s), (s) => (c.enabled ? c.dim(s) : s));
    wrap(`${c.dim(`↳ ${label}`)}${shown}`, body - 2).forEach((l, i) => out.push(`${indent}${i === 0 ? '' : '  '}${l}`));
  }
  const more = f.evidence.length - evidence.length;
  if (more > 0) out.push(`${indent}${c.dim(`↳ and ${plural(more, 'more reference')}`)}`);
  return out;
}
