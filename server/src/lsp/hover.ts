// Hover over a finding: the card that adds to what the editor already shows. VS Code puts the
// diagnostic's message, code and related information above a hover, so the card does not repeat them:
// it shows the difference word by word (~~draft~~ **references**), each evidence sentence once with
// the differing words marked and its outlet and date, and the fixes as links. Clients without
// Markdown get a plain-text card that includes the message. Pure.
import { MarkupKind, type Hover, type MarkupContent, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DRAFT_REF, type Evidence, type Finding, type Span } from '../engine/types';
import { findingDiffs, markedSpans, type SideDiff } from '../engine/text/finding-diff';
import { renderDiff } from '../engine/text/word-diff';
import { sourceLabel } from '../engine/text/source-label';
import { markSpans } from '../engine/text/excerpt-window';
import { fixLabel } from './fix-label';
import { APPLY_FIX_COMMAND, OPEN_EVIDENCE_COMMAND, type ApplyFixArgs, type OpenEvidenceArgs } from './protocol';

export interface HoverInput {
  doc: TextDocument;
  offset: number;
  findings: Finding[];
  /** Reference id → URI (for links into the reference file). */
  refUri: (ref: string) => string;
  /** Reference id + evidence span → the LSP range in the reference file, when it can be located. */
  refRange?: (ref: string, span: Span) => Range | undefined;
  markdown: boolean;
  /** The client runs copydesk.openEvidence / copydesk.applyFix from command links (VS Code). */
  commandLinks?: boolean;
}

export function createHover(input: HoverInput): Hover | null {
  const hits = input.findings.filter((f) => f.range.start <= input.offset && input.offset <= f.range.end && f.range.end > f.range.start);
  if (!hits.length) return null;
  const start = Math.min(...hits.map((f) => f.range.start));
  const end = Math.max(...hits.map((f) => f.range.end));
  const parts = hits.map((f) => (input.markdown ? findingMarkdown(f, input, hits.length > 1) : findingPlain(f, input.doc.getText())));
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

const mdMark = (kind: 'removed' | 'added', text: string) => (kind === 'removed' ? `~~${escapeMd(text)}~~` : `**${escapeMd(text)}**`);

function findingMarkdown(f: Finding, input: HoverInput, several: boolean): string {
  const text = input.doc.getText();
  const draftWords = text.slice(f.range.start, f.range.end);
  const diffs = findingDiffs(f, text);
  const lines: string[] = [];
  // Several findings under the cursor: name each card's rule, since the messages above are not next to it.
  if (several) lines.push(`_${escapeMd(f.rule)}_`, '');
  const shown = new Set<Evidence>();
  if (diffs.length > 1) lines.push('_The references disagree:_', '');
  for (const side of diffs) {
    lines.push(renderDiff(side.parts, (k, t) => mdMark(k, t)), '');
    for (const e of side.evidence) {
      shown.add(e);
      lines.push(...evidenceMarkdown(e, markedSpans(e.excerpt, side, draftWords), input));
    }
  }
  for (const e of f.evidence) if (!shown.has(e)) lines.push(...evidenceMarkdown(e, [], input));
  const fixes = f.fixes.filter((x) => x.edits.length);
  if (fixes.length && input.commandLinks) {
    const links = fixes.map((x) => `[${escapeMd(fixLabel(x, text))}](${commandUri(APPLY_FIX_COMMAND, applyFixArgs(x.edits, input))})`);
    lines.push(`**Fix:** ${links.join(' · ')}`);
  }
  while (lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

function evidenceMarkdown(e: Evidence, marks: Span[], input: HoverInput): string[] {
  const excerpt = markSpans(e.excerpt.replace(/\s/g, ' '), marks, (s) => `**${escapeMd(s)}**`, escapeMd).trim();
  return [`> ${excerpt}`, '>', `> — ${sourceLink(e, input)}`, ''];
}

/** The source's name as a link: "Open evidence" beside the draft (VS Code) or the file at the line. */
function sourceLink(e: Evidence, input: HoverInput): string {
  const label = escapeMd(sourceLabel(e));
  const uri = e.ref === DRAFT_REF ? input.doc.uri : input.refUri(e.ref);
  const range = e.range ? (e.ref === DRAFT_REF ? { start: input.doc.positionAt(e.range.start), end: input.doc.positionAt(e.range.end) } : input.refRange?.(e.ref, e.range)) : undefined;
  // The draft's own text is a plain link (it is already open); a reference opens beside the draft.
  if (input.commandLinks && e.ref !== 'copydesk.json' && e.ref !== DRAFT_REF) {
    const args: OpenEvidenceArgs = { uri, range: range ?? null, label: sourceLabel(e) };
    return `[${label}](${commandUri(OPEN_EVIDENCE_COMMAND, args)} "Open beside the draft")`;
  }
  return `[${label}](${uri}${range ? `#L${range.start.line + 1}` : ''})`;
}

function applyFixArgs(edits: Finding['fixes'][number]['edits'], input: HoverInput): ApplyFixArgs {
  return {
    uri: input.doc.uri,
    version: input.doc.version,
    edits: edits.map((e) => ({ range: { start: input.doc.positionAt(e.range.start), end: input.doc.positionAt(e.range.end) }, newText: e.newText })),
  };
}

function commandUri(command: string, args: unknown): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify([args]))}`;
}

const plainMark = (kind: 'removed' | 'added', text: string) => (kind === 'removed' ? `[-${text}-]` : `{+${text}+}`);

function findingPlain(f: Finding, text: string): string {
  const lines = [`Copydesk ${f.rule}: ${f.message}`];
  const diffs: SideDiff[] = findingDiffs(f, text);
  for (const side of diffs) lines.push(`  ${renderDiff(side.parts, plainMark)}`);
  for (const e of f.evidence) lines.push(`  "${e.excerpt.replace(/\s+/g, ' ').trim()}" (${sourceLabel(e)})`);
  return lines.join('\n');
}

/** Escape Markdown so reference text cannot turn into links, HTML or emphasis. */
export function escapeMd(s: string): string {
  return s.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`).replace(/^([#+-]|\d+\.)/, '\\$1');
}
