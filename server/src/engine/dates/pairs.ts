// Date pairs: for one draft date, every date of the reference sentences aligned with its sentence, with
// how surely the two state the same fact (how alike the sentences and the words around the values are,
// whether they fill the same slot, a shape that ties them: a record anchor, a span's end, a sole year,
// "since", an event that happens to a person once) and whether they agree. aligned.ts decides which
// pairs are evidence against the draft.
import type { Corpus } from '../corpus/corpus';
import type { Reference } from '../corpus/reference';
import type { Sentence, Token } from '../text/analyzed-text';
import { alignSentence, sentenceTerms, termSimilarity } from '../align/index';
import { namesClash, type Slot, slotAgreement, slotOf } from '../align/slots';
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

/** The sentences themselves must be this alike (IDF cosine): similar words around a weekday are not enough,
 *  since a story tells many events of one kind on nearby days. */
const SENTENCE_MIN = 0.35;
/** Any reference sentence this close that gives the draft's value in a like slot clears it. */
const CANDIDATE_MIN = 0.05;
const AGREE_SLOT_MIN = 0.4;
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

export interface Pair {
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
export function cachedPairs(corpus: Corpus, sentence: Sentence, dates: DateMention[], d: DateMention, published: string): Pair[] {
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
export function agrees(pairs: Pair[], d: DateMention): boolean {
  const precise = pairs.some((p) => p.verdict === 'disagree' && p.slot >= 0.8 && !coarser(p.r.date, d));
  return pairs.some((p) => p.verdict === 'agree' && p.slot >= AGREE_SLOT_MIN && !(precise && coarser(p.r.date, d)));
}

/** How alike the sentences must be for a pair to count against the draft. */
export function sentenceMin(p: Pair): number {
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
export const elsewhere = (dates: DateMention[], d: DateMention, r: DateMention) => dates.some((o) => o !== d && comparable(o) && compareDates(o, r) === 'agree');
