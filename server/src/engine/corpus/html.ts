// Article text and metadata from an HTML page.
// TODO(corpus helper): Readability + linkedom extraction and <meta> tags. For now tags are stripped.
import type { ReferenceMeta } from './reference';

export function extractHtmlArticle(html: string): { text: string; meta: Partial<ReferenceMeta> } {
  return { text: html.replace(/<[^>]*>/g, ' '), meta: {} };
}
