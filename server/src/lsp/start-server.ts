// The language server: connection wiring around the engine. Pull diagnostics (push for clients
// without pull support), code actions, hover, watched reference files and copydesk.json, settings per
// document, and Copydesk's own requests (protocol.ts). Shared by `dist/server.js` and `copydesk lsp`.
//
// Never writes to stdout (the protocol stream): console output is redirected to the client's log.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type FileSystemWatcher,
  type InitializeResult,
  type Disposable,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createNodeHost } from '../host/node-host';
import type { EngineHost } from '../engine/project';
import { CONFIG_FILE } from '../engine/config';
import { SIDECAR_FILE } from '../engine/corpus/sidecar';
import { referenceKind } from '../engine/corpus/reference';
import { basename, dirname, relative } from '../engine/path';
import type { Finding, Logger } from '../engine/types';
import { clearDiagnosticCache, DIAGNOSTIC_SOURCE, toDiagnostic } from './diagnostic';
import { createCodeActions, FIX_ALL_KIND, withCurrentData, type ConfigTarget } from './code-actions';
import { createHover } from './hover';
import { locateReferenceInput } from './config-edit';
import { Projects, type Project } from './projects';
import { SettingsCache, type DocumentSettings } from './settings';
import { storyFacts } from './story-facts';
import { FolderWatcher } from './fs-watcher';
import { documentUri, tooLargeDiagnostic } from './limits';
import { pathToUri, uriToPath } from './uri';
import {
  ListReferencesRequest,
  ReindexRequest,
  StatusNotification,
  StoryFactsRequest,
  type ReferenceInfo,
  type RequestDef,
  type StatusParams,
} from './protocol';

const VERSION = '0.1.0';

interface ClientCaps {
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
}

interface CheckResult {
  version: number;
  /** Server generation the result was computed at (settings, configs and corpora all bump it). */
  generation: number;
  findings: Finding[];
  diagnostics: Diagnostic[];
  project?: Project;
  settings: DocumentSettings;
  /** Not a draft (a reference, copydesk.json, a non-Markdown file): never checked. */
  skipped?: 'disabled' | 'reference' | 'config' | 'not-markdown';
}

