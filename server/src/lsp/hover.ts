// Hover over a finding: what the references say, with outlet, publication date and the sentence,
// grouped by what each side says when the references disagree. Pure.
import { MarkupKind, type Hover, type MarkupContent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Evidence, Finding } from '../engine/types';
import { docsUrl } from '../engine/rule';

export interface HoverInput {
  doc: TextDocument;
  offset: number;
  findings: Finding[];
  /** Reference id → URI (for links into the reference file). */
  refUri: (ref: string) => string;
  /** Reference id → 0-based line of an evidence offset, when it can be located. */
  refLine?: (ref: string, offset: number) => number | undefined;
  markdown: boolean;
}

export function createHover(input: HoverInput): Hover | null {
  const hits = input.findings.filter((f) => f.range.start <= input.offset && input.offset <= f.range.end && f.range.end > f.range.start);
  if (!hits.length) return null;
  const start = Math.min(...hits.map((f) => f.range.start));
  const end = Math.max(...hits.map((f) => f.range.end));
  const parts = hits.map((f) => (input.markdown ? findingMarkdown(f, input) : findingPlain(f)));
  const contents: MarkupContent = { kind: input.markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: parts.join(input.markdown ? '\n\n---\n\n' : '\n\n') };
  return { contents, range: { start: input.doc.positionAt(start), end: input.doc.positionAt(end) } };
}

/** Evidence grouped by what it says (one group when the references agree or say nothing specific). */
export function evidenceSides(evidence: Evidence[]): { says: string | undefined; items: Evidence[] }[] {
  const groups = new Map<string, Evidence[]>();
  for (const e of evidence) {
    const key = e.says ?? '';
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups].map(([says, items]) => ({ says: says || undefined, items })).sort((a, b) => b.items.length - a.items.length);
}

function source(e: Evidence): string {
  const name = e.ref.slice(e.ref.lastIndexOf('/') + 1);
  return [e.outlet ?? name, e.published].filter(Boolean).join(', ');
}

function findingMarkdown(f: Finding, input: HoverInput): string {
  const lines = [`**Copydesk** · [\`${f.rule}\`](${docsUrl(f.rule)})`, '', escapeMd(f.message)];
  const sides = evidenceSides(f.evidence);
  const disagree = sides.filter((s) => s.says).length > 1;
  if (disagree) lines.push('', '_The references disagree:_');
  for (const side of sides) {
    if (side.says && (disagree || sides.length === 1)) lines.push('', `**${escapeMd(side.says)}** (${side.items.length} ${side.items.length === 1 ? 'reference' : 'references'})`);
    for (const e of side.items) {
      const line = e.range ? input.refLine?.(e.ref, e.range.start) : undefined;
      const uri = input.refUri(e.ref) + (line !== undefined ? `#L${line + 1}` : '');
      lines.push('', `> ${escapeMd(e.excerpt.replace(/\s+/g, ' ').trim())}`, '', `— ${escapeMd(source(e))} · [${escapeMd(fileName(e.ref))}](${uri})`);
    }
  }
  return lines.join('\n');
}

function findingPlain(f: Finding): string {
  const lines = [`Copydesk ${f.rule}: ${f.message}`];
  for (const side of evidenceSides(f.evidence)) {
    if (side.says) lines.push(`${side.says}:`);
    for (const e of side.items) lines.push(`  "${e.excerpt.replace(/\s+/g, ' ').trim()}" (${source(e)})`);
  }
  return lines.join('\n');
}

function fileName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

/** Escape Markdown so reference text cannot turn into links, HTML or emphasis. */
export function escapeMd(s: string): string {
  return s.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`).replace(/^([#+-]|\d+\.)/, '\\$1');
}
