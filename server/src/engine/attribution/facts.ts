// Placeholder until the attribution model lands (attribution issue): no quotes are extracted yet.
import type { FactsDocument } from '../facts';

export interface QuoteFact {
  start: number;
  end: number;
  text: string;
  /** Who said it, as written in the document; null when no speaker was found. */
  speaker: string | null;
}

export function quoteFacts(_doc: FactsDocument): QuoteFact[] {
  return [];
}
