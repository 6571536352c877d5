// What every feature of the language server shares: the connection, the open documents, what the
// client can do, the projects and settings, and a few late-bound operations that features provide to
// each other (checking, "something changed", watchers, config problems). start-server.ts creates it;
// each file under features/ registers its handlers on it.
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EngineHost } from '../engine/project';
import type { Finding, Logger } from '../engine/types';
import type { Project, Projects } from './projects';
import type { DocumentSettings, SettingsCache } from './settings';

export interface ClientCaps {
  pull: boolean;
  refresh: boolean;
  configuration: boolean;
  configurationDynamic: boolean;
  watchDynamic: boolean;
  relativePattern: boolean;
  documentChanges: boolean;
  createFile: boolean;
  markdownHover: boolean;
  relatedInformation: boolean;
  workspaceFolders: boolean;
  /** The client shows server-initiated progress (window/workDoneProgress/create). */
  workDoneProgress: boolean;
  /** The client runs Copydesk's command links in hovers (initializationOptions.commandLinks). */
  commandLinks: boolean;
  /** Answer with the draft's own checks while references are first indexed (initializationOptions.draftChecksFirst). */
  draftChecksFirst: boolean;
}

export interface CheckResult {
  version: number;
  /** Server generation the result was computed at (settings, configs and corpora all bump it). */
  generation: number;
  findings: Finding[];
  diagnostics: Diagnostic[];
  project?: Project;
  settings: DocumentSettings;
  /** Not a draft (a reference, copydesk.json, a non-Markdown file): never checked. */
  skipped?: 'disabled' | 'reference' | 'config' | 'not-markdown';
  /** The draft's own checks only: the project's references were still being indexed. */
  partial?: boolean;
}

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly caps: ClientCaps;
  readonly logger: Logger;
  /** Reads open documents from the editor's buffers, everything else from disk. */
  readonly host: EngineHost;
  /** Reads from disk only. */
  readonly fsHost: EngineHost;
  readonly projects: Projects;
  readonly settings: SettingsCache;
  /** Workspace folder paths. */
  folders: string[];
  /** Bumped whenever something diagnostics depend on changes (settings, configs, corpora). */
  generation: number;
  shuttingDown: boolean;

  /** Reference id → URI. */
  refUri(ref: string): string;
  /** The innermost workspace folder holding a path (the first folder when there is no path). */
  folderOf(path: string | undefined): string | undefined;
  openDocument(path: string): TextDocument | undefined;
  openText(path: string): string | undefined;

  // Provided by features (late-bound: features call each other through these).
  /** The current check result of a document (features/checking.ts). */
  check(doc: TextDocument): Promise<CheckResult>;
  /** Something the diagnostics depend on changed: re-check what is open (features/diagnostics.ts). */
  changed(): Promise<void>;
  /** Re-register file watchers for the current projects (features/watchers.ts). */
  registerWatchers(): Promise<void>;
  /** Publish or clear copydesk.json problems (features/config-problems.ts). */
  publishConfigProblems(): void;
  /** Tell the user about a project's problem once (features/config-problems.ts). */
  showProblem(project: Project): void;
}

/** Log an unexpected failure of a handler with its stack. */
export function logFailure(ctx: Pick<ServerContext, 'logger'>, what: string, e: unknown): void {
  ctx.logger.error(`copydesk: ${what} failed: ${(e as Error)?.stack ?? e}`);
}
