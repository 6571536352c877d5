// Copydesk's commands served by the language server: re-index every project, list the references
// of a draft's project (for the "Show references" picker).
import { clearDiagnosticCache } from '../diagnostic';
import { ListReferencesRequest, ReindexRequest, type ReferenceInfo } from '../protocol';
import { logFailure, type ServerContext } from '../context';
import { onRequest } from './requests';
import { uriToPath } from '../uri';

export function registerCommands(ctx: ServerContext): void {
  const { projects } = ctx;

  onRequest(ctx, ReindexRequest, async () => {
    const problems: string[] = [];
    for (const p of projects.all()) {
      await p.reopen();
      if (p.problem) problems.push(p.problem.message);
    }
    clearDiagnosticCache();
    for (const p of projects.all()) p.announced = undefined;
    await ctx.changed();
    for (const p of projects.all()) if (p.problem) ctx.showProblem(p);
    const references = new Set(projects.all().flatMap((p) => [...p.referenceFiles])).size;
    return { projects: projects.all().length, references, problems };
  });

  onRequest(ctx, ListReferencesRequest, async (params) => {
    try {
      let list = projects.all();
      if (params?.uri) {
        const doc = ctx.documents.get(params.uri);
        const r = doc ? await ctx.check(doc) : undefined;
        list = r?.project ? [r.project] : [];
      }
      const out = new Map<string, ReferenceInfo>();
      // A draft's archive articles come first, each with the names and words it shares with the draft.
      const doc = params?.uri ? ctx.documents.get(params.uri) : undefined;
      if (doc && list[0]?.archive) {
        const draft = list[0].engine.buildDraft(doc.getText(), { path: uriToPath(doc.uri) });
        for (const info of await list[0].archive.listFor(doc.uri, draft, ctx.refUri)) out.set(info.uri, info);
      }
      for (const p of list) {
        for (const ref of p.engine.corpus.references()) {
          const uri = ctx.refUri(ref.id);
          if (out.has(uri)) continue;
          const m = ref.meta;
          out.set(uri, { uri, outlet: m.outlet ?? null, published: m.published ?? null, title: m.title ?? null, url: m.url ?? null, publishedFrom: m.publishedFrom });
        }
      }
      return [...out.values()].sort((a, b) => Number(!!b.retrieved) - Number(!!a.retrieved) || a.uri.localeCompare(b.uri));
    } catch (e) {
      logFailure(ctx, 'listing references', e);
      return [];
    }
  });
}
