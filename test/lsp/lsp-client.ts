// A minimal LSP client for the server tests: spawns the built server (`node dist/server.js --stdio`),
// speaks JSON-RPC over its stdin/stdout with vscode-jsonrpc, answers the server's requests
// (workspace/configuration, client/registerCapability, workspace/diagnostic/refresh) and records
// notifications so tests can wait for them (no fixed sleeps).
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, ProgressType, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  ClientCapabilities,
  CodeAction,
  Diagnostic,
  DocumentDiagnosticReport,
  Hover,
  PublishDiagnosticsParams,
  TextDocumentEdit,
  TextEdit,
  WorkspaceEdit,
  CreateFile,
  Range,
} from 'vscode-languageserver-protocol';

export const ROOT = resolve(__dirname, '../..');
/** The bundle under test (COPYDESK_TEST_SERVER points elsewhere, e.g. a bundle built apart). */
export const SERVER = process.env.COPYDESK_TEST_SERVER ?? join(ROOT, 'dist/server.js');

let built: boolean | undefined;
/** Build dist/ once per mocha run (the tests exercise the shipped bundle). COPYDESK_TEST_NO_BUILD=1 skips it (already built). */
export function buildOnce(): void {
  if (built || process.env.COPYDESK_TEST_NO_BUILD) return;
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  built = true;
}

/** A fresh copy of a fixture workspace in a temp folder. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-lsp-'));
  cpSync(join(ROOT, 'test/fixtures/lsp', name), dir, { recursive: true });
  return dir;
}

export const uriOf = (path: string): string => pathToFileURL(path).href;

export interface ClientOptions {
  /** Advertise pull diagnostics (default true); false makes the server push. */
  pull?: boolean;
  /** Advertise dynamic registration of file watchers (default true); false makes the server watch itself. */
  watch?: boolean;
  /** What workspace/configuration answers for the `copydesk` section. */
  settings?: () => unknown;
  /** Advertise window.workDoneProgress (server-initiated progress). */
  progress?: boolean;
  /** initializationOptions. */
  initializationOptions?: unknown;
  /** Extra environment for the server process. */
  env?: Record<string, string>;
}

interface Waiter<T> {
  test: (v: T) => boolean;
  resolve: (v: T) => void;
}

/** Collects events and lets a test wait for one that matches (each wait has a time limit, so a hang fails). */
class Events<T> {
  readonly all: T[] = [];
  private waiters: Waiter<T>[] = [];
  push(v: T): void {
    this.all.push(v);
    for (const w of [...this.waiters]) {
      if (w.test(v)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(v);
      }
    }
  }
  /** The next event (from now on, or already seen after `since`) that passes `test`. */
  wait(test: (v: T) => boolean, what: string, timeoutMs = 10000, since?: number): Promise<T> {
    if (since !== undefined) {
      const hit = this.all.slice(since).find(test);
      if (hit) return Promise.resolve(hit);
    }
    return new Promise((res, rej) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        rej(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      const waiter: Waiter<T> = {
        test,
        resolve: (v) => {
          clearTimeout(timer);
          res(v);
        },
      };
      this.waiters.push(waiter);
    });
  }
}

export class TestClient {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  readonly published = new Events<PublishDiagnosticsParams>();
  readonly messages = new Events<{ type: number; message: string }>();
  readonly refreshes = new Events<number>();
  readonly statuses = new Events<{ uri: string; state: string; references: number; findings: number | null; problem: string | null; indexing?: boolean }>();
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** $/progress notifications (token and value), in order. */
  readonly progress = new Events<{ token: string | number; value: { kind: string; title?: string; message?: string } }>();
  readonly progressTokens: (string | number)[] = [];
  readonly docs = new Map<string, TextDocument>();
  stderr = '';
  /** Rejects when the server process exits before stop(). */
  readonly exited: Promise<never>;
  private refreshCount = 0;
  private stopping = false;

