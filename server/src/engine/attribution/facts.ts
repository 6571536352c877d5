// `copydesk facts`: every direct quote of a document with its speaker.
import type { FactsDocument } from '../facts';
import { buildAttributionModel, type Quote } from './model';

export interface QuoteFact {
  start: number;
  end: number;
  text: string;
  /** Who said it, as written in the document; null when no speaker was found. */
  speaker: string | null;
}

/** The speaker as a reader would name it: the name without titles, a pronoun resolved when obvious, else the phrase. */
export function speakerLabel(q: Quote): string | null {
  if (!q.speaker) return null;
  if (q.speaker.kind === 'pronoun') return q.speakerName ?? q.speaker.text;
  return q.speaker.kind === 'named' ? q.speaker.name : q.speaker.text;
}

export function quoteFacts(doc: FactsDocument): QuoteFact[] {
  const model = buildAttributionModel(doc);
  // Only a speaker a reader can tell (the rule flags the others): the same model decides both.
  return model.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.clear ? speakerLabel(q) : null }));
}
