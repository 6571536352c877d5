// Date conflicts found by alignment: a draft date and a reference date that fill the same slot (the
// same verb or event word, the same relation word, no other actors) of sentences that state the same
// fact, and cannot both be true. No event word is needed: "the attorney general announced Thursday"
// meets "the attorney general announced Wednesday"; "their first conversation since August 12" meets
// "since August 22". The older event path (events/align.ts) still pairs statements worded apart
// ("will speak" / "a phone call"), but only when the sentences align.
import type { Corpus } from '../corpus/corpus';
import type { Draft } from '../draft/draft';
import type { Sentence } from '../text/analyzed-text';
import { dateConflicts, describeEvent, sameKey } from '../events/align';
import { kindGroup } from '../events/lexicon';
import type { Name } from '../events/participants';
import type { DatedStatement } from '../events/statements';
import { sentenceDates } from './document';
import { comparable } from './compare';
import type { DateMention } from './resolve';
import { Memo, MB } from '../memo';
import { agrees, cachedPairs, elsewhere, type Pair, type RefDate, sentenceMin } from './pairs';

export type { RefDate } from './pairs';

export interface AlignedDateConflict {
  date: DateMention;
  sentence: Sentence;
  against: RefDate[];
  /** 0..1, from how well the sentences and the slots align and how many references agree. */
  confidence: number;
  /** The event the event path tied the date to ("call"), when it did. */
  event?: { kind: string; participants: string[]; description: string };
}

/** Sentences must share at least this much (IDF cosine) for their dates to be compared. */
export const ALIGN_MIN = 0.25;
const SLOT_MIN = 0.6;
export const CONFIDENCE_MIN = 0.5;
/** Sentences this alike whose only dates belong to the same verb or event word, with a word in common
 *  around both ("died Saturday when the fire overran them" / "were killed Sunday while fighting the
 *  fire"), date one fact however differently the rest of each clause is worded. */
const SOLE_HEAD_MIN = 0.4;

const memo = new Memo<{ version: number; found: { index: number; against: RefDate[]; confidence: number }[] }>(2 * MB, 8);

/** The draft dates of one sentence that every aligned reference value contradicts. */
function sentenceConflicts(corpus: Corpus, sentence: Sentence, published: string): { index: number; against: RefDate[]; confidence: number }[] {
  const dates = sentenceDates(sentence, published);
  if (!dates.some(comparable)) return [];
  const key = `${published}\u0000${sentence.text}`;
  const hit = memo.get(key);
  if (hit && hit.version === corpus.version) return hit.found;
  const found: { index: number; against: RefDate[]; confidence: number }[] = [];
  dates.forEach((d, index) => {
    if (!comparable(d)) return;
    const pairs = cachedPairs(corpus, sentence, dates, d, published);
    if (agrees(pairs, d)) return;
    // A reference value that another date of the same draft sentence gives belongs to that date ("arrested
    // 10 people Tuesday, compared to more than 200 on Monday" against "250 were arrested in Monday's violence").
    const givenElsewhere = (p: Pair) => elsewhere(dates, d, p.r.date);
    const against = pairs.filter((p) => p.verdict === 'disagree' && (p.strength >= ALIGN_MIN || (p.bothSole && p.slot >= 1 && !p.saying && p.sentenceScore >= SOLE_HEAD_MIN)) && p.sentenceScore >= sentenceMin(p) && (p.slot >= 0.8 || (p.slot >= SLOT_MIN && p.sentenceScore >= 0.5)) && !givenElsewhere(p));
    if (!against.length) return;
    // References days apart among themselves tell of recurring events: stay silent rather than pick one.
    const days = [...new Set(against.map((p) => p.r.date.first as number))];
    if (days.length > 2 || Math.max(...days) - Math.min(...days) > 3) return;
    const score = (p: Pair) => p.strength * p.slot;
    const best = against.reduce((x, y) => (score(y) > score(x) ? y : x));
    const refs = new Set(against.map((p) => p.r.ref.id)).size;
    let confidence = 0.15 + 0.5 * Math.min(1, best.strength / 0.6) + 0.3 * best.slot + (refs > 1 ? 0.1 : 0);
    if (days.length > 1) confidence -= 0.1;
    confidence = Math.min(1, confidence);
    if (confidence < CONFIDENCE_MIN) return;
    // One evidence per reference sentence: its best slot.
    const seen = new Set<string>();
    const list = against.sort((x, y) => score(y) - score(x)).filter((p) => {
      const k = `${p.r.ref.id}\u0000${p.r.sentence.start}`;
      return !seen.has(k) && !!seen.add(k);
    });
    found.push({ index, against: list.map((p) => p.r), confidence });
  });
  memo.set(key, { version: corpus.version, found });
  return found;
}

