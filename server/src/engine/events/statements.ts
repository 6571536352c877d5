// Dated statements: a date mention tied to the event it places in time, with the event's kind,
// its participants and whether the sentence says it happened, was called off or did not happen.
// "Iran's missile attack on October 1" → attack, {iran}, 2024-10-01. A date that only relates an
// event to another time ("since August 22", "until Friday") or dates the act of saying ("Singh said on
// Tuesday") places no event and yields no statement.
import type { Sentence, Token } from '../text/analyzed-text';
import type { DateMention } from '../dates/resolve';
import { sentenceDates } from '../dates/document';
import {
  CANCEL_WORDS, HARD_BOUNDARY, kindAt, NEGATION_WORDS, PHASE_WORDS, RELATION_WORDS, SPEECH_VERBS, type EventKind, type Phase,
} from './lexicon';
import { namesIn, type Name } from './participants';
import { MB, Memo } from '../memo';
import { tokenSpan } from '../align/slots';

export interface DatedStatement {
  sentence: Sentence;
  date: DateMention;
  kind: EventKind;
  /** The word that names the event. */
  trigger: Token;
  /** Called off, postponed, blocked: compared only with statements of the same facet. */
  cancelled: boolean;
  /** "began on March 3", "ended on March 7": compared only with statements of the same phase. */
  phase?: Phase;
  negated: boolean;
  /** Names near the event. */
  participants: Name[];
  /** Every name in the sentence (to tell a missing participant from a different one). */
  sentenceNames: Name[];
}

const LEFT = 10;
const RIGHT = 8;
const WINDOW_LEFT = 14;
const WINDOW_RIGHT = 10;

const low = (t: Token) => t.text.toLowerCase();

function isBoundary(t: Token): boolean {
  const w = low(t);
  return HARD_BOUNDARY.has(w) || SPEECH_VERBS.has(w) || w === 'that' || w === 'which' || w === 'who';
}

