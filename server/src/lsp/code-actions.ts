// Every Copydesk code action comes from this one pure function (vscode-textlint's createCodeActions
// shape): the fixes of each finding, "fix all of this kind", source.fixAll.copydesk, and for every
// finding "Ignore this occurrence", "Disable rule for this line" and "Accept this variant" where the
// fix carries a copydesk.json change. Diagnostic data is validated before use: it crossed a process
// boundary and may come from an older server or another tool.
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type TextDocumentEdit,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
  type CreateFile,
} from 'vscode-languageserver';
import type { Finding, TextEdit } from '../engine/types';
import { DIAGNOSTIC_SOURCE, isDiagnosticData, type DiagnosticData } from './diagnostic';
import { appendToArray, arrayContains, isConfigEdit, newConfigText, type JsonTextEdit } from './config-edit';
import { bulkFix } from '../engine/fixes';
import { fixLabel } from './fix-label';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.copydesk`;

export interface ConfigTarget {
  /** URI of the copydesk.json the change goes to. */
  uri: string;
  /** Its current text (the editor buffer when open); null when it does not exist yet and the edit creates it. */
  text: string | null;
  /** Version of the open buffer, null when the file is not open. */
  version: number | null;
  /** The draft's path relative to copydesk.json's folder, for `ignore[].file`. */
  draftFile?: string;
}

export interface CodeActionInput {
  uri: string;
  /** The draft's current text. */
  text: string;
  /** The draft's version (the draft edit is rejected by the client if the buffer moved on). */
  version: number | null;
  /** context.diagnostics: the diagnostics at the requested range. */
  diagnostics: Diagnostic[];
  /** context.only */
  only?: string[];
  /** Every current finding in the draft (for the fix-all actions). */
  findings: Finding[];
  /** Where "Ignore" and "Accept" write; null when neither can be offered. */
  config: ConfigTarget | null;
  /** Whether the client takes `documentChanges` (needed to create copydesk.json). */
  documentChanges: boolean;
}

/** Whether an action of `kind` is wanted under context.only (kinds are hierarchical: "source" covers "source.fixAll"). */
export function wants(only: string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return kind.startsWith(CodeActionKind.QuickFix);
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/**
 * Diagnostics come back from the client as it holds them: their ranges follow the user's edits, the
 * offsets in their data do not. Pair each with the finding of the current check at the same place and
 * take that finding's fixes; a diagnostic with no current counterpart is stale, and keeps only the
 * actions that do not depend on offsets (copydesk.json changes, ignore, disable-line).
 */
export function withCurrentData(diagnostics: Diagnostic[], findings: Finding[], doc: { positionAt(offset: number): { line: number; character: number } }): Diagnostic[] {
  const key = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
  const current = new Map<string, Finding>();
  for (const f of findings) current.set(`${f.rule} ${key({ start: doc.positionAt(f.range.start), end: doc.positionAt(f.range.end) })}`, f);
  return diagnostics.map((d) => {
    if (d.source !== DIAGNOSTIC_SOURCE || !isDiagnosticData(d.data)) return d;
    const f = current.get(`${d.data.rule} ${key(d.range)}`);
    const data: DiagnosticData = f
      ? { rule: f.rule, fixes: f.fixes, data: f.data }
      : { ...d.data, fixes: d.data.fixes.filter((x) => !x.edits.length) };
    return { ...d, data };
  });
}

export function createCodeActions(input: CodeActionInput): CodeAction[] {
  const doc = TextDocument.create(input.uri, 'markdown', input.version ?? 0, input.text);
  const actions: CodeAction[] = [];
  const seenFixAll = new Set<string>();

  if (wants(input.only, CodeActionKind.QuickFix)) {
    for (const diagnostic of input.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE || !isDiagnosticData(diagnostic.data)) continue;
      const data: DiagnosticData = diagnostic.data;
      const flagged = doc.getText(diagnostic.range);

      // 1. The finding's own fixes (text edits, a copydesk.json change, or both).
      for (const fix of data.fixes) {
        const configEdit = isConfigEdit(fix.configEdit) ? fix.configEdit : undefined;
        const draftEdits = toLspEdits(doc, fix.edits);
        if (draftEdits === undefined) continue; // offsets out of range: data from another version of the text
        let config: ConfigChange | undefined;
        if (configEdit) {
          if (!input.config) continue;
          config = configChange(input.config, configEdit.path, configEdit.value);
          if (!config) continue;
        }
        if (!draftEdits.length && !config) continue;
        actions.push({
          title: fixLabel(fix, input.text),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.preferred === true && !config,
          edit: workspaceEdit(input, draftEdits, config),
        });
      }

      // 2. Fix all of this kind, when there is more than one to fix: only fixes that need no judgement.
      if (!seenFixAll.has(data.rule)) {
        seenFixAll.add(data.rule);
        const ofKind = input.findings.filter((f) => f.rule === data.rule);
        const edits = nonOverlapping(ofKind.map((f) => bulkFix(f)?.edits ?? []));
        const fixable = ofKind.filter((f) => bulkFix(f)).length;
        const lspEdits = edits.length ? toLspEdits(doc, edits) : undefined;
        if (fixable > 1 && lspEdits?.length) {
          actions.push({
            title: `Fix all ${data.rule} problems in this file (${fixable})`,
            kind: CodeActionKind.QuickFix,
            diagnostics: input.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code === data.rule),
            edit: workspaceEdit(input, lspEdits),
          });
        }
      }

      // 3. Ignore this occurrence (copydesk.json `ignore`).
      if (input.config && flagged) {
        const entry: { rule: string; text: string; file?: string } = { rule: data.rule, text: flagged };
        if (input.config.draftFile) entry.file = input.config.draftFile;
        const config = configChange(input.config, ['ignore'], entry);
        if (config) {
          actions.push({
            title: `Ignore "${shorten(flagged)}" for ${data.rule} in copydesk.json`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: workspaceEdit(input, [], config),
          });
        }
      }

      // 4. Disable the rule for this line with a directive comment above it.
      actions.push({
        title: `Disable ${data.rule} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: workspaceEdit(input, [disableNextLineEdit(doc, diagnostic.range.start.line, data.rule)]),
      });
    }
  }

  // 5. source.fixAll.copydesk: every safe fix, as editor.codeActionsOnSave runs it.
  if (input.only?.length && wants(input.only, FIX_ALL_KIND)) {
    const edits = nonOverlapping(input.findings.map((f) => bulkFix(f)?.edits ?? []));
    const lspEdits = edits.length ? toLspEdits(doc, edits) : undefined;
    if (lspEdits?.length) {
      actions.push({ title: 'Fix all safe Copydesk problems', kind: FIX_ALL_KIND, edit: workspaceEdit(input, lspEdits) });
    }
  }
  return actions;
}

