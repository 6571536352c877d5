// copydesk/storyFacts: people, organisations, dates and quotes of a draft for the Story Facts view.
import { storyFacts } from '../story-facts';
import { StoryFactsRequest } from '../protocol';
import { logFailure, type ServerContext } from '../context';
import { uriToPath } from '../uri';
import { onRequest } from './requests';

export function registerStoryFacts(ctx: ServerContext): void {
  onRequest(ctx, StoryFactsRequest, async (params) => {
    try {
      const doc = params?.uri ? ctx.documents.get(params.uri) : undefined;
      if (!doc) return null;
      const r = await ctx.check(doc);
      if (!r.project || r.skipped) return null;
      const draft = r.project.engine.buildDraft(doc.getText(), { path: uriToPath(doc.uri) });
      return storyFacts(doc.uri, draft, r.findings, r.project.engine.corpus, ctx.refUri);
    } catch (e) {
      logFailure(ctx, 'story facts', e);
      return null;
    }
  });
}
