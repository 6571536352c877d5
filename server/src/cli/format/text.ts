// The terminal report, grouped by file like ESLint's "stylish": line:col, severity, message, rule,
// with the references' evidence underneath.
import type { Colors } from './color';
import { countFindings, plural, type RunReport } from '../report';

const MAX_EVIDENCE_LINES = 2;
const MAX_EVIDENCE_CHARS = 160;

function width(s: string): number {
  return [...s].length;
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return width(flat) > n ? `${[...flat].slice(0, n - 1).join('')}…` : flat;
}

export function formatText(report: RunReport, c: Colors, notes: string[] = []): string {
  const out: string[] = [];
  for (const file of report.files) {
    if (!file.diagnostics.length) continue;
    out.push('', c.underline(file.displayPath));
    const rows = file.diagnostics.map((d) => {
      const sev = d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : d.severity === 3 ? 'info' : 'hint';
      return { pos: `${d.range.start.line + 1}:${d.range.start.character + 1}`, sev, message: (typeof d.message === 'string' ? d.message : d.message.value).replace(/\s+/g, ' '), code: String(d.code ?? ''), d };
    });
    const posW = Math.max(...rows.map((r) => width(r.pos)));
    const sevW = Math.max(...rows.map((r) => width(r.sev)));
    const msgW = Math.min(100, Math.max(...rows.map((r) => width(r.message))));
    for (const r of rows) {
      const sevText = r.sev === 'error' ? c.red(pad(r.sev, sevW)) : r.sev === 'warning' ? c.yellow(pad(r.sev, sevW)) : c.blue(pad(r.sev, sevW));
      out.push(`  ${c.dim(pad(r.pos, posW))}  ${sevText}  ${pad(r.message, msgW)}  ${c.dim(r.code)}`);
      for (const rel of (r.d.relatedInformation ?? []).slice(0, MAX_EVIDENCE_LINES)) {
        out.push(`  ${' '.repeat(posW + sevW + 4)}${c.dim(`↳ ${clip(rel.message, MAX_EVIDENCE_CHARS)}`)}`);
      }
      const more = (r.d.relatedInformation?.length ?? 0) - MAX_EVIDENCE_LINES;
      if (more > 0) out.push(`  ${' '.repeat(posW + sevW + 4)}${c.dim(`↳ and ${plural(more, 'more reference')}`)}`);
    }
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