/** The event word a date places in time, or undefined. */
function anchor(tokens: Token[], a: number, b: number): { index: number; kind: EventKind } | undefined {
  // "the October 1 attack", "Friday's vote", "its Oct. 1 ballistic missile attack"
  let k = b + 1;
  if (k < tokens.length && /^['’]s$/.test(tokens[k].text)) k++;
  for (let n = 0; n < 4 && k < tokens.length; n++, k++) {
    const t = tokens[k];
    const kind = kindAt(tokens, k);
    if (kind && (t.pos === 'NOUN' || t.pos === 'PROPN' || n > 0 || t.pos === 'VERB')) {
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || /(?:attack|strike|call|visit|trip|vote|meeting|barrage)s?$/i.test(t.text)) return { index: k, kind };
    }
    if (!(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM')) break;
  }
  // "the barrage of Oct. 1"
  let p = a - 1;
  if (p >= 0 && low(tokens[p]) === 'of') {
    const q = p - 1;
    const kind = q >= 0 && tokens[q].pos === 'NOUN' ? kindAt(tokens, q) : undefined;
    if (kind) return { index: q, kind };
  }
  // A relation to another time: "since August 22", "until Friday", "ahead of Tuesday's"
  p = a - 1;
  while (p >= 0 && ['the', 'early', 'late', 'mid', 'on', 'in'].includes(low(tokens[p])) && !RELATION_WORDS.has(low(tokens[p]))) p--;
  if (p >= 0 && RELATION_WORDS.has(low(tokens[p]))) return undefined;
  // The act of saying: "Singh said on Tuesday", "Israel told the US on Tuesday"
  for (let i = a - 1, n = 0; i >= 0 && n < 5; i--, n++) {
    if (SPEECH_VERBS.has(low(tokens[i]))) return undefined;
    if (kindAt(tokens, i) || isBoundary(tokens[i])) break;
  }
  for (let i = b + 1, n = 0; i < tokens.length && n < 2; i++, n++) if (SPEECH_VERBS.has(low(tokens[i]))) return undefined;
  // The nearest event word in the clause, left first. A name counts as one word however long it is
  // ("a call between Prime Minister Henrik Aalto and Okafor is expected on Friday").
  let best: { index: number; kind: EventKind; dist: number } | undefined;
  for (let i = a - 1, n = 1; i >= 0 && n <= LEFT; i--, n += inName(tokens, i, i + 1) ? 0 : 1) {
    if (isBoundary(tokens[i])) break;
    // Step over an apposition (", the first in close to 50 days,"): it does not separate an event from its date.
    if (tokens[i].text === ',') {
      const open = appositionStart(tokens, i);
      if (open !== undefined) {
        i = open;
        continue;
      }
    }
    const kind = kindAt(tokens, i);
    if (kind && validTrigger(tokens, i)) {
      best = { index: i, kind, dist: n };
      break;
    }
  }
  for (let i = b + 1, n = 1; i < tokens.length && n <= RIGHT; i++, n += inName(tokens, i - 1, i) ? 0 : 1) {
    // An event after "after", "before", "since" is the other end of a relation, not the dated event
    // ("talks resumed on Tuesday, after a strike that halted traffic").
    if (isBoundary(tokens[i]) || RIGHT_STOP.has(low(tokens[i]))) break;
    const kind = kindAt(tokens, i);
    if (kind && validTrigger(tokens, i)) {
      if (!best || n + 1 < best.dist) best = { index: i, kind, dist: n };
      break;
    }
  }
  return best && { index: best.index, kind: best.kind };
}

/** Events on the far side of these words are related to the date, not placed on it. */
const RIGHT_STOP = new Set(['after', 'before', 'since', 'until', 'till', 'following', 'ahead', 'prior', 'than']);

/** tokens[i] and tokens[j] are two words of one capitalised name ("Prime Minister Henrik Aalto"). */
function inName(tokens: Token[], i: number, j: number): boolean {
  const x = tokens[i];
  const y = tokens[j];
  return !!x && !!y && x.pos === 'PROPN' && y.pos === 'PROPN' && /^\p{Lu}/u.test(x.text) && /^\p{Lu}/u.test(y.text);
}

/** If tokens[close] is the comma closing a verbless aside opened by a comma, the index of that opening comma. */
function appositionStart(tokens: Token[], close: number): number | undefined {
  for (let i = close - 1, n = 0; i >= 0 && n < 12; i--, n++) {
    const t = tokens[i];
    if (t.text === ',') return n > 0 ? i : undefined;
    if (t.pos === 'VERB' || t.pos === 'AUX' || isBoundary(t) || kindAt(tokens, i)) return undefined;
  }
  return undefined;
}

/** Filters trigger words used in other senses. */
function validTrigger(tokens: Token[], i: number): boolean {
  const w = low(tokens[i]);
  const next = tokens[i + 1] ? low(tokens[i + 1]) : '';
  if (w === 'call' || w === 'calls') return next !== 'for' && !(next === 'on' && tokens[i].pos === 'VERB'); // "a call for restraint", "calls on Israel to"
  if (w === 'address') return tokens[i].pos === 'NOUN' || tokens[i].pos === 'VERB';
  if (w === 'shot') return next === 'down';
  if (w === 'march') return tokens[i].text === 'march';
  if (w === 'fire') return tokens[i].pos === 'NOUN' && next !== 'on';
  return true;
}

/**
 * Whether the date gives the start or the end of the event: the phase word nearest the date between
 * the event word and the date ("the strike began on March 3 and ended on March 7"), right after an
 * event word that follows the date ("On March 7, the strike ended"), or right before the event word
 * ("the end of the strike on March 7").
 */
function phaseOf(tokens: Token[], a: number, b: number, t: number): Phase | undefined {
  const at = (i: number) => PHASE_WORDS.get(low(tokens[i]));
  // Between the two, the verb nearest the date decides ("the summit, which ended a year of tension, opens on Monday").
  if (t < a) {
    for (let i = a - 1; i > t; i--) {
      if (at(i)) return at(i);
      if (tokens[i].pos === 'VERB') break;
    }
  } else {
    for (let i = t - 1; i > b; i--) {
      if (at(i)) return at(i);
      if (tokens[i].pos === 'VERB') break;
    }
    // "On March 7, the walkout by port staff ended": the first verb after the event word.
    for (let i = t + 1; i < Math.min(tokens.length, t + 7); i++) {
      if (at(i)) return at(i);
      if (isBoundary(tokens[i]) || tokens[i].text === ',' || tokens[i].pos === 'VERB') break;
    }
  }
  // "the end of the strike", "ended a two-day strike", "began their pay strike"
  for (let i = t - 1; i >= Math.max(0, t - 6); i--) {
    if (at(i)) return at(i);
    const x = tokens[i];
    const modifier = x.pos === 'DET' || x.pos === 'ADJ' || x.pos === 'NUM' || (x.pos === 'NOUN' && (i === t - 1 || tokens[i + 1].text === '-'));
    if (!modifier && !['of', 'its', 'their', 'his', 'her', '-'].includes(low(x)) && !/^['’]s?$/.test(x.text)) break;
  }
  return undefined;
}

function statementsOf(sentence: Sentence, dates: DateMention[]): DatedStatement[] {
  const out: DatedStatement[] = [];
  const tokens = sentence.tokens;
  let names: Name[] | undefined;
  for (const date of dates) {
    if (date.first === undefined || date.last === undefined) continue;
    const r = tokenSpan(tokens, date.start, date.end);
    if (!r) continue;
    const [a, b] = r;
    const anc = anchor(tokens, a, b);
    if (!anc) continue;
    names ??= namesIn(tokens);
    const lo = Math.min(a, anc.index);
    const hi = Math.max(b, anc.index);
    // Facet and negation: words between the event word and the date, and just before the event word.
    let cancelled = false;
    let negated = false;
    for (let i = Math.max(0, lo - 4); i <= Math.min(tokens.length - 1, hi + 2); i++) {
      const w = low(tokens[i]);
      if (CANCEL_WORDS.has(w) || (w === 'called' && tokens[i + 1] && low(tokens[i + 1]) === 'off')) cancelled = true;
      if (i >= lo - 4 && i <= hi && NEGATION_WORDS.has(w)) negated = true;
    }
    // "a call on Tuesday was not possible", "the visit on Monday did not take place"
    for (let i = hi + 1; i < Math.min(tokens.length, hi + 4); i++) {
      if (isBoundary(tokens[i]) || tokens[i].text === ',') break;
      if (NEGATION_WORDS.has(low(tokens[i]))) negated = true;
    }
    // Participants: names in a window around the event word and the date, inside the sentence's clause.
    let from = Math.max(0, lo - WINDOW_LEFT);
    let to = Math.min(tokens.length - 1, hi + WINDOW_RIGHT);
    for (let i = lo - 1; i >= from; i--) if (HARD_BOUNDARY.has(low(tokens[i])) || SPEECH_VERBS.has(low(tokens[i]))) { from = i + 1; break; }
    for (let i = hi + 1; i <= to; i++) if (HARD_BOUNDARY.has(low(tokens[i])) || SPEECH_VERBS.has(low(tokens[i]))) { to = i - 1; break; }
    const participants = names.filter((n) => n.to - 1 >= from && n.from <= to);
    const phase = phaseOf(tokens, a, b, anc.index);
    out.push({ sentence, date, kind: anc.kind, trigger: tokens[anc.index], cancelled, ...(phase && { phase }), negated, participants, sentenceNames: names });
  }
  return out;
}

const memo = new Memo<{ rel: DatedStatement[]; base: number }>(2 * MB, 16);

/** Dated statements of one sentence (memoised by sentence text and publication date). */
/** The statements per sentence object (rebased once, not on every ask: several rules ask per check). */
const placed = new WeakMap<Sentence, { published: string | undefined; statements: DatedStatement[] }>();

export function sentenceStatements(sentence: Sentence, published: string | undefined): DatedStatement[] {
  const own = placed.get(sentence);
  if (own && own.published === published) return own.statements;
  const statements = statementsAt(sentence, published);
  placed.set(sentence, { published, statements });
  return statements;
}

function statementsAt(sentence: Sentence, published: string | undefined): DatedStatement[] {
  const key = `${published ?? ''}\u0000${sentence.text}`;
  const hit = memo.get(key);
  if (hit) {
    const by = sentence.start - hit.base;
    if (!by && hit.rel[0]?.sentence === sentence) return hit.rel;
    return hit.rel.map((s) => rebase(s, sentence, by));
  }
  const value = statementsOf(sentence, sentenceDates(sentence, published));
  memo.set(key, { rel: value, base: sentence.start });
  return value;
}

function rebase(s: DatedStatement, sentence: Sentence, by: number): DatedStatement {
  const shiftSpan = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + by, end: x.end + by });
  const d = s.date;
  return {
    ...s,
    sentence,
    trigger: shiftSpan(s.trigger),
    date: {
      ...shiftSpan(d),
      parts: d.parts && {
        order: d.parts.order,
        weekday: d.parts.weekday && shiftSpan(d.parts.weekday),
        month: d.parts.month && shiftSpan(d.parts.month),
        day: d.parts.day && shiftSpan(d.parts.day),
        year: d.parts.year && shiftSpan(d.parts.year),
      },
    },
  };
}

export function documentStatements(sentences: Sentence[], published: string | undefined): DatedStatement[] {
  return sentences.flatMap((s) => sentenceStatements(s, published));
}
