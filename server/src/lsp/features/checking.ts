// Checking a document: one engine run per (document version, server generation), shared while in
// flight, cached until either changes. Each result is followed by the status notification.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE } from '../../engine/config';
import { basename } from '../../engine/path';
import { withReferences } from '../../host/archive/with-references';
import { toDiagnostic } from '../diagnostic';
import { tooLargeDiagnostic } from '../limits';
import { StatusNotification, type StatusParams } from '../protocol';
import type { CheckResult, ServerContext } from '../context';
import { pathToUri, uriToPath } from '../uri';
import { withProgress } from './progress';

export interface Checking {
  /** The last result of an open document (any version). */
  resultOf(uri: string): CheckResult | undefined;
  /** A document closed: drop its result. */
  forget(uri: string): void;
}

export function registerChecking(ctx: ServerContext): Checking {
  const results = new Map<string, CheckResult>();
  const inflight = new Map<string, { key: string; promise: Promise<CheckResult> }>();

  async function runCheck(doc: TextDocument): Promise<CheckResult> {
    const docSettings = await ctx.settings.get(doc.uri);
    const path = uriToPath(doc.uri);
    const base = { version: doc.version, generation: ctx.generation, findings: [], diagnostics: [], settings: docSettings };
    if (path && basename(path) === CONFIG_FILE) return { ...base, skipped: 'config' };
    if (!isMarkdown(doc, path)) return { ...base, skipped: 'not-markdown' };
    if (!docSettings.enable) return { ...base, skipped: 'disabled' };
    // A document past the size limit gets one diagnostic saying so instead of a check that would stall the server.
    const tooLarge = tooLargeDiagnostic(doc.getText().length);
    if (tooLarge) return { ...base, diagnostics: [tooLarge] };
    const project = await withProgress(ctx, 'Copydesk', 'Reading and indexing the reference articles', ctx.projects.forDocument(path, ctx.folderOf(path), docSettings.references, docSettings.allowOutsideReferences));
    const gen = ctx.generation;
    if (path && project.referenceFiles.has(path)) return { ...base, generation: gen, project, skipped: 'reference' };
    const text = doc.getText();
    const options = { path, levels: docSettings.checks };
    const draft = project.engine.buildDraft(text, options);
    // Articles retrieved from the project's archive for this draft are checked like hand-listed references.
    const own = project.archive ? (await project.archive.forDocument(doc.uri, draft)).references : [];
    const findings = withReferences(project.engine.corpus, own, () => project.engine.checkDraft(draft, options));
    const refText = (ref: string) => project.engine.corpus.get(ref)?.raw ?? own.find((r) => r.id === ref)?.raw;
    const diagnostics = findings.map((f) => {
      const d = toDiagnostic(f, text, ctx.refUri, refText, doc.uri);
      if (!ctx.caps.relatedInformation) delete d.relatedInformation;
      return d;
    });
    return { ...base, generation: gen, project, findings, diagnostics };
  }

  ctx.check = (doc) => {
    const hit = results.get(doc.uri);
    if (hit && hit.version === doc.version && hit.generation === ctx.generation) return Promise.resolve(hit);
    const key = `${doc.version}:${ctx.generation}`;
    const running = inflight.get(doc.uri);
    if (running?.key === key) return running.promise;
    const promise = runCheck(doc)
      .catch((e): CheckResult => {
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
