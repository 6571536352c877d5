// Figure conflicts found by alignment: a draft quantity and a reference quantity of the same kind that
// count the same noun ("158,000 views" / "185,000 views") in the same slot (the same verb or event word,
// no other actors) of sentences that state the same fact, and whose ranges cannot both hold. Any aligned
// reference that allows the draft's figure clears it; a toll of another attack is not the same slot.
import type { Corpus } from '../corpus/corpus';
import type { Reference } from '../corpus/reference';
import type { Draft } from '../draft/draft';
import type { Sentence, Token } from '../text/analyzed-text';
import { alignSentence, sentenceTerms, termSimilarity } from '../align/index';
import { namesClash, slotAgreement, slotOf } from '../align/slots';
import { contradicts, sentenceQuantities, TIME_UNITS, type Quantity } from './quantities';
import { Memo, MB } from '../memo';
import { storyValues } from './story-values';

export interface RefQuantity extends Quantity {
  ref: Reference;
  sentence: Sentence;
}

export interface FigureConflict {
  figure: Quantity;
  sentence: Sentence;
  against: RefQuantity[];
  confidence: number;
}

const CANDIDATE_MIN = 0.05;
/** Sentences (and the words around the figures) must share this much for figures to be compared. */
const ALIGN_MIN = 0.3;
/** The sentences themselves must be this alike: a count of arrests recurs, night after night. */
const SENTENCE_MIN = 0.4;
/** A running count ("so far", "as of Tuesday", "the toll rose to"): another report may give another
 *  count at another time, not a contradiction. */
const RUNNING = /\b(?:so far|as of|by (?:late|early|mid|the time|then|now)|rose to|risen to|climbed to|has grown|toll|latest|updated|at (?:midnight|noon)|precincts reporting|votes counted)\b/i;
/** "At least 63": a floor that a later report raises; it makes the sentence's tolls running counts too. */
const FLOOR = /\bat least\b/i;
/** An increment ("another six countries", "six more"), not a total; a figure for each of several owners. */
const INCREMENT_BEFORE = /\b(?:another|an additional|additional|a further|further|extra)\s+$/i;
const INCREMENT_AFTER = /^\s*more\b/i;
/** "27 seats each": one figure for several owners. */
const DISTRIBUTIVE_AFTER = /^\s*(?:\w+\s+){0,2}each\b/i;
const AGREE_SLOT_MIN = 0.4;
const CONFIDENCE_MIN = 0.5;

/** Shares and sums recur all over a story: they need closer alignment than counts. */
const STRICT_KINDS = new Set(['percent', 'money']);
/**
 * Counted nouns that say little about which fact a figure belongs to: a story counts people, times
 * and others in many of its sentences. Any other noun ("platforms", "crew members", "a 16-hour
 * manhunt") names the fact well enough that a paraphrased verb ("pulled workers off" for "evacuated
 * personnel from") does not make it another slot.
 */
const GENERIC_UNITS = new Set(['peopl', 'person', 'time', 'other', 'member', 'thing', 'case', 'part', 'way', 'man', 'woman', 'children', 'famili', 'individual']);
const isSpecific = (q: Quantity) => (q.kind === 'count' || q.kind === 'ordinal' || q.kind === 'measure') && (q.modifiers.length > 0 || (!GENERIC_UNITS.has(q.unit) && !(q.kind === 'measure' && TIME_UNITS.has(q.unit))));
/** A specific noun in sentences this alike needs only shared words around the figures, not the same verb. */
const NOUN_SLOT_MIN = 0.5;
const NOUN_STRENGTH_MIN = 0.5;
const SPAN_STRENGTH_MIN = 0.65;
/** Sentences this alike state one fact whatever their verbs. */
const TWIN_MIN = 0.7;
/** A long draft sentence tells several facts: the words around the figure carry the alignment. */
const LOCAL_MIN = 0.6;
const LOCAL_SENTENCE_MIN = 0.2;

const inside = (qs: Quantity[]) => (t: Token) => qs.some((q) => t.start < q.end && q.start < t.end);

/** Same kind of quantity counting the same thing, with descriptions that do not exclude each other. */
function sameThing(d: Quantity, r: Quantity): boolean {
  if (d.kind !== r.kind || d.unit !== r.unit) return false;
  if (d.modifiers.length && r.modifiers.length && !d.modifiers.some((m) => r.modifiers.includes(m))) return false;
  return true;
}

function isIncrement(sentence: Sentence, q: Quantity): boolean {
  const rel = q.start - sentence.start;
  const after = sentence.text.slice(q.end - sentence.start);
  return INCREMENT_BEFORE.test(sentence.text.slice(Math.max(0, rel - 16), rel)) || INCREMENT_AFTER.test(after) || DISTRIBUTIVE_AFTER.test(after);
}

