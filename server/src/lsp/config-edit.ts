// Changes to copydesk.json as text edits (jsonc-parser's modify keeps comments and the user's layout
// outside the touched property). The engine never writes files; the editor applies these edits.
import { applyEdits, findNodeAtLocation, modify, parseTree, type FormattingOptions } from 'jsonc-parser';
import type { ConfigEdit } from '../engine/types';

export interface JsonTextEdit {
  offset: number;
  length: number;
  content: string;
}

/** Indentation as the file already has it (two spaces when it cannot tell). */
export function detectFormatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indented = /\n([ \t]+)\S/.exec(text)?.[1];
  if (indented?.startsWith('\t')) return { insertSpaces: false, tabSize: 4, eol };
  return { insertSpaces: true, tabSize: indented ? Math.min(indented.length, 8) : 2, eol };
}

/** Append `value` to the array at `path` (created, with its parents, when missing). */
export function appendToArray(text: string, path: (string | number)[], value: unknown): JsonTextEdit[] {
  const base = text.trim() ? text : '{}';
  const edits = modify(base, [...path, -1], value, { isArrayInsertion: true, formattingOptions: detectFormatting(base) });
  if (base === text) return edits;
  // Empty file: replace it whole.
  return [{ offset: 0, length: text.length, content: applyEdits(base, edits) + '\n' }];
}

/** The full text of a new copydesk.json holding one change. */
export function newConfigText(path: (string | number)[], value: unknown): string {
  return applyEdits('{}', modify('{}', [...path, -1], value, { isArrayInsertion: true, formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } })) + '\n';
}

/** Whether the array at `path` already holds an equal value (the action would change nothing). */
export function arrayContains(text: string, path: (string | number)[], value: unknown): boolean {
  const tree = parseTree(text);
  const node = tree && findNodeAtLocation(tree, path);
  if (!node || node.type !== 'array' || !node.children) return false;
  const want = JSON.stringify(sortKeys(value));
  return node.children.some((child) => {
    try {
      return JSON.stringify(sortKeys(JSON.parse(text.slice(child.offset, child.offset + child.length)))) === want;
    } catch {
      return false;
    }
  });
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sortKeys(x)]));
  return v;
}

/** Validate a ConfigEdit that came back from a client inside diagnostic data. */
export function isConfigEdit(value: unknown): value is ConfigEdit {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<ConfigEdit>;
  return Array.isArray(v.path) && v.path.length > 0 && v.path.every((p) => typeof p === 'string' || Number.isInteger(p)) && v.value !== undefined;
}

/** Where a reference input (a string in `references`) sits in the config text, for a diagnostic. */
export function locateReferenceInput(text: string, input: string): { offset: number; length: number } | undefined {
  const tree = parseTree(text);
  const refs = tree && findNodeAtLocation(tree, ['references']);
  const hit = refs?.children?.find((c) => c.type === 'string' && c.value === input);
  return hit ? { offset: hit.offset, length: hit.length } : undefined;
}
