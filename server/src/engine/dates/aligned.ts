// Date conflicts found by alignment: a draft date and a reference date that fill the same slot (the
// same verb or event word, the same relation word, no other actors) of sentences that state the same
// fact, and cannot both be true. No event word is needed: "the attorney general announced Thursday"
// meets "the attorney general announced Wednesday"; "their first conversation since August 12" meets
// "since August 22". The older event path (events/align.ts) still pairs statements worded apart
// ("will speak" / "a phone call"), but only when the sentences align.
import type { Corpus } from '../corpus/corpus';
import type { Reference } from '../corpus/reference';
import type { Draft } from '../draft/draft';
import type { Sentence, Token } from '../text/analyzed-text';
import { alignSentence, sentenceTerms, termSimilarity } from '../align/index';
import { namesClash, type Slot, slotAgreement, slotOf } from '../align/slots';
import { dateConflicts, describeEvent, sameKey } from '../events/align';
import { kindGroup } from '../events/lexicon';
import type { Name } from '../events/participants';
import type { DatedStatement } from '../events/statements';
import { sentenceDates } from './document';
import { clauseAround } from './cues';
import { comparable, compareDates, type Verdict } from './compare';
import type { DateMention } from './resolve';
import { Memo, MB } from '../memo';
import { isPostStamp } from '../quotes/posts';
import { recordAnchor, sameAnchor, spanStart } from './anchors';

export interface RefDate {
  ref: Reference;
  sentence: Sentence;
  date: DateMention;
}

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
/** The sentences themselves must be this alike (IDF cosine): similar words around a weekday are not enough,
 *  since a story tells many events of one kind on nearby days. */
const SENTENCE_MIN = 0.35;
/** Any reference sentence this close that gives the draft's value in a like slot clears it. */
const CANDIDATE_MIN = 0.05;
const SLOT_MIN = 0.6;
const AGREE_SLOT_MIN = 0.4;
export const CONFIDENCE_MIN = 0.5;
/** Sentences this alike, each with one date, in the same relation and of the same precision, state one
 *  fact even when its verb is paraphrased ("were indicted under seal on Friday" / "returned the
 *  indictment under seal on Thursday"). */
const SOLE_MIN = 0.7;
/** Dates of one shape (see anchors.ts) need less of the rest of the sentence. */
const SHAPE_SENTENCE_MIN = 0.3;
/** The same head (not a verb of saying) with this much of the same words around both values… */
const LOCAL_CLOSE = 0.3;
/** …needs less of the rest of the sentence ("slashed interest rates by half a percentage point on Tuesday,
 *  a bold attempt …" against "lowered interest rates by half a percentage point on Wednesday, moving …"). */
const CLOSE_SENTENCE_MIN = 0.25;
const LENIENT = { lenient: true };
/** The only dates of two sentences this alike, with the same words around them, date one fact. */
const SOLE_CLOSE_MIN = 0.4;
/** Sentences this alike whose only dates belong to the same verb or event word, with a word in common
 *  around both ("died Saturday when the fire overran them" / "were killed Sunday while fighting the
 *  fire"), date one fact however differently the rest of each clause is worded. */
const SOLE_HEAD_MIN = 0.4;
const FIRST_REPORT = /\bfirst\s+(?:reported|revealed|disclosed|exposed|announced)\b/i;
/** Two sentences this alike, each with one year and nothing else to date, date the same thing with it. */
const YEAR_SENTENCE_MIN = 0.35;
/** Events that happen to a person once (see the 'once' shape), and how alike their sentences must be. */
const ONCE_HEADS = new Set(['#resignation', '#death']);
const ONCE_SENTENCE_MIN = 0.2;
/** Two sentences this alike, each starting something "since" a date with a word in common around it. */
const SINCE_SENTENCE_MIN = 0.4;

const PAST_VERB = /^(?:\w+ed|met|spoke|said|told|made|took|gave|held|won|lost|ran|went|came|left|began|saw|sent|led|fell|rose|struck|fought|wrote|found|hit|paid|kept|brought|sought|caught|was|were|had|did)$/i;

/** A clause that tells a guess ("where the shell may have landed on Monday") states no day to contradict. */
const HEDGE = /\b(?:may|might|could|must)(?: not)? have\b|\b(?:trying|tried|seeking|sought) to (?:determine|establish|confirm|find out)\b/i;
function hedged(sentence: Sentence, d: DateMention): boolean {
  const rel = d.start - sentence.start;
  const clause = clauseAround(sentence.text, rel, d.end - sentence.start);
  return HEDGE.test(sentence.text.slice(clause.start, clause.end));
}

/**
 * The date stamp closing an embedded post ("— Ada Berg (@adaberg) May 18, 2020"): when the page showed the
 * post, in the reader's time zone, not a fact of the story.
 */