interface Pair {
  r: RefQuantity;
  strength: number;
  sentenceScore: number;
  local: number;
  slot: number;
  agree: boolean;
  /** Other figures of the same thing in either sentence: only who they belong to tells them apart. */
  ambiguous: boolean;
  /** Different actors beside the two figures. */
  clash: boolean;
  /** Another figure of the two sentences differs too ("5,300 gallons and 8,000 meals" against "1,500
   *  gallons and 28,000 meals"): two deliveries, not one told wrong. A slip changes one figure. */
  otherConflict: boolean;
}

function otherFigureConflicts(draftQs: Quantity[], d: Quantity, refQs: Quantity[]): boolean {
  return draftQs.some((q) => {
    if (q === d || q.unit === d.unit) return false;
    const same = refQs.filter((r) => sameThing(q, r));
    return same.length > 0 && same.every((r) => contradicts(q, r));
  });
}

type Candidate = { ref: Reference; sentence: Sentence; score: number };

/** The story's value (see story-values.ts) needs less of the sentence: a figure's noun and verb say which fact. */
const STORY_SENTENCE_MIN = 0.15;
const STORY_SLOT_MIN = 0.8;
const STORY_LOCAL_MIN = 0.3;
/** The story's value must come from this many references: one outlet's figure may be of another moment or a part. */
const STORY_REFS_MIN = 2;

/**
 * A specific thing the references count with one value, which the draft's figure contradicts: the pairs
 * with every reference sentence that gives that value in the same slot, however else the sentences differ.
 */
function storyPairs(corpus: Corpus, sentence: Sentence, d: Quantity, pairsIn: (candidates: Candidate[]) => Pair[]): Pair[] {
  const story = storyValues(corpus, d, sameThing, (r) => !isIncrement(r.sentence, r) && !RUNNING.test(r.sentence.text) && !FLOOR.test(r.text));
  if (new Set(story.map((r) => r.ref.id)).size < STORY_REFS_MIN || story.some((r) => !contradicts(d, r))) return [];
  const mine = sentenceTerms(sentence).terms;
  const candidates = new Map<Sentence, Candidate>();
  for (const r of story) candidates.set(r.sentence, { ref: r.ref, sentence: r.sentence, score: termSimilarity(corpus, mine, sentenceTerms(r.sentence).terms) });
  const all = pairsIn([...candidates.values()]);
  return all.filter((p) => !p.agree && !p.clash && !p.otherConflict && !p.ambiguous && p.slot >= STORY_SLOT_MIN && p.local >= STORY_LOCAL_MIN && p.sentenceScore >= STORY_SENTENCE_MIN);
}

const memo = new Memo<{ version: number; found: { index: number; against: RefQuantity[]; confidence: number }[] }>(2 * MB, 8);

