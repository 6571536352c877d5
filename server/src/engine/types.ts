// Data that crosses the engine's boundary. Everything here is plain data (JSON-serialisable),
// because findings travel to the LSP client, the CLI formatters and the tests unchanged.

/** Offsets are UTF-16 code units into the document's full text (what JavaScript strings index). */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** What a user writes in copydesk.json or settings for a check or rule. */
export type Level = 'off' | 'info' | 'warning' | 'error';

export type CheckName = 'names' | 'dates' | 'numbers' | 'attribution' | 'quotes';

/** Evidence `ref` meaning "the draft itself" (names/inconsistent-in-draft points at the other spelling). */
export const DRAFT_REF = '#draft';

/** One piece of reference text a finding was compared with. */
export interface Evidence {
  /** Reference id: the path (CLI) or URI (server) the host gave when loading it; DRAFT_REF for the draft;
   *  'copydesk.json' for the house register. */
  ref: string;
  outlet?: string;
  /** YYYY-MM-DD */
  published?: string;
  /** Where the excerpt sits in the reference file's raw text (null when it cannot be located, e.g. extracted HTML). */
  range: Span | null;
  excerpt: string;
  /** What this reference says, in a few words ("Defense Minister"), for messages and hovers. */
  says?: string;
}

export interface TextEdit {
  range: Span;
  newText: string;
}

/** A change to copydesk.json, applied by the host (the engine never writes files). */
export interface ConfigEdit {
  /** JSON path inside copydesk.json, e.g. ["names", "accept"]. The value is appended to the array there. */
  path: (string | number)[];
  value: unknown;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Applied by `copydesk check --fix` and source.fixAll. Only fixes that need no judgement are safe. */
  safe?: boolean;
  preferred?: boolean;
  configEdit?: ConfigEdit;
}

export interface Finding {
  check: CheckName;
  /** `check/rule`, e.g. `names/title-mismatch`: the diagnostic code on the wire. */
  rule: string;
  severity: Severity;
  range: Span;
  message: string;
  evidence: Evidence[];
  fixes: Fix[];
  /** Rule-specific facts (the expected value, the variant seen…), kept for hovers and "accept variant". */
  data?: Record<string, unknown>;
  /** How strong the evidence is, 0..1; rules report nothing below 0.5. */
  confidence?: number;
}

/** Services the engine needs from its host. The CLI passes the file system, the server open documents + file system, tests memory. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
