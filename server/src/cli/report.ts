// What a `copydesk check` run produced, handed to the formatters.
import { bulkFix } from '../engine/fixes';
import type { Diagnostic } from 'vscode-languageserver';
import type { Rule } from '../engine/rule';
import type { Finding } from '../engine/types';

export interface FileReport {
  /** Absolute path, forward slashes. */
  path: string;
  /** Relative to the working directory when inside it (what people read). */
  displayPath: string;
  /** The text the findings refer to (after --fix). */
  text: string;
  findings: Finding[];
  /** Same order as findings. */
  fingerprints: string[];
  diagnostics: Diagnostic[];
  fixesApplied: number;
}

export interface RunReport {
  cwd: string;
  files: FileReport[];
  rules: readonly Rule[];
  /** Effective level per rule id ('off' rules are listed too). */
  ruleLevels: Record<string, string>;
  /** Reference id → raw text (for SARIF related locations). */
  referenceText: (id: string) => string | undefined;
  /** Findings hidden because the baseline holds them. */
  baselined: number;
  /** Findings outside the changed lines (--changed-lines). */
  outsideChangedLines: number;
  version: string;
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
  hint: number;
  fixable: number;
}

export function countFindings(files: FileReport[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0, hint: 0, fixable: 0 };
  for (const f of files) {
    for (const x of f.findings) {
      c[x.severity]++;
      if (bulkFix(x)) c.fixable++;
    }
  }
  return c;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
