// Placeholder until date resolution lands (dates issue): no dates are extracted yet.
import type { FactsDocument } from '../facts';

export interface DateFact {
  start: number;
  end: number;
  text: string;
  /** TimeML TIMEX3 value: 2024-10-01, 2024-10, 2024, 2024-W41, PRESENT_REF… */
  value: string;
}

export function dateFacts(_doc: FactsDocument): DateFact[] {
  return [];
}