/** Edits of several findings, dropping any that overlap an earlier one (a second run picks those up). */
function nonOverlapping(groups: TextEdit[][]): TextEdit[] {
  const out: TextEdit[] = [];
  const taken: TextEdit[] = [];
  for (const group of groups) {
    if (!group.length) continue;
    const clash = group.some((e) => taken.some((t) => e.range.start < t.range.end && t.range.start < e.range.end || (e.range.start === t.range.start && e.range.end === t.range.end)));
    if (clash) continue;
    taken.push(...group);
    out.push(...group);
  }
  return out;
}

function toLspEdits(doc: TextDocument, edits: TextEdit[]): LspTextEdit[] | undefined {
  const length = doc.getText().length;
  const out: LspTextEdit[] = [];
  for (const e of edits) {
    if (e.range.start < 0 || e.range.end > length || e.range.start > e.range.end) return undefined;
    out.push({ range: { start: doc.positionAt(e.range.start), end: doc.positionAt(e.range.end) }, newText: e.newText });
  }
  return out;
}

const DISABLE_LINE = /^(\s*)<!--\s*copydesk-disable-next-line\b([^>]*?)\s*-->\s*$/;

/** `<!-- copydesk-disable-next-line RULE -->` above the line, or RULE added to one already there. */
export function disableNextLineEdit(doc: TextDocument, line: number, rule: string): LspTextEdit {
  const lineText = (n: number) => doc.getText({ start: { line: n, character: 0 }, end: { line: n + 1, character: 0 } }).replace(/\r?\n$/, '');
  if (line > 0) {
    const above = lineText(line - 1);
    const m = DISABLE_LINE.exec(above);
    if (m) {
      const rules = m[2].split(/[\s,]+/).filter(Boolean);
      // An empty list already disables everything; keep it.
      if (rules.length && !rules.includes(rule)) {
        return { range: { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: above.length } }, newText: `${m[1]}<!-- copydesk-disable-next-line ${[...rules, rule].join(' ')} -->` };
      }
    }
  }
  const indent = /^[ \t]*/.exec(lineText(line))?.[0] ?? '';
  const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- copydesk-disable-next-line ${rule} -->${eol}` };
}

interface ConfigChange {
  uri: string;
  version: number | null;
  /** Edits to the existing file, or the whole text of a new one. */
  edits?: JsonTextEdit[];
  create?: string;
  existingText?: string;
}

function configChange(target: ConfigTarget, path: (string | number)[], value: unknown): ConfigChange | undefined {
  if (target.text === null) return { uri: target.uri, version: null, create: newConfigText(path, value) };
  if (arrayContains(target.text, path, value)) return undefined;
  return { uri: target.uri, version: target.version, edits: appendToArray(target.text, path, value), existingText: target.text };
}

function workspaceEdit(input: CodeActionInput, draftEdits: LspTextEdit[], config?: ConfigChange): WorkspaceEdit {
  const configEdits: LspTextEdit[] = [];
  if (config?.edits && config.existingText !== undefined) {
    const cdoc = TextDocument.create(config.uri, 'json', 0, config.existingText);
    for (const e of config.edits) configEdits.push({ range: { start: cdoc.positionAt(e.offset), end: cdoc.positionAt(e.offset + e.length) }, newText: e.content });
  }
  if (input.documentChanges) {
    const changes: (TextDocumentEdit | CreateFile)[] = [];
    if (draftEdits.length) changes.push({ textDocument: { uri: input.uri, version: input.version }, edits: draftEdits });
    if (config?.create !== undefined) {
      changes.push({ kind: 'create', uri: config.uri, options: { ignoreIfExists: true } });
      changes.push({ textDocument: { uri: config.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: config.create }] });
    } else if (config && configEdits.length) {
      changes.push({ textDocument: { uri: config.uri, version: config.version }, edits: configEdits });
    }
    return { documentChanges: changes };
  }
  const changes: Record<string, LspTextEdit[]> = {};
  if (draftEdits.length) changes[input.uri] = draftEdits;
  if (config && configEdits.length) changes[config.uri] = configEdits;
  return { changes };
}

function shorten(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 40 ? `${one.slice(0, 39)}…` : one;
}
