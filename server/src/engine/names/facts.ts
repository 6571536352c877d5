// Placeholder while the names engine is written.
import type { FactsDocument } from '../facts';

export interface MentionFact {
  start: number;
  end: number;
  text: string;
  title: string | null;
}
export interface PersonFact {
  name: string;
  titles: string[];
  mentions: MentionFact[];
}
export interface OrganizationFact {
  name: string;
  mentions: { start: number; end: number; text: string }[];
}

export function peopleFacts(_doc: FactsDocument): PersonFact[] {
  return [];
}
export function organizationFacts(_doc: FactsDocument): OrganizationFact[] {
  return [];
}