export function startServer(connection: Connection): void {
  redirectConsole(connection);
  const documents = new TextDocuments(TextDocument);
  const caps: ClientCaps = {
    pull: false,
    refresh: false,
    configuration: false,
    configurationDynamic: false,
    watchDynamic: false,
    relativePattern: false,
    documentChanges: false,
    createFile: false,
    markdownHover: false,
    relatedInformation: true,
    workspaceFolders: false,
  };
  let folders: string[] = [];
  let generation = 0;
  let shuttingDown = false;

  const logger: Logger = {
    info: (m) => connection.console.info(m),
    warn: (m) => connection.console.warn(m),
    error: (m) => connection.console.error(m),
  };
  // A stray rejected promise is a bug to log, not a reason to take the editor's diagnostics down.
  process.on('unhandledRejection', (e) => logger.error(`copydesk: unhandled rejection: ${(e as Error)?.stack ?? e}`));
  const fsHost = createNodeHost(logger);
  /** Open documents are read from the editor's buffers, everything else from disk. */
  const openText = (path: string): string | undefined => openDocument(path)?.getText();
  const openDocument = (path: string): TextDocument | undefined => documents.all().find((d) => uriToPath(d.uri) === path);
  const host: EngineHost = {
    ...fsHost,
    readFile: async (path) => openText(path) ?? fsHost.readFile(path),
    stat: async (path) => (openText(path) !== undefined ? 'file' : fsHost.stat(path)),
  };
  const projects = new Projects(host, () => void registerWatchers());
  const settings = new SettingsCache(connection, () => caps.configuration);
  const results = new Map<string, CheckResult>();
  const inflight = new Map<string, { key: string; promise: Promise<CheckResult> }>();
  /** copydesk.json URIs with a published problem → what was published (to publish only changes). */
  const configDiagnostics = new Map<string, string>();

  const refUri = (ref: string): string => (ref.includes('://') || ref.startsWith('untitled:') ? ref : pathToUri(ref));

  const folderOf = (path: string | undefined): string | undefined => {
    if (!path) return folders[0];
    return folders.filter((f) => path === f || path.startsWith(`${f}/`)).sort((a, b) => b.length - a.length)[0];
  };

  // ---------------------------------------------------------------- lifecycle

  connection.onInitialize((params): InitializeResult => {
    const c = params.capabilities;
    caps.pull = !!c.textDocument?.diagnostic;
    caps.refresh = !!c.workspace?.diagnostics?.refreshSupport;
    caps.configuration = !!c.workspace?.configuration;
    caps.configurationDynamic = !!c.workspace?.didChangeConfiguration?.dynamicRegistration;
    caps.watchDynamic = !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    caps.relativePattern = !!c.workspace?.didChangeWatchedFiles?.relativePatternSupport;
    caps.documentChanges = !!c.workspace?.workspaceEdit?.documentChanges;
    caps.createFile = !!c.workspace?.workspaceEdit?.resourceOperations?.includes('create');
    caps.markdownHover = !!c.textDocument?.hover?.contentFormat?.includes('markdown');
    caps.relatedInformation = c.textDocument?.publishDiagnostics?.relatedInformation !== false;
    caps.workspaceFolders = !!c.workspace?.workspaceFolders;
    const roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = roots.map(uriToPath).filter((p): p is string => !!p);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        ...(caps.pull ? { diagnosticProvider: { identifier: 'copydesk', interFileDependencies: true, workspaceDiagnostics: false } } : {}),
        codeActionProvider: c.textDocument?.codeAction?.codeActionLiteralSupport
          ? { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND], resolveProvider: false }
          : true,
        hoverProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'copydesk', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (caps.configurationDynamic) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'copydesk' }).catch((e) => logger.warn(`cannot register for settings changes: ${e}`));
    }
    if (caps.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
        folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p)];
        settings.clear();
        void changed();
      });
    }
    void registerWatchers();
  });
  connection.onShutdown(() => {
    shuttingDown = true;
    folderWatcher?.dispose();
  });

  // ---------------------------------------------------------------- checking

  async function runCheck(doc: TextDocument): Promise<CheckResult> {
    const docSettings = await settings.get(doc.uri);
    const path = uriToPath(doc.uri);
    const base = { version: doc.version, generation, findings: [], diagnostics: [], settings: docSettings };
    if (path && basename(path) === CONFIG_FILE) return { ...base, skipped: 'config' };
    if (!isMarkdown(doc, path)) return { ...base, skipped: 'not-markdown' };
    if (!docSettings.enable) return { ...base, skipped: 'disabled' };
    const tooLarge = tooLargeDiagnostic(doc.getText().length);
    if (tooLarge) return { ...base, diagnostics: [tooLarge] };
    const project = await projects.forDocument(path, folderOf(path), docSettings.references, docSettings.allowOutsideReferences);
    const gen = generation;
    if (path && project.referenceFiles.has(path)) return { ...base, generation: gen, project, skipped: 'reference' };
    const text = doc.getText();
    const findings = project.engine.check(text, { path, levels: docSettings.checks });
    const refText = (ref: string) => project.engine.corpus.get(ref)?.raw;
    const diagnostics = findings.map((f) => {
      const d = toDiagnostic(f, text, refUri, refText, doc.uri);
      if (!caps.relatedInformation) delete d.relatedInformation;
      return d;
    });
    return { ...base, generation: gen, project, findings, diagnostics };
  }

  /** The current check result of a document: cached per version and generation, shared while in flight. */
  function check(doc: TextDocument): Promise<CheckResult> {
    const hit = results.get(doc.uri);
    if (hit && hit.version === doc.version && hit.generation === generation) return Promise.resolve(hit);
    const key = `${doc.version}:${generation}`;
    const running = inflight.get(doc.uri);
    if (running?.key === key) return running.promise;
    const promise = runCheck(doc)
      .catch((e): CheckResult => {
        logger.error(`copydesk: checking ${doc.uri} failed: ${(e as Error)?.stack ?? e}`);
        return { version: doc.version, generation: -1, findings: [], diagnostics: [], settings: { enable: true, checks: {}, references: [] } };
      })
      .then((result) => {
        if (inflight.get(doc.uri)?.promise === promise) inflight.delete(doc.uri);
        if (documents.get(doc.uri)) {
          results.set(doc.uri, result);
          sendStatus(doc.uri, result);
          publishConfigProblems();
        }
        return result;
      });
    inflight.set(doc.uri, { key, promise });
    return promise;
  }

  function sendStatus(uri: string, r: CheckResult): void {
    if (r.skipped === 'config' || r.skipped === 'not-markdown') return;
    const p = r.project;
    const status: StatusParams = {
      uri,
      state: r.skipped === 'disabled' ? 'disabled' : p?.problem ? 'error' : p?.configPath ? 'ok' : 'no-config',
      references: p?.engine.corpus.size ?? 0,
      findings: r.skipped ? null : r.findings.length,
      configUri: p?.configPath ? pathToUri(p.configPath) : null,
      problem: p?.problem?.message ?? null,
    };
    void connection.sendNotification(StatusNotification.method, status).catch(() => undefined);
  }

  // Pull: the client asks whenever it wants (open, edit, refresh).
  // A result id names (document version, server generation): a client asking again with the id of
  // what it has gets "unchanged" instead of the same diagnostics once more.
  connection.languages.diagnostics.on(async (params) => {
    const doc = documents.get(documentUri(params));
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const r = await check(doc);
    const resultId = r.generation >= 0 ? `${r.version}:${r.generation}` : undefined;
    if (resultId && params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, items: r.diagnostics, ...(resultId ? { resultId } : {}) };
  });

  // Push, for clients without pull diagnostics (Neovim 0.7, Emacs eglot).
  const pushTimers = new Map<string, ReturnType<typeof setTimeout>>();
  function schedulePush(doc: TextDocument, delay = 80): void {
    if (caps.pull) return;
    clearTimeout(pushTimers.get(doc.uri));
    pushTimers.set(
      doc.uri,
      setTimeout(() => {
        pushTimers.delete(doc.uri);
        void pushNow(doc.uri);
      }, delay),
    );
  }
  async function pushNow(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc || shuttingDown) return;
    const r = await check(doc);
    if (r.skipped === 'config') return; // copydesk.json has its own (config problem) diagnostics
    if (documents.get(uri)?.version !== r.version) return; // a newer push is on its way
    void connection.sendDiagnostics({ uri, version: r.version, diagnostics: r.diagnostics }).catch(() => undefined);
  }

  /** Something the diagnostics depend on changed: re-check what is open. */
  async function changed(): Promise<void> {
    generation++;
    if (shuttingDown) return;
    if (caps.pull) {
      if (caps.refresh) await connection.languages.diagnostics.refresh().catch((e) => logger.warn(`diagnostic refresh failed: ${e}`));
      else for (const d of documents.all()) void check(d);
    } else {
      for (const d of documents.all()) schedulePush(d, 0);
    }
    publishConfigProblems();
    void registerWatchers();
  }

  // ---------------------------------------------------------------- documents

  const bufferTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** An open reference or copydesk.json was edited in the editor: its buffer is what counts. */
  function dependencyEdited(path: string, delay: number): boolean {
    const isConfig = basename(path) === CONFIG_FILE;
    const isSidecar = basename(path) === SIDECAR_FILE;
    const refs = projects.withReference(path);
    if (!isConfig && !isSidecar && !refs.length) return false;
    clearTimeout(bufferTimers.get(path));
    bufferTimers.set(
      path,
      setTimeout(() => {
        bufferTimers.delete(path);
        void applyFileChanges([{ path, type: FileChangeType.Changed }], { fromBuffer: true });
      }, delay),
    );
    return true;
  }

  documents.onDidOpen((e) => {
    schedulePush(e.document, 0);
  });
  documents.onDidChangeContent((e) => {
    const path = uriToPath(e.document.uri);
    if (path && dependencyEdited(path, 250)) return;
    schedulePush(e.document);
  });
  documents.onDidSave((e) => {
    // Saving copydesk.json is a deliberate act: reload now, and say so if it is broken.
    const path = uriToPath(e.document.uri);
    if (path && basename(path) === CONFIG_FILE) {
      clearTimeout(bufferTimers.get(path));
      void applyFileChanges([{ path, type: FileChangeType.Changed }], { fromBuffer: false });
    }
  });
  documents.onDidClose((e) => {
    results.delete(e.document.uri);
    inflight.delete(e.document.uri);
    settings.delete(e.document.uri);
    clearTimeout(pushTimers.get(e.document.uri));
    const path = uriToPath(e.document.uri);
    // A closed reference or config is read from disk again.
    if (path && dependencyEdited(path, 0)) return;
    if (!caps.pull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(() => undefined);
    pruneProjects();
  });

  function pruneProjects(): void {
    const used = new Set<string>();
    for (const d of documents.all()) {
      const r = results.get(d.uri);
      if (r?.project) used.add(r.project.key);
    }
    for (const p of projects.all()) if (!used.has(p.key) && !p.problem) projects.delete(p.key);
  }

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    void changed();
  });

  // ---------------------------------------------------------------- watched files

  let watcherRegistration: Promise<Disposable> | undefined;
  let watcherKey = '';
  /** Clients that cannot watch files for us get the server's own folder watcher. */
  let folderWatcher: FolderWatcher | undefined;
  function watchFoldersOurselves(): void {
    if (shuttingDown) return;
    folderWatcher ??= new FolderWatcher(
      (changes) => {
        const closed = changes.filter((c) => !openText(c.path));
        if (closed.length) void applyFileChanges(closed, { fromBuffer: false });
      },
      (m) => logger.warn(m),
    );
    const dirs = new Set<string>(folders);
    const files: string[] = [];
    for (const p of projects.all()) {
      if (p.configPath) {
        dirs.add(dirname(p.configPath));
        files.push(p.configPath);
      }
      for (const f of p.referenceFiles) {
        dirs.add(dirname(f));
        files.push(f);
      }
      // New files directly under a glob's folder ("refs/*.txt").
      for (const g of p.watchGlobs()) if (!g.pattern.includes('/') && !g.pattern.startsWith('**')) dirs.add(g.base);
    }
    folderWatcher.update(dirs, files);
  }

  async function registerWatchers(): Promise<void> {
    if (shuttingDown) return;
    if (!caps.watchDynamic) return watchFoldersOurselves();
    const watchers: FileSystemWatcher[] = [{ globPattern: `**/${CONFIG_FILE}` }, { globPattern: `**/${SIDECAR_FILE}` }];
    const seen = new Set<string>();
    for (const p of projects.all()) {
      for (const g of p.watchGlobs()) {
        const key = `${g.base}\u0000${g.pattern}`;
        if (seen.has(key)) continue;
        seen.add(key);
        watchers.push({ globPattern: caps.relativePattern ? { baseUri: pathToUri(g.base), pattern: g.pattern } : `${g.base === '/' ? '' : g.base}/${g.pattern}` });
      }
    }
    const key = JSON.stringify(watchers);
    if (key === watcherKey) return;
    watcherKey = key;
    const previous = watcherRegistration;
    watcherRegistration = connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    try {
      await watcherRegistration;
      (await previous)?.dispose();
    } catch (e) {
      logger.warn(`cannot watch reference files: ${(e as Error)?.message ?? e}`);
    }
  }

  connection.onDidChangeWatchedFiles((params) => {
    const changes = params.changes
      .map((c) => ({ path: uriToPath(c.uri), type: c.type }))
      .filter((c): c is { path: string; type: FileChangeType } => !!c.path && !openText(c.path));
    if (changes.length) void applyFileChanges(changes, { fromBuffer: false });
  });

  /** Apply reference / sidecar / config changes to the projects, then re-check what is open. */
  async function applyFileChanges(changes: { path: string; type: FileChangeType }[], opts: { fromBuffer: boolean }): Promise<void> {
    try {
      let touched = false;
      for (const { path, type } of changes) {
        const name = basename(path);
        if (name === CONFIG_FILE) {
          // Created: drafts below it find it on their next check. Changed: reopen. Deleted: forget.
          touched = true;
          for (const p of projects.withConfig(path)) {
            if (type === FileChangeType.Deleted) projects.delete(p.key);
            else await p.reopen();
          }
          if (type === FileChangeType.Deleted) clearConfigDiagnostics(pathToUri(path));
          if (!opts.fromBuffer) for (const p of projects.withConfig(path)) if (p.problem) showProblem(p);
        } else if (name === SIDECAR_FILE) {
          const dir = dirname(path);
          for (const p of projects.all()) {
            const files = [...p.referenceFiles].filter((f) => dirname(f) === dir);
            if (!files.length) continue;
            touched = true;
            await p.update(async () => {
              for (const f of files) await p.engine.reloadReference(f);
            });
          }
        } else if (referenceKind(path)) {
          for (const p of projects.all()) {
            const known = p.referenceFiles.has(path);
            if (!known && !(type === FileChangeType.Created && p.matches(path))) continue;
            touched = true;
            await p.update(async () => {
              await p.engine.reloadReference(path);
              if (type === FileChangeType.Deleted) p.referenceFiles.delete(path);
              else if (p.engine.corpus.get(path)) p.referenceFiles.add(path);
            });
            clearDiagnosticCache(path);
          }
        }
      }
      if (touched) await changed();
    } catch (e) {
      logger.error(`copydesk: applying file changes failed: ${(e as Error)?.stack ?? e}`);
    }
  }

  // ---------------------------------------------------------------- config problems

  function publishConfigProblems(): void {
    const byConfig = new Map<string, Project>();
    for (const p of projects.all()) if (p.configPath && p.problem && !byConfig.has(p.configPath)) byConfig.set(p.configPath, p);
    for (const [configPath, p] of byConfig) void publishConfigProblem(configPath, p);
    for (const uri of [...configDiagnostics.keys()]) {
      const path = uriToPath(uri);
      if (!path || !byConfig.has(path)) clearConfigDiagnostics(uri);
    }
    // A project broken from the start is announced once (not again on every keystroke in copydesk.json).
    for (const p of projects.all()) if (p.problem && !p.opened && p.announced === undefined) showProblem(p);
  }

  async function publishConfigProblem(configPath: string, p: Project): Promise<void> {
    const problem = p.problem;
    if (!problem) return;
    const uri = pathToUri(configPath);
    let text = '';
    try {
      text = await host.readFile(configPath);
    } catch {
      /* unreadable: position 0 */
    }
    let { offset, length } = problem;
    if (problem.input) ({ offset, length } = locateReferenceInput(text, problem.input) ?? { offset, length });
    const doc = TextDocument.create(uri, 'json', 0, text);
    const message = problem.message.startsWith(`${configPath}: `) ? problem.message.slice(configPath.length + 2) : problem.message;
    const diagnostic: Diagnostic = {
      range: { start: doc.positionAt(offset), end: doc.positionAt(offset + Math.max(length, 1)) },
      severity: 1,
      source: DIAGNOSTIC_SOURCE,
      code: 'config',
      message,
    };
    if (p.problem !== problem) return; // fixed meanwhile
    const key = JSON.stringify(diagnostic);
    if (configDiagnostics.get(uri) === key) return;
    configDiagnostics.set(uri, key);
    void connection.sendDiagnostics({ uri, diagnostics: [diagnostic] }).catch(() => undefined);
  }

  function clearConfigDiagnostics(uri: string): void {
    if (!configDiagnostics.delete(uri)) return;
    void connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
  }

  /** An error message for a project's problem, unless that very problem was already announced. */
  function showProblem(p: Project): void {
    const message = p.problem?.message;
    if (!message || p.announced === message) return;
    p.announced = message;
    void Promise.resolve(connection.window.showErrorMessage(`Copydesk: ${message}`)).catch(() => undefined);
  }

  // ---------------------------------------------------------------- code actions and hover

  connection.onCodeAction(async (params): Promise<CodeAction[]> => {
    try {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const r = await check(doc);
      if (r.skipped) return [];
      const path = uriToPath(doc.uri);
      return createCodeActions({
        uri: doc.uri,
        text: doc.getText(),
        version: doc.version,
        diagnostics: withCurrentData(params.context.diagnostics, r.findings, doc),
        only: params.context.only,
        findings: r.findings,
        config: await configTarget(path, r.project),
        documentChanges: caps.documentChanges,
      });
    } catch (e) {
      logger.error(`copydesk: code actions failed: ${(e as Error)?.stack ?? e}`);
      return [];
    }
  });

  async function configTarget(path: string | undefined, project: Project | undefined): Promise<ConfigTarget | null> {
    if (project?.configPath) {
      const configPath = project.configPath;
      const open = openDocument(configPath);
      let text: string;
      try {
        text = open?.getText() ?? (await fsHost.readFile(configPath));
      } catch {
        return null;
      }
      return {
        uri: open?.uri ?? pathToUri(configPath),
        text,
        version: open?.version ?? null,
        draftFile: path ? relative(dirname(configPath), path) : undefined,
      };
    }
    // No copydesk.json yet: create one in the workspace folder, if the client can create files.
    const folder = folderOf(path) ?? (path ? dirname(path) : undefined);
    if (!folder || !caps.documentChanges || !caps.createFile) return null;
    const configPath = `${folder}/${CONFIG_FILE}`;
    return { uri: pathToUri(configPath), text: null, version: null, draftFile: path ? relative(folder, path) : undefined };
  }

  connection.onHover(async (params) => {
    try {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      const r = await check(doc);
      if (!r.findings.length || !r.project) return null;
      const corpus = r.project.engine.corpus;
      return createHover({
        doc,
        offset: doc.offsetAt(params.position),
        findings: r.findings,
        refUri,
        refLine: (ref, offset) => {
          const raw = corpus.get(ref)?.raw;
          if (raw === undefined || offset > raw.length) return undefined;
          let line = 0;
          for (let i = 0; i < offset; i++) if (raw.charCodeAt(i) === 10) line++;
          return line;
        },
        markdown: caps.markdownHover,
      });
    } catch (e) {
      logger.error(`copydesk: hover failed: ${(e as Error)?.stack ?? e}`);
      return null;
    }
  });

  // ---------------------------------------------------------------- Copydesk requests

  function onRequest<P, R>(def: RequestDef<P, R>, handler: (params: P | undefined) => Promise<R>): void {
    connection.onRequest(def.method, (params: P | undefined) => handler(params));
  }

  onRequest(ReindexRequest, async () => {
    const problems: string[] = [];
    for (const p of projects.all()) {
      await p.reopen();
      if (p.problem) problems.push(p.problem.message);
    }
    clearDiagnosticCache();
    for (const p of projects.all()) p.announced = undefined;
    await changed();
    for (const p of projects.all()) if (p.problem) showProblem(p);
    const references = new Set(projects.all().flatMap((p) => [...p.referenceFiles])).size;
    return { projects: projects.all().length, references, problems };
  });

  onRequest(ListReferencesRequest, async (params) => {
    try {
      let list = projects.all();
      if (params?.uri) {
        const doc = documents.get(params.uri);
        const r = doc ? await check(doc) : undefined;
        list = r?.project ? [r.project] : [];
      }
      const out = new Map<string, ReferenceInfo>();
      for (const p of list) {
        for (const ref of p.engine.corpus.references()) {
          const uri = refUri(ref.id);
          if (out.has(uri)) continue;
          const m = ref.meta;
          out.set(uri, { uri, outlet: m.outlet ?? null, published: m.published ?? null, title: m.title ?? null, url: m.url ?? null, publishedFrom: m.publishedFrom });
        }
      }
      return [...out.values()].sort((a, b) => a.uri.localeCompare(b.uri));
    } catch (e) {
      logger.error(`copydesk: listing references failed: ${(e as Error)?.stack ?? e}`);
      return [];
    }
  });

  onRequest(StoryFactsRequest, async (params) => {
    try {
      const doc = params?.uri ? documents.get(params.uri) : undefined;
      if (!doc) return null;
      const r = await check(doc);
      if (!r.project || r.skipped) return null;
      const draft = r.project.engine.buildDraft(doc.getText(), { path: uriToPath(doc.uri) });
      return storyFacts(doc.uri, draft, r.findings, r.project.engine.corpus, refUri);
    } catch (e) {
      logger.error(`copydesk: story facts failed: ${(e as Error)?.stack ?? e}`);
      return null;
    }
  });

  documents.listen(connection);
  connection.listen();
}

function isMarkdown(doc: TextDocument, path: string | undefined): boolean {
  if (doc.languageId === 'markdown') return true;
  return !!path && /\.(md|markdown|mdown|mkd)$/i.test(path);
}

/** Anything a library logs goes to the client's log, never to stdout (the protocol stream). */
function redirectConsole(connection: Connection): void {
  const send = (level: 'log' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    const text = args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? a.stack ?? a.message : safeJson(a))).join(' ');
    try {
      connection.console[level](text);
    } catch {
      process.stderr.write(`${text}\n`);
    }
  };
  console.log = send('log');
  console.info = send('info');
  console.debug = send('log');
  console.warn = send('warn');
  console.error = send('error');
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}