function sentenceConflicts(corpus: Corpus, sentence: Sentence, published: string): { index: number; against: RefQuantity[]; confidence: number }[] {
  const quantities = sentenceQuantities(sentence, published);
  if (!quantities.length) return [];
  const key = `${published}\u0000${sentence.text}`;
  const hit = memo.get(key);
  if (hit && hit.version === corpus.version) return hit.found;
  const found: { index: number; against: RefQuantity[]; confidence: number }[] = [];
  const aligned = alignSentence(corpus, sentence, CANDIDATE_MIN, 12);
  const draftNames = new Set(sentenceTerms(sentence).names);
  quantities.forEach((d, index) => {
    if (isIncrement(sentence, d)) return;
    const dSlot = slotOf(sentence, d.start, d.end, inside(quantities));
    if (!dSlot) return;
    const specific = isSpecific(d);
    const ambiguousInDraft = quantities.filter((q) => sameThing(d, q)).length > 1;
    const pairsIn = (candidates: Candidate[]): Pair[] => {
      const pairs: Pair[] = [];
      for (const a of candidates) {
        const rqs = sentenceQuantities(a.sentence, a.ref.meta.published);
        const refNames = new Set(sentenceTerms(a.sentence).names);
        // Two figures of one unit in a sentence ("24 seats … 30 seats") are told apart only by who they belong to.
        const same = rqs.filter((r) => sameThing(d, r));
        if (!same.length) continue;
        const ambiguous = same.length > 1 || ambiguousInDraft;
        const otherConflict = otherFigureConflicts(quantities, d, rqs);
        for (const r of same) {
          if (isIncrement(a.sentence, r)) continue;
          const rSlot = slotOf(a.sentence, r.start, r.end, inside(rqs));
          if (!rSlot) continue;
          // The preposition before a count of a specific thing ("off 68 platforms", "from 86 platforms") is
          // the verb's business, not the figure's; for dates and shares it is the fact ("since", "by").
          const relation = specific && d.kind !== 'measure' ? rSlot.relation : dSlot.relation;
          const clash = namesClash(dSlot, rSlot, draftNames, refNames);
          let slot = clash ? 0 : slotAgreement({ ...dSlot, relation }, rSlot);
          // The counted word itself ("193 Democrats", "two Democrats") does not say whose figure it is.
          if (ambiguous && ![...dSlot.names].some((n) => n !== d.unit && rSlot.names.has(n))) slot = Math.min(slot, 0.4);
          const local = termSimilarity(corpus, [...dSlot.context, ...dSlot.heads], [...rSlot.context, ...rSlot.heads]);
          pairs.push({ r: { ...r, ref: a.ref, sentence: a.sentence }, strength: (a.score + local) / 2, sentenceScore: a.score, local, slot, agree: !contradicts(d, r), ambiguous, clash, otherConflict });
        }
      }
      return pairs;
    };
    const pairs = pairsIn(aligned);
    if (pairs.some((p) => p.agree && p.slot >= AGREE_SLOT_MIN)) return;
    const min = STRICT_KINDS.has(d.kind) ? ALIGN_MIN + 0.1 : ALIGN_MIN;
    if (RUNNING.test(sentence.text) || FLOOR.test(d.text) || (!specific && FLOOR.test(sentence.text))) return;
    const sameFact = (p: Pair) =>
      (p.strength >= min && p.sentenceScore >= SENTENCE_MIN && p.slot >= 0.8) ||
      (specific && !p.ambiguous && p.slot >= NOUN_SLOT_MIN && p.strength >= NOUN_STRENGTH_MIN && p.sentenceScore >= SENTENCE_MIN) ||
      (specific && !p.ambiguous && p.slot >= 0.8 && p.strength >= NOUN_STRENGTH_MIN - 0.1 && p.sentenceScore >= SENTENCE_MIN - 0.05) ||
      // A span told in sentences this alike ("read his ruling for nearly 30 minutes").
      (d.kind === 'measure' && !p.ambiguous && p.slot >= NOUN_SLOT_MIN && p.strength >= SPAN_STRENGTH_MIN && p.sentenceScore >= SENTENCE_MIN) ||
      (specific && !p.ambiguous && p.slot >= 0.8 && p.local >= LOCAL_MIN && p.sentenceScore >= LOCAL_SENTENCE_MIN) ||
      // Twin sentences, one figure of the kind in each: "BARDA has given Moderna $438 million" against
      // "Moderna received $483 million from BARDA" (converse verbs, the same transfer).
      (!p.ambiguous && !p.clash && p.sentenceScore >= TWIN_MIN);
    let against = pairs.filter((p) => !p.agree && !p.otherConflict && sameFact(p) && !RUNNING.test(p.r.sentence.text) && !FLOOR.test(p.r.text));
    if (!against.length && specific && !ambiguousInDraft) against = storyPairs(corpus, sentence, d, pairsIn);
    if (!against.length) return;
    const score = (p: Pair) => p.strength * p.slot;
    const best = against.reduce((x, y) => (score(y) > score(x) ? y : x));
    const refs = new Set(against.map((p) => p.r.ref.id)).size;
    const confidence = Math.min(1, 0.15 + 0.5 * Math.min(1, best.strength / 0.6) + 0.3 * best.slot + (refs > 1 ? 0.1 : 0));
    if (confidence < CONFIDENCE_MIN) return;
    const seen = new Set<string>();
    const list = against.sort((x, y) => score(y) - score(x)).filter((p) => {
      const k = `${p.r.ref.id}\u0000${p.r.start}`;
      return !seen.has(k) && !!seen.add(k);
    });
    found.push({ index, against: list.map((p) => p.r), confidence });
  });
  memo.set(key, { version: corpus.version, found });
  return found;
}

const cache = new WeakMap<Draft, { version: number; conflicts: FigureConflict[] }>();

/** Draft figures that every aligned reference figure for the same thing contradicts. */
export function figureConflicts(draft: Draft, corpus: Corpus): FigureConflict[] {
  const hit = cache.get(draft);
  if (hit && hit.version === corpus.version) return hit.conflicts;
  const conflicts: FigureConflict[] = [];
  if (corpus.size) {
    for (const sentence of draft.sentences) {
      const found = sentenceConflicts(corpus, sentence, draft.published);
      if (!found.length) continue;
      const quantities = sentenceQuantities(sentence, draft.published);
      for (const f of found) conflicts.push({ figure: quantities[f.index], sentence, against: f.against, confidence: f.confidence });
    }
  }
  cache.set(draft, { version: corpus.version, conflicts });
  return conflicts;
}
