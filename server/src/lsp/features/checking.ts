// Checking a document: one engine run per (document version, server generation), shared while in
// flight, cached until either changes. Each result is followed by the status notification.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE } from '../../engine/config';
import { basename } from '../../engine/path';
import { corpusWith } from '../../host/archive/with-references';
import { toDiagnostic } from '../diagnostic';
import { tooLargeDiagnostic } from '../limits';
import { StatusNotification, type StatusParams } from '../protocol';
import type { CheckResult, ServerContext } from '../context';
import type { Project } from '../projects';
import { pathToUri, uriToPath } from '../uri';
import { withProgress } from './progress';
import type { Finding } from '../../engine/types';

/** How long a check runs before it lets the server read its messages (and other checks take a turn). */
const SLICE_MS = 30;
const YIELD_MS = 3;

/** How long a check waits for a project's first indexing before it answers with the draft's own checks. */
const DRAFT_FIRST_MS = Number(process.env.COPYDESK_DRAFT_FIRST_MS ?? 400);

/** Whether a promise settles within `ms`. */
function settlesWithin(p: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    const settled = () => {
      clearTimeout(timer);
      resolve(true);
    };
    p.then(settled, settled);
  });
}

/** A check abandoned because the document changed under it. */
class Superseded extends Error {
  constructor() {
    super('superseded by a newer version');
  }
}

export interface Checking {
  /** The last result of an open document (any version). */
  resultOf(uri: string): CheckResult | undefined;
  /** A document closed: drop its result. */
  forget(uri: string): void;
}