  constructor(readonly folder: string, readonly options: ClientOptions = {}, nodeArgs: string[] = []) {
    this.proc = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { cwd: folder, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    this.proc.stderr!.on('data', (d) => (this.stderr += d));
    this.exited = new Promise<never>((_, reject) => {
      this.proc.once('exit', (code) => {
        if (!this.stopping) reject(new Error(`server exited (${code}): ${this.stderr.slice(-2000)}`));
      });
    });
    this.exited.catch(() => undefined);
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => this.published.push(p));
    this.conn.onNotification('window/showMessage', (p: { type: number; message: string }) => this.messages.push(p));
    this.conn.onNotification('window/logMessage', () => undefined);
    this.conn.onNotification('copydesk/status', (p) => this.statuses.push(p));
    this.conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((i) => (i.section === 'copydesk' ? (this.options.settings?.() ?? null) : null)),
    );
    this.conn.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    this.conn.onRequest('client/unregisterCapability', () => null);
    // jsonrpc routes $/progress to handlers per token: listen on each token the server creates.
    this.conn.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
      this.progressTokens.push(p.token);
      this.conn.onProgress(new ProgressType<{ kind: string }>(), p.token, (value) => this.progress.push({ token: p.token, value }));
      return null;
    });
    this.conn.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes.push(++this.refreshCount);
      return null;
    });
    this.conn.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => {
      this.messages.push(p);
      return null;
    });
    this.conn.listen();
  }

  async initialize(): Promise<unknown> {
    const pull = this.options.pull !== false;
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: true,
        didChangeConfiguration: { dynamicRegistration: true },
        ...(this.options.watch !== false ? { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } } : {}),
        workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
        workspaceFolders: true,
        ...(pull ? { diagnostics: { refreshSupport: true } } : {}),
      },
      textDocument: {
        synchronization: { didSave: true },
        publishDiagnostics: { relatedInformation: true, versionSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        codeAction: {
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
          isPreferredSupport: true,
        },
        ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      },
      ...(this.options.progress ? { window: { workDoneProgress: true } } : {}),
    };
    const result = await this.request('initialize', {
      processId: process.pid,
      rootUri: uriOf(this.folder),
      workspaceFolders: [{ uri: uriOf(this.folder), name: 'ws' }],
      capabilities,
      ...(this.options.initializationOptions ? { initializationOptions: this.options.initializationOptions } : {}),
    });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  /** A request that fails at once (with the server's stderr) if the server dies meanwhile. */
  request<R>(method: string, params?: unknown): Promise<R> {
    return Promise.race([this.conn.sendRequest<R>(method, params), this.exited]);
  }

  async open(path: string, languageId = path.endsWith('.json') ? 'json' : 'markdown'): Promise<TextDocument> {
    const abs = join(this.folder, path);
    const text = readFileSync(abs, 'utf8');
    const doc = TextDocument.create(uriOf(abs), languageId, 1, text);
    this.docs.set(doc.uri, doc);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: doc.uri, languageId, version: 1, text } });
    return doc;
  }

  /** Close an open document. */
  async close(uri: string): Promise<void> {
    this.docs.delete(uri);
    await this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Replace the whole text of an open document. */
  setText(uri: string, text: string): Promise<TextDocument> {
    const d = this.doc(uri);
    return this.change(uri, [{ range: { start: d.positionAt(0), end: d.positionAt(d.getText().length) }, newText: text }]);
  }

  /** Save an open document: write it to disk and send didSave. */
  async save(uri: string): Promise<void> {
    writeFileSync(new URL(uri).pathname, this.doc(uri).getText());
    await this.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  doc(uri: string): TextDocument {
    const d = this.docs.get(uri);
    if (!d) throw new Error(`not open: ${uri}`);
    return d;
  }

  /** Replace a document's text in the client and tell the server (full sync of the new text). */
  async change(uri: string, edits: TextEdit[]): Promise<TextDocument> {
    const old = this.doc(uri);
    const text = TextDocument.applyEdits(old, edits);
    const doc = TextDocument.create(uri, old.languageId, old.version + 1, text);
    this.docs.set(uri, doc);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [{ text }] });
    return doc;
  }

  async pull(uri: string): Promise<Diagnostic[]> {
    const report = await this.pullReport(uri);
    if (report.kind !== 'full') throw new Error(`expected a full report, got ${report.kind}`);
    return report.items;
  }

  pullReport(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.request('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return this.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
  }

  hover(uri: string, position: { line: number; character: number }): Promise<Hover | null> {
    return this.request('textDocument/hover', { textDocument: { uri }, position });
  }

  /**
   * Apply a WorkspaceEdit as an editor would: open documents change in the client (and the server is
   * told), other files are written to disk and reported through workspace/didChangeWatchedFiles.
   */
  async applyEdit(edit: WorkspaceEdit): Promise<void> {
    const changes: { uri: string; type: number }[] = [];
    const steps: (TextDocumentEdit | CreateFile)[] = edit.documentChanges
      ? (edit.documentChanges as (TextDocumentEdit | CreateFile)[])
      : Object.entries(edit.changes ?? {}).map(([uri, edits]) => ({ textDocument: { uri, version: null }, edits }));
    for (const step of steps) {
      if ('kind' in step) {
        if (step.kind !== 'create') throw new Error(`unexpected resource operation ${step.kind}`);
        const path = new URL(step.uri).pathname;
        writeFileSync(path, '', { flag: 'a' });
        changes.push({ uri: step.uri, type: 1 });
        continue;
      }
      const uri = step.textDocument.uri;
      if (this.docs.has(uri)) {
        const version = step.textDocument.version;
        if (version !== null && version !== undefined && version !== this.doc(uri).version) throw new Error(`edit for version ${version}, document is at ${this.doc(uri).version}`);
        await this.change(uri, step.edits as TextEdit[]);
      } else {
        const path = new URL(uri).pathname;
        const before = TextDocument.create(uri, 'json', 0, readFileSync(path, 'utf8'));
        writeFileSync(path, TextDocument.applyEdits(before, step.edits as TextEdit[]));
        if (!changes.some((c) => c.uri === uri)) changes.push({ uri, type: 2 });
      }
    }
    if (changes.length) await this.fileChanged(changes);
  }

  fileChanged(changes: { uri: string; type: number }[]): Promise<void> {
    return this.conn.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    this.conn.dispose();
    if (this.proc.exitCode === null) {
      await new Promise<void>((res) => {
        const t = setTimeout(() => {
          this.proc.kill();
          res();
        }, 2000);
        this.proc.once('exit', () => {
          clearTimeout(t);
          res();
        });
      });
    }
  }
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The text a diagnostic covers in a document. */
export function textAt(doc: TextDocument, d: { range: Range }): string {
  return doc.getText(d.range);
}

/**
 * Mocha hooks for a suite whose every test gets a fresh copy of a fixture workspace and a server initialised
 * on it (stopped and removed after). Read `client` and `folder` from the returned object inside tests.
 */
export function useWorkspaceServer(fixture = 'workspace'): { client: TestClient; folder: string } {
  const state = {} as { client: TestClient; folder: string };
  before(() => buildOnce());
  beforeEach(async () => {
    state.folder = copyFixture(fixture);
    state.client = new TestClient(state.folder);
    await state.client.initialize();
  });
  afterEach(async () => {
    await state.client.stop();
    removeDir(state.folder);
  });
  return state;
}
