// Copydesk's own messages between the VS Code client and the language server, defined once and
// imported by both sides (vscode-eslint's customMessages.ts shape). Everything here is plain data.
//
// Each message is a method name plus phantom parameter/result types. Not jsonrpc's NotificationType
// classes: client and server bundle different vscode-jsonrpc versions, whose classes do not unify.
import type { Range } from 'vscode-languageserver-types';

export interface NotificationDef<P> {
  readonly method: string;
  /** Type only. */
  readonly params?: P;
}
export interface RequestDef<P, R> {
  readonly method: string;
  /** Type only. */
  readonly params?: P;
  readonly result?: R;
}
const notification = <P>(method: string): NotificationDef<P> => ({ method });
const request = <P, R>(method: string): RequestDef<P, R> => ({ method });

/** What the status bar shows for one document (sent after each check of that document). */
export interface StatusParams {
  /** The document the numbers are about. */
  uri: string;
  /**
   * ok: checked against a project; no-config: no copydesk.json above the draft (extra references from
   * settings may still be loaded); error: copydesk.json is broken or its references match nothing;
   * disabled: `copydesk.enable` is false for this document.
   */
  state: 'ok' | 'no-config' | 'error' | 'disabled';
  /** Reference files loaded for this document's project. */
  references: number;
  /** Findings in this document (null when it was not checked). */
  findings: number | null;
  /** URI of the copydesk.json in use, if any. */
  configUri: string | null;
  /** The config or reference problem, in one sentence, if any. */
  problem: string | null;
  /** The document is one of the project's references (opened beside a draft), not a draft. */
  reference?: boolean;
  /** The references are still being read and indexed: the findings are the draft's own checks only. */
  indexing?: boolean;
}
export const StatusNotification = notification<StatusParams>('copydesk/status');

export interface ReindexResult {
  projects: number;
  references: number;
  /** Config problems met while re-reading (one per broken project). */
  problems: string[];
}
/** Re-read every copydesk.json and reference file, then refresh diagnostics. */
export const ReindexRequest = request<Record<string, never> | null, ReindexResult>('copydesk/reindex');

export interface ReferenceInfo {
  uri: string;
  outlet: string | null;
  published: string | null;
  title: string | null;
  url: string | null;
  /** Where `published` came from ('none': relative dates in it are not compared). */
  publishedFrom: string;
  /** For an article the archive retrieved for this draft: why (the names and words it shares with it), or pinned by the draft. */
  retrieved?: { names: string[]; terms: string[]; pinned?: boolean };
}
export interface ListReferencesParams {
  /** A draft whose project to list; all loaded projects when absent. */
  uri?: string;
}
export const ListReferencesRequest = request<ListReferencesParams, ReferenceInfo[]>('copydesk/listReferences');

/** Findings that touch a fact (so the facts view can say "contradicted by …"). */
export interface FactFinding {
  code: string;
  message: string;
}
export interface StoryMention {
  range: Range;
  text: string;
  title: string | null;
  findings: FactFinding[];
}
export interface StoryPerson {
  name: string;
  titles: string[];
  mentions: StoryMention[];
  /** References that mention this person (by name), for "confirmed by". */
  references: string[];
  /** The same references as a person names them ("Harbour Post, March 12, 2025"), same order. */
  referenceLabels: string[];
}
export interface StoryOrganization {
  name: string;
  mentions: StoryMention[];
}
export interface StoryDate {
  range: Range;
  text: string;
  /** TIMEX3 value (2024-10-08, 2024-W41, PRESENT_REF…). */
  value: string;
  /** The value in words ("Tuesday, October 8"). */
  label: string;
  findings: FactFinding[];
}
export interface StoryQuote {
  range: Range;
  text: string;
  speaker: string | null;
  findings: FactFinding[];
}
export interface StoryFacts {
  uri: string;
  published: string | null;
  people: StoryPerson[];
  organizations: StoryOrganization[];
  dates: StoryDate[];
  quotes: StoryQuote[];
}
export interface StoryFactsParams {
  uri: string;
}
/** What the engine found in a draft: people and titles, dates, quotes and speakers. Null for unknown documents. */
export const StoryFactsRequest = request<StoryFactsParams, StoryFacts | null>('copydesk/storyFacts');


/**
 * Commands the VS Code client registers and hovers link to (command links run only where the client
 * says it has them: initializationOptions.commandLinks).
 */
export const OPEN_EVIDENCE_COMMAND = 'copydesk.openEvidence';
export const APPLY_FIX_COMMAND = 'copydesk.applyFix';

/** Open a reference beside the draft with the evidence selected. */
export interface OpenEvidenceArgs {
  uri: string;
  /** The evidence sentence in the reference (null: open at the top). */
  range: Range | null;
  /** "Harbour Post, March 12, 2025": the reference as a person names it. */
  label: string;
}

/** Apply one fix's edits to a draft, if it is still at the version the hover was computed on. */
export interface ApplyFixArgs {
  uri: string;
  version: number;
  edits: { range: Range; newText: string }[];
}

/** What the VS Code client tells the server in initializationOptions. */
export interface CopydeskInitOptions {
  /** The client runs OPEN_EVIDENCE_COMMAND and APPLY_FIX_COMMAND from Markdown command links. */
  commandLinks?: boolean;
  /**
   * The client asks again when told to (it re-pulls on workspace/diagnostic/refresh, or takes a second
   * push): while a project's references are first read and indexed, the server answers with the draft's
   * own checks and refreshes once the references are in.
   */
  draftChecksFirst?: boolean;
}
