// Suppression comments, as markdownlint and ESLint users know them:
//   <!-- copydesk-disable-next-line names/title-mismatch -->
//   <!-- copydesk-disable dates -->  …  <!-- copydesk-enable dates -->
//   <!-- copydesk-disable -->  (every rule until enabled again)
import type { HtmlComment } from './markdown';
import type { Finding, Span } from '../types';

export interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** Rule codes or check names; empty = all. */
  rules: string[];
  comment: Span;
}

const DIRECTIVE = /^copydesk-(disable-next-line|disable|enable)\b\s*(.*)$/;

export function parseDirectives(_text: string, comments: HtmlComment[]): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.body);
    if (!m) continue;
    const rules = m[2].split(/[\s,]+/).filter(Boolean);
    out.push({ kind: m[1] as Directive['kind'], rules, comment: { start: c.start, end: c.end } });
  }
  return out;
}

const matches = (rules: string[], finding: Finding) =>
  rules.length === 0 || rules.includes(finding.rule) || rules.includes(finding.check);

/** Line number (0-based) of an offset. */
function lineAt(lineStarts: number[], offset: number): number {
  let lo = 0, hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A test for whether a finding is silenced by a directive in the draft (line table built once per check). */
export function suppressionTest(text: string, directives: Directive[]): (finding: Finding) => boolean {
  if (!directives.length) return () => false;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  return (finding) => {
    const findingLine = lineAt(lineStarts, finding.range.start);
    let disabled = false;
    for (const d of directives) {
      if (d.comment.start > finding.range.start) break;
      if (!matches(d.rules, finding)) continue;
      if (d.kind === 'disable') disabled = true;
      else if (d.kind === 'enable') disabled = false;
      else if (lineAt(lineStarts, d.comment.end) + 1 === findingLine) return true;
    }
    return disabled;
  };
}