/** The event path's pairs keep only what alignment supports. */
const EVENT_ALIGN_MIN = 0.2;
const LOCAL_MIN = 0.35;
const PAIRWISE = new Set(['call', 'meeting', 'visit']);

/** People (not places) near the draft's event that every reference statement names too. */
function sharedPersons(d: DatedStatement, against: DatedStatement[]): number {
  const key = (n: Name) => n.key;
  return d.participants.filter((n) => !n.place && against.every((r) => r.sentenceNames.some((m) => sameKey(key(m), key(n))))).length;
}

const cache = new WeakMap<Draft, { version: number; conflicts: AlignedDateConflict[] }>();

/** Every draft date the aligned references contradict, from both paths, at most one per date. */
export function alignedDateConflicts(draft: Draft, corpus: Corpus): AlignedDateConflict[] {
  const hit = cache.get(draft);
  if (hit && hit.version === corpus.version) return hit.conflicts;
  const byStart = new Map<number, AlignedDateConflict>();
  if (corpus.size) {
    for (const sentence of draft.sentences) {
      const found = sentenceConflicts(corpus, sentence, draft.published);
      if (!found.length) continue;
      const dates = sentenceDates(sentence, draft.published);
      for (const f of found) byStart.set(dates[f.index].start, { date: dates[f.index], sentence, against: f.against, confidence: f.confidence });
    }
    for (const c of dateConflicts(draft, corpus)) {
      const d = c.statement;
      const event = { kind: d.kind, participants: d.participants.map((n) => n.key), description: describeEvent(d, c.against) };
      const against = c.against.map((r) => ({ ref: r.ref, sentence: r.sentence, date: r.date }));
      const known = byStart.get(d.date.start);
      if (known) {
        // Both paths agree: the event path names the event and may bring more references.
        const has = (r: RefDate) => known.against.some((k) => k.ref.id === r.ref.id && k.sentence.start === r.sentence.start);
        byStart.set(d.date.start, { ...known, against: [...known.against, ...against.filter((r) => !has(r))], event });
        continue;
      }
      // Two bare weekdays of one name are one day told from two publication dates.
      if (d.date.form === 'weekday' && c.against.every((r) => r.date.form === 'weekday' && r.date.parts?.weekday?.dow === d.date.parts?.weekday?.dow)) continue;
      const sentenceDatesOfD = sentenceDates(d.sentence, draft.published);
      const pairs = cachedPairs(corpus, d.sentence, sentenceDatesOfD, d.date, draft.published);
      if (agrees(pairs, d.date)) continue;
      if (c.against.every((r) => elsewhere(sentenceDatesOfD, d.date, r.date))) continue;
      const mine = pairs.filter((p) => c.against.some((r) => r.ref.id === p.r.ref.id && r.date.start === p.r.date.start));
      // The sentences state the same fact, or the event words around both dates are the same.
      // The same event word beside both dates, and either the same words around them, an exchange between
      // the same two people (a call, a meeting, a visit) or the start or end of a lasting event: an event of
      // one kind recurs in a story, a conversation between two given people on nearby days rarely does.
      // The start or the end of a lasting event ("the strike ended on") is one fact of its own too.
      const pairEvent = (PAIRWISE.has(kindGroup(d.kind)) && sharedPersons(d, c.against) >= 2) || !!d.phase;
      const supported = mine.filter((p) => p.slot >= 0.8 && p.strength >= EVENT_ALIGN_MIN / 2 && (p.local >= LOCAL_MIN || pairEvent));
      if (!supported.length) continue;
      const align = Math.max(...supported.map((p) => p.strength));
      const refs = new Set(c.against.map((r) => r.ref.id)).size;
      const confidence = Math.min(1, 0.5 + 0.4 * Math.min(1, align / 0.5) + (refs > 1 ? 0.1 : 0));
      if (confidence < CONFIDENCE_MIN) continue;
      byStart.set(d.date.start, { date: d.date, sentence: d.sentence, against, confidence, event });
    }
  }
  const conflicts = [...byStart.values()].sort((a, b) => a.date.start - b.date.start);
  cache.set(draft, { version: corpus.version, conflicts });
  return conflicts;
}
