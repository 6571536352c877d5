// Date mentions of a whole document, resolved sentence by sentence. Results are memoised by
// sentence text and publication date, so a keystroke re-resolves only the sentence it touched.
import type { AnalyzedText, Sentence } from '../text/analyzed-text';
import { findDates, type DateMention } from './resolve';
import { MB, Memo } from '../memo';

const memo = new Memo<DateMention[]>(2 * MB, 16);

/** The sentence's date mentions with offsets relative to the sentence start. */
function relativeDates(text: string, published: string | undefined): DateMention[] {
  const key = `${published ?? ''}\u0000${text}`;
  let hit = memo.get(key);
  if (!hit) {
    hit = findDates(text, published);
    memo.set(key, hit);
  }
  return hit;
}

function shift(m: DateMention, by: number): DateMention {
  if (!by) return m;
  const s = (p: { start: number; end: number } | undefined) => p && { ...p, start: p.start + by, end: p.end + by };
  return {
    ...m,
    start: m.start + by,
    end: m.end + by,
    parts: m.parts && {
      order: m.parts.order,
      weekday: s(m.parts.weekday) as NonNullable<typeof m.parts.weekday> | undefined,
      month: s(m.parts.month) as NonNullable<typeof m.parts.month> | undefined,
      day: s(m.parts.day) as NonNullable<typeof m.parts.day> | undefined,
      year: s(m.parts.year) as NonNullable<typeof m.parts.year> | undefined,
    },
  };
}

/** The shifted mentions per sentence object: the rules ask for a sentence's dates many times per check (and
 *  for each aligned reference sentence per draft date), and a reference's sentences live as long as it does. */
const shifted = new WeakMap<Sentence, { published: string | undefined; dates: DateMention[] }>();

/** Date mentions of one sentence, with offsets into the document text. Shared: callers must not modify them. */
export function sentenceDates(sentence: Sentence, published: string | undefined): DateMention[] {
  const hit = shifted.get(sentence);
  if (hit && hit.published === published) return hit.dates;
  const dates = relativeDates(sentence.text, published).map((m) => shift(m, sentence.start));
  shifted.set(sentence, { published, dates });
  return dates;
}

/** Every date mention of a document, in text order. */
export function documentDates(doc: AnalyzedText, published: string | undefined): DateMention[] {
  return doc.sentences.flatMap((s) => sentenceDates(s, published));
}
