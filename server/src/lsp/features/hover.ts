// textDocument/hover over a finding: the evidence card built by ../hover.ts.
import { createHover } from '../hover';
import { logFailure, type ServerContext } from '../context';

export function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover(async (params) => {
    try {
      const doc = ctx.documents.get(params.textDocument.uri);
      if (!doc) return null;
      const r = await ctx.check(doc);
      if (!r.findings.length || !r.project) return null;
      const corpus = r.project.engine.corpus;
      return createHover({
        doc,
        offset: doc.offsetAt(params.position),
        findings: r.findings,
        refUri: ctx.refUri,
        refLine: (ref, offset) => {
          const raw = corpus.get(ref)?.raw;
          if (raw === undefined || offset > raw.length) return undefined;
          let line = 0;
          for (let i = 0; i < offset; i++) if (raw.charCodeAt(i) === 10) line++;
          return line;
        },
        markdown: ctx.caps.markdownHover,
      });
    } catch (e) {
      logFailure(ctx, 'hover', e);
      return null;
    }
  });
}