export function registerChecking(ctx: ServerContext): Checking {
  const results = new Map<string, CheckResult>();
  const inflight = new Map<string, { key: string; promise: Promise<CheckResult> }>();
  /** Projects whose first indexing already has a refresh waiting for it. */
  const followedUp = new WeakSet<Project>();

  async function runCheck(doc: TextDocument): Promise<CheckResult> {
    // The document object is updated in place by later edits: take this version's text now.
    const version = doc.version;
    const text = doc.getText();
    const docSettings = await ctx.settings.get(doc.uri);
    const path = uriToPath(doc.uri);
    const base = { version, generation: ctx.generation, findings: [], diagnostics: [], settings: docSettings };
    if (path && basename(path) === CONFIG_FILE) return { ...base, skipped: 'config' };
    if (!isMarkdown(doc, path)) return { ...base, skipped: 'not-markdown' };
    if (!docSettings.enable) return { ...base, skipped: 'disabled' };
    // A document past the size limit gets one diagnostic saying so instead of a check that would stall the server.
    const tooLarge = tooLargeDiagnostic(text.length);
    if (tooLarge) return { ...base, diagnostics: [tooLarge] };
    const project = await ctx.projects.projectFor(path, ctx.folderOf(path), docSettings.references, docSettings.allowOutsideReferences);
    const ready = withProgress(ctx, 'Copydesk', 'Reading and indexing the reference articles', project.ready);
    // A project's first indexing can take seconds: the draft's own checks answer meanwhile.
    if (ctx.caps.draftChecksFirst && !project.opened && !(await settlesWithin(ready, DRAFT_FIRST_MS))) {
      if (isStale(doc.uri, version)) throw new Superseded();
      const options = { path, levels: docSettings.checks };
      const findings = project.engine.checkDraftAlone(project.engine.buildDraft(text, options), options);
      // Once the references are in, every open document is checked again: one refresh per project.
      if (!followedUp.has(project)) {
        followedUp.add(project);
        void ready.then(() => ctx.changed());
      }
      const diagnostics = toDiagnostics(findings, text, () => undefined, doc.uri);
      return { ...base, generation: ctx.generation, project, findings, diagnostics, partial: true };
    }
    await ready;
    const gen = ctx.generation;
    if (path && project.referenceFiles.has(path)) return { ...base, generation: gen, project, skipped: 'reference' };
    if (isStale(doc.uri, version)) throw new Superseded();
    const options = { path, levels: docSettings.checks };
    const draft = project.engine.buildDraft(text, options);
    // Articles retrieved from the project's archive for this draft are checked like hand-listed references.
    const own = project.archive ? (await project.archive.forDocument(doc.uri, draft)).references : [];
    // A draft's archive articles make a corpus of their own with the project's references, kept across keystrokes.
    const corpus = corpusWith(project.engine.corpus, own);
    const findings = await runInSteps(doc.uri, version, project.engine.checkDraftSteps(draft, { ...options, corpus }));
    const refText = (ref: string) => project.engine.corpus.get(ref)?.raw ?? own.find((r) => r.id === ref)?.raw;
    return { ...base, generation: gen, project, findings, diagnostics: toDiagnostics(findings, text, refText, doc.uri) };
  }

  function toDiagnostics(findings: Finding[], text: string, refText: (ref: string) => string | undefined, uri: string) {
    return findings.map((f) => {
      const d = toDiagnostic(f, text, ctx.refUri, refText, uri, { lean: true });
      if (!ctx.caps.relatedInformation) delete d.relatedInformation;
      return d;
    });
  }

  /**
   * Run a check one rule at a time, letting the server read its messages in between: other documents'
   * requests are answered meanwhile, and a newer version of this document makes the run stale (Superseded).
   */
  async function runInSteps(uri: string, version: number, steps: Generator<void, Finding[], void>): Promise<Finding[]> {
    let slice = Date.now();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      // Yield only once a slice is used up: a short check finishes in one go instead of waiting a turn per rule
      // behind a long one.
      if (Date.now() - slice < SLICE_MS) continue;
      // A few milliseconds, not a zero timeout: the RPC layer handles one queued message per loop turn, and the
      // queue (edits, other documents' requests) should drain before the next slice.
      await new Promise((resolve) => setTimeout(resolve, YIELD_MS));
      slice = Date.now();
      if (isStale(uri, version)) {
        steps.return([]);
        throw new Superseded();
      }
    }
  }

  /** The document changed (or closed) since this version was taken. */
  function isStale(uri: string, version: number): boolean {
    return ctx.documents.get(uri)?.version !== version;
  }

  ctx.check = (doc) => {
    const hit = results.get(doc.uri);
    if (hit && hit.version === doc.version && hit.generation === ctx.generation) return Promise.resolve(hit);
    const key = `${doc.version}:${ctx.generation}`;
    const running = inflight.get(doc.uri);
    if (running?.key === key) return running.promise;
    const version = doc.version;
    const promise: Promise<CheckResult> = runCheck(doc)
      .catch((e): CheckResult | Promise<CheckResult> => {
        // A newer version arrived mid-check: whoever waits gets the result of the current text instead.
        if (e instanceof Superseded) {
          const current = ctx.documents.get(doc.uri);
          if (current && current.version !== version) return ctx.check(current);
          return { version, generation: -1, findings: [], diagnostics: [], settings: { enable: true, checks: {}, references: [] } };
        }
        ctx.logger.error(`copydesk: checking ${doc.uri} failed: ${(e as Error)?.stack ?? e}`);
        return { version: doc.version, generation: -1, findings: [], diagnostics: [], settings: { enable: true, checks: {}, references: [] } };
      })
      .then((result) => {
        if (inflight.get(doc.uri)?.promise === promise) inflight.delete(doc.uri);
        if (ctx.documents.get(doc.uri)) {
          results.set(doc.uri, result);
          sendStatus(doc.uri, result);
          ctx.publishConfigProblems();
        }
        return result;
      });
    inflight.set(doc.uri, { key, promise });
    return promise;
  };

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
      ...(r.skipped === 'reference' ? { reference: true } : {}),
      ...(r.partial ? { indexing: true } : {}),
    };
    void ctx.connection.sendNotification(StatusNotification.method, status).catch(() => undefined);
  }

  return {
    resultOf: (uri) => results.get(uri),
    forget: (uri) => {
      results.delete(uri);
      inflight.delete(uri);
    },
  };
}

function isMarkdown(doc: TextDocument, path: string | undefined): boolean {
  if (doc.languageId === 'markdown') return true;
  return !!path && /\.(md|markdown|mdown|mkd)$/i.test(path);
}
