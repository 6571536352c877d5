// `copydesk facts` dates: every DATE expression with its TimeML TIMEX3 value. Times of day
// ("Tuesday night" → 2024-10-08TNI) are TIMEX3 TIMEs, not DATEs, and durations are not listed.
import type { FactsDocument } from '../facts';
import { documentDates } from './document';

export interface DateFact {
  start: number;
  end: number;
  text: string;
  /** TimeML TIMEX3 value: 2024-10-01, 2024-10, 2024, 2024-W41, PRESENT_REF… */
  value: string;
}

export function dateFacts(doc: FactsDocument): DateFact[] {
  return documentDates(doc, doc.published)
    .filter((m) => m.type === 'DATE')
    .map((m) => ({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), value: m.value }));
}
