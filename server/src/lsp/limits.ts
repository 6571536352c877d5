// What the server refuses to work on, and how it says so. A draft past the CLI's size limit is not
// checked at all (one diagnostic on its first line says why), so a 20 MB buffer cannot stall every
// other document; requests with malformed parameters get an LSP InvalidParams error, not a TypeError.
import { ErrorCodes, ResponseError, type Diagnostic } from 'vscode-languageserver/node';
import { MAX_DRAFT_BYTES } from '../cli/read-draft';
import { DIAGNOSTIC_SOURCE } from './diagnostic';

/** Characters, compared with the byte limit: a UTF-16 length never exceeds the UTF-8 byte count. */
export const MAX_DRAFT_CHARS = MAX_DRAFT_BYTES;

/** The diagnostic for a draft too large to check, or undefined when it is within the limit. */
export function tooLargeDiagnostic(length: number): Diagnostic | undefined {
  if (length <= MAX_DRAFT_CHARS) return undefined;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 3,
    source: DIAGNOSTIC_SOURCE,
    code: 'too-large',
    message: `This document is ${(length / 1048576).toFixed(1)} MB, over the ${MAX_DRAFT_BYTES / 1048576} MB limit for a draft: Copydesk does not check it.`,
  };
}

/** `params.textDocument.uri`, or an InvalidParams error a client can read. */
export function documentUri(params: unknown): string {
  const uri = (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument?.uri;
  if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'expected params.textDocument.uri (a string)');
  return uri;
}