function postStamp(sentence: Sentence, d: DateMention): boolean {
  return isPostStamp(sentence.text.slice(0, d.start - sentence.start));
}

const insideDate = (dates: DateMention[]) => (t: Token) => dates.some((d) => t.start < d.end && d.start < t.end);

interface Pair {
  r: RefDate;
  /** How surely the two sentences state the same fact: the sentences and the words around the values. */
  strength: number;
  sentenceScore: number;
  local: number;
  slot: number;
  verdict: Verdict;
  /** The two dates share a shape that ties them to one fact: both anchor a record ("the first … since"),
   *  both end a span that starts on the same date, both are the only year of their sentences, or both
   *  start something "since" with a word in common around them. */
  shape?: 'anchor' | 'span' | 'year' | 'since' | 'once';
  /** Either value dates an act of saying ("said Friday"): a story tells many on nearby days. */
  saying: boolean;
  /** The reference sentence gives no other date: no other event of the kind to mistake it for. */
  refSole: boolean;
  /** Each sentence gives this one date and no other, of the same precision. */
  bothSole: boolean;
}

/** Every reference date in a sentence aligned with the draft's, with how it compares. */
function pairsFor(corpus: Corpus, sentence: Sentence, dates: DateMention[], d: DateMention): Pair[] {
  if (hedged(sentence, d) || postStamp(sentence, d)) return [];
  const dSlot = slotOf(sentence, d.start, d.end, insideDate(dates));
  if (!dSlot) return [];
  const draftNames = new Set(sentenceTerms(sentence).names);
  const draftSole = dates.filter(comparable).length === 1;
  const dAnchor = recordAnchor(sentence, d);
  const dStart = spanStart(sentence, dates, d);
  const pairs: Pair[] = [];
  for (const a of alignSentence(corpus, sentence, CANDIDATE_MIN, 12)) {
    const allR = sentenceDates(a.sentence, a.ref.meta.published);
    const rDates = allR.filter(comparable);
    if (!rDates.length) continue;
    const skipR = insideDate(rDates);
    const refNames = new Set(sentenceTerms(a.sentence).names);
    for (const r of rDates) {
      if (hedged(a.sentence, r) || postStamp(a.sentence, r)) continue;
      const rSlot = slotOf(a.sentence, r.start, r.end, skipR);
      if (!rSlot) continue;
      const clash = namesClash(dSlot, rSlot, draftNames, refNames, LENIENT);
      let slot = clash ? 0 : slotAgreement(dSlot, rSlot);
      // Two acts of saying placed on their days ("said on Sunday", "told reporters on Monday") stay two; a
      // first report ("CNN first reported the delays in November") is one fact, told with other verbs too.
      const sayingApart = dSlot.relation === 'at' && (!!dSlot.sayVerb || !!rSlot.sayVerb) && dSlot.sayVerb !== rSlot.sayVerb && !FIRST_REPORT.test(sentence.text);
      const sole = draftSole && rDates.length === 1 && a.score >= SOLE_MIN && d.granularity === r.granularity && dSlot.relation === rSlot.relation && !sayingApart;
      if (sole && !clash) slot = Math.max(slot, 0.8);
      // Less alike, the only dates of two sentences still state one fact when the words around them match
      // ("At a bond hearing on Thursday, …" / "On Friday, Roof appeared at a bond hearing.").
      const soleClose = draftSole && rDates.length === 1 && a.score >= SOLE_CLOSE_MIN && d.granularity === r.granularity && dSlot.relation === rSlot.relation && !sayingApart && !clash && sameHead(dSlot, rSlot);
      let shape: Pair['shape'];
      // An anchor is compared by the names inside it, not by the people and places around the record.
      const rAnchor = dAnchor && recordAnchor(a.sentence, r);
      if (dAnchor && rAnchor && sameAnchor(dAnchor, rAnchor)) shape = 'anchor';
      else if (!clash && dStart) {
        const rStart = spanStart(a.sentence, allR, r);
        if (rStart && rStart.granularity === dStart.granularity && compareDates(dStart, rStart) === 'agree') shape = 'span';
      }
      // The only year of two sentences about the same thing ("the inquiry into the downing of the flight in
      // 2015" / "the inquiry into the 2014 shooting down of the flight"): one fact, however the year is placed.
      else if (draftSole && rDates.length === 1 && d.granularity === 'year' && r.granularity === 'year' && a.score >= YEAR_SENTENCE_MIN && dSlot.relation === rSlot.relation && sameHead(dSlot, rSlot) && !namesClash(dSlot, rSlot, draftNames, refNames, { lenient: true, sentenceOnly: true })) shape = 'year';
      // Both values date the start of what goes on ("waiting since 2011" / "with some waiting since 2012").
      // Not two different things since two dates ("on strike since 2009" / "paid less since 2008").
      else if (!clash && dSlot.relation === 'since' && rSlot.relation === 'since' && a.score >= SINCE_SENTENCE_MIN && sameHead(dSlot, rSlot) && [...dSlot.context].some((t) => rSlot.context.has(t))) shape = 'since';
      // Something that happens to a person once: the only dates of two sentences naming the same person,
      // beside the same such event word ("resigned from the CIA post on Saturday" / "resigned Friday after
      // acknowledging the affair"), whatever else the sentences tell.
      else if (!clash && !sayingApart && draftSole && rDates.length === 1 && d.granularity === r.granularity && dSlot.relation === rSlot.relation && dSlot.heads.some((h) => ONCE_HEADS.has(h) && rSlot.heads.includes(h)) && [...draftNames].some((n) => refNames.has(n))) shape = 'once';
      if (shape) slot = Math.max(slot, shape === 'span' ? 1 : 0.8);
      const local = termSimilarity(corpus, [...dSlot.context, ...dSlot.heads], [...rSlot.context, ...rSlot.heads]);
      const verdict = compareDates(d, r, PAST_VERB.test(rSlot.verbText ?? ''));
      const saying = dSlot.heads.includes('#say') || rSlot.heads.includes('#say');
      // A shaped pair is tied by its form: the words around the values ("since Wilma in 2004") need not match.
      if (soleClose && local >= LOCAL_CLOSE) slot = Math.max(slot, 0.8);
      const strength = shape ? Math.max(a.score, (a.score + local) / 2) : (a.score + local) / 2;
      pairs.push({ r: { ref: a.ref, sentence: a.sentence, date: r }, strength, sentenceScore: a.score, local, slot, verdict, shape, saying, refSole: rDates.length === 1, bothSole: draftSole && rDates.length === 1 && d.granularity === r.granularity });
    }
  }
  return pairs;
}

