// Finding → LSP Diagnostic: the one conversion shared by the language server (publish/pull) and the
// CLI (`--format json`, SARIF), so both put exactly the same objects on the wire.
// Pure: no connection, no file system. Positions are LSP positions (0-based line, UTF-16 character).
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Position, type Range } from 'vscode-languageserver';
import { docsUrl } from '../engine/rule';
import { DRAFT_REF, type Evidence, type Finding, type Fix, type Severity } from '../engine/types';
import { fileNameOf, sourceLabel } from '../engine/text/source-label';
import { excerptWindow } from '../engine/text/excerpt-window';

export const DIAGNOSTIC_SOURCE = 'copydesk';

/**
 * What a diagnostic's `data` carries. In the CLI's JSON, everything (for scripts). The language server sends
 * only what it cannot rebuild: code actions and hovers take the fixes, the evidence and the rule data from the
 * current check's findings, and a diagnostic the client kept from an older text (no current counterpart)
 * offers only the fixes that do not depend on offsets (copydesk.json changes). Every re-check sends it all.
 */
export interface DiagnosticData {
  rule: string;
  /** Plain-data fixes; edit ranges are UTF-16 offsets into the draft text the diagnostic was computed on.
   *  The language server's lean data keeps only those without text edits. */
  fixes: Fix[];
  /** The evidence again, as data: in the CLI's JSON for scripts (the related information carries it too). */
  evidence?: Evidence[];
  /** The rule's facts: in the CLI's JSON (the server's hovers read the current finding's). */
  data?: Record<string, unknown>;
}

/** Anything that maps an offset to a position (a TextDocument does). */
export interface PositionMapper {
  positionAt(offset: number): Position;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toSeverity(severity: Severity): DiagnosticSeverity {
  return SEVERITY[severity] ?? DiagnosticSeverity.Warning;
}

// Line tables are computed once per text: the last draft and every reference seen (per ref id,
// replaced when that reference's text changes).
let lastDraft: { text: string; doc: TextDocument } | undefined;
const refDocs = new Map<string, { text: string; doc: TextDocument }>();
const MAX_CACHED_REFS = 2000;

function mapperFor(text: string | PositionMapper): PositionMapper {
  if (typeof text !== 'string') return text;
  if (lastDraft?.text !== text) lastDraft = { text, doc: TextDocument.create('copydesk:draft', 'markdown', 0, text) };
  return lastDraft.doc;
}

function refMapper(refId: string, text: string): PositionMapper {
  const hit = refDocs.get(refId);
  if (hit && hit.text === text) return hit.doc;
  if (refDocs.size >= MAX_CACHED_REFS) refDocs.clear();
  const doc = TextDocument.create(refId, 'plaintext', 0, text);
  refDocs.set(refId, { text, doc });
  return doc;
}

/** Drop cached line tables (a reference changed or was removed). Optional: the cache also checks the text. */
export function clearDiagnosticCache(refId?: string): void {
  if (refId === undefined) {
    refDocs.clear();
    lastDraft = undefined;
  } else refDocs.delete(refId);
}

export function offsetRange(doc: PositionMapper, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(Math.max(start, end)) };
}

/** "Outlet (YYYY-MM-DD): excerpt" — a piece of evidence whole, for reports (SARIF, GitHub). */
export function evidenceMessage(e: Evidence): string {
  const who = e.outlet || fileNameOf(e.ref);
  return `${who}${e.published ? ` (${e.published})` : ''}: ${e.excerpt}`;
}

const RELATED_EXCERPT = 100;

/**
 * The related-information line of a piece of evidence: who says what, in a few words ("Harbour Post,
 * March 12, 2025: “Foreign Minister”"). Short, because editors show it above the hover, whose card
 * carries the whole sentence with the differing words marked; a sentence start when the evidence says
 * nothing in a few words.
 */
export function relatedMessage(e: Evidence, check: string): string {
  const who = e.ref === DRAFT_REF ? 'This draft' : sourceLabel(e);
  if (e.says) return `${who}: ${check === 'attribution' ? e.says : `“${e.says}”`}`;
  return `${who}: ${excerptWindow(e.excerpt.replace(/\s+/g, ' ').trim(), [], RELATED_EXCERPT).text}`;
}

const ZERO: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Convert one engine finding into the Diagnostic the server publishes.
 * @param text the draft text the finding was computed on (or a TextDocument of it)
 * @param refUri maps a reference id (evidence.ref) to the URI of the reference file
 * @param refText the raw text of a reference (evidence ranges are offsets into it); undefined → 0:0
 * @param draftUri the draft's own URI, for evidence inside the draft (names/inconsistent-in-draft)
 * @param lean the language server's `data`: the rule and the fixes without text edits only (see DiagnosticData)
 */
export function toDiagnostic(
  finding: Finding,
  text: string | PositionMapper,
  refUri: (refId: string) => string,
  refText: (refId: string) => string | undefined,
  draftUri?: string,
  { lean = false }: { lean?: boolean } = {},
): Diagnostic {
  const doc = mapperFor(text);
  const relatedInformation: DiagnosticRelatedInformation[] = finding.evidence.map((e) => {
    let range = ZERO;
    if (e.ref === DRAFT_REF && draftUri) {
      if (e.range) range = offsetRange(doc, e.range.start, e.range.end);
      return { location: { uri: draftUri, range }, message: relatedMessage(e, finding.check) };
    }
    if (e.range) {
      const raw = refText(e.ref);
      if (raw !== undefined) range = offsetRange(refMapper(e.ref, raw), e.range.start, e.range.end);
    }
    return { location: { uri: refUri(e.ref), range }, message: relatedMessage(e, finding.check) };
  });
  const data: DiagnosticData = lean
    ? { rule: finding.rule, fixes: finding.fixes.filter((f) => !f.edits.length) }
    : { rule: finding.rule, fixes: finding.fixes, evidence: finding.evidence, data: finding.data };
  const diagnostic: Diagnostic = {
    range: offsetRange(doc, finding.range.start, finding.range.end),
    severity: toSeverity(finding.severity),
    code: finding.rule,
    codeDescription: { href: docsUrl(finding.rule) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    ...(relatedInformation.length ? { relatedInformation } : {}),
    data,
  };
  return diagnostic;
}

/** Validate `data` coming back from a client (it crossed a process boundary). */
export function isDiagnosticData(value: unknown): value is DiagnosticData {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<DiagnosticData>;
  return (
    typeof v.rule === 'string' &&
    Array.isArray(v.fixes) &&
    v.fixes.every(
      (f) =>
        !!f &&
        typeof f.title === 'string' &&
        Array.isArray(f.edits) &&
        f.edits.every((e) => !!e && typeof e.newText === 'string' && !!e.range && Number.isInteger(e.range.start) && Number.isInteger(e.range.end)),
    ) &&
    (v.evidence === undefined || Array.isArray(v.evidence))
  );
}
