// textDocument/hover over a finding: the evidence card built by ../hover.ts.
import { TextDocument } from 'vscode-languageserver-textdocument';
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
      const refDocs = new Map<string, TextDocument | null>();
      return createHover({
        doc,
        offset: doc.offsetAt(params.position),
        findings: r.findings,
        refUri: ctx.refUri,
        refRange: (ref, span) => {
          if (!refDocs.has(ref)) {
            const raw = corpus.get(ref)?.raw;
            refDocs.set(ref, raw === undefined ? null : TextDocument.create(ctx.refUri(ref), 'plaintext', 0, raw));
          }
          const refDoc = refDocs.get(ref);
          if (!refDoc || span.end > refDoc.getText().length) return undefined;
          return { start: refDoc.positionAt(span.start), end: refDoc.positionAt(span.end) };
        },
        markdown: ctx.caps.markdownHover,
        commandLinks: ctx.caps.commandLinks,
      });
    } catch (e) {
      logFailure(ctx, 'hover', e);
      return null;
    }
  });
}