const pairsMemo = new Memo<{ version: number; pairs: Pair[] }>(4 * MB, 16);

/**
 * pairsFor, memoised by the sentence's text, the date's place in it and the publication date (the pairs hold
 * only reference positions): the event path asks again for dates the alignment path already paired, and a
 * keystroke elsewhere leaves them as they were.
 */
function cachedPairs(corpus: Corpus, sentence: Sentence, dates: DateMention[], d: DateMention, published: string): Pair[] {
  const key = `${published}\u0000${d.start - sentence.start}\u0000${d.end - sentence.start}\u0000${sentence.text}`;
  const hit = pairsMemo.get(key);
  if (hit && hit.version === corpus.version) return hit.pairs;
  const pairs = pairsFor(corpus, sentence, dates, d);
  pairsMemo.set(key, { version: corpus.version, pairs });
  return pairs;
}

/** The same verb or event word, or one of the two has none. */
const sameHead = (d: Slot, r: Slot) => !d.heads.length || !r.heads.length || d.heads.some((h) => r.heads.includes(h));

const RANK: Record<string, number> = { day: 0, week: 1, weekend: 1, month: 2, quarter: 3, season: 3, half: 4, year: 5, decade: 6, century: 7 };
const coarser = (r: DateMention, d: DateMention) => (RANK[r.granularity] ?? 9) > (RANK[d.granularity] ?? 9);

/**
 * A reference value in a like slot that agrees clears the draft's. A coarser one ("in February" for
 * "Feb. 24") clears it only when no reference of the draft's own precision, surely in the same slot,
 * says otherwise ("since the February 14 massacre").
 */
function agrees(pairs: Pair[], d: DateMention): boolean {
  const precise = pairs.some((p) => p.verdict === 'disagree' && p.slot >= 0.8 && !coarser(p.r.date, d));
  return pairs.some((p) => p.verdict === 'agree' && p.slot >= AGREE_SLOT_MIN && !(precise && coarser(p.r.date, d)));
}

/** How alike the sentences must be for a pair to count against the draft. */
function sentenceMin(p: Pair): number {
  if (p.shape === 'year') return YEAR_SENTENCE_MIN;
  if (p.shape === 'since') return SINCE_SENTENCE_MIN;
  if (p.shape === 'once') return ONCE_SENTENCE_MIN;
  if (p.shape) return SHAPE_SENTENCE_MIN;
  // The same verb or event word with the same words around both values: the sentences may tell more.
  // Not where the reference dates two events of the kind ("a committee vote … on Friday, with a final
  // Senate vote on Tuesday" against "another procedural vote … on Monday, and a final vote on Tuesday").
  if (p.slot >= 0.8 && p.local >= LOCAL_CLOSE && !p.saying && p.refSole) return CLOSE_SENTENCE_MIN;
  return SENTENCE_MIN;
}

/** Another date of the draft sentence gives the reference's value: the value is that date's. */
const elsewhere = (dates: DateMention[], d: DateMention, r: DateMention) => dates.some((o) => o !== d && comparable(o) && compareDates(o, r) === 'agree');

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
