// `copydesk facts`: what the engine extracted from one document, with UTF-16 offsets into its text.
import type { AnalyzedText } from './text/analyzed-text';
import { peopleFacts, organizationFacts, type PersonFact, type OrganizationFact } from './names/facts';
import { dateFacts, type DateFact } from './dates/facts';
import { quoteFacts, type QuoteFact } from './attribution/facts';

export interface FactsDocument extends AnalyzedText {
  /** Masked prose (same offsets as text). */
  prose: string;
  /** YYYY-MM-DD the document's relative dates resolve against, if known. */
  published?: string;
}

export interface Facts {
  published?: string;
  people: PersonFact[];
  organizations: OrganizationFact[];
  dates: DateFact[];
  quotes: QuoteFact[];
}

export function extractFacts(doc: FactsDocument): Facts {
  return {
    published: doc.published,
    people: peopleFacts(doc),
    organizations: organizationFacts(doc),
    dates: dateFacts(doc),
    quotes: quoteFacts(doc),
  };
}
