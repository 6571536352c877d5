// The slot a value fills in its sentence: the verb or event word it belongs to, the preposition that
// relates it ("on" places an event on a day, "since" relates it to another), the names and content
// words around it. Two values are compared only when they fill the same slot of aligned sentences:
// "announced Thursday" against "announced Wednesday", never "announced Thursday" against "voted
// Wednesday" or "since August 12" against "on August 22".
import { distance } from 'fastest-levenshtein';
import type { Sentence, Token } from '../text/analyzed-text';
import { HARD_BOUNDARY, PHASE_WORDS, RELATION_WORDS, SPEECH_VERBS } from '../events/lexicon';
import { nameAt, termAt } from './terms';

export interface Slot {
  /** The verb and event word the value belongs to, as alignment terms (nearest first). */
  heads: string[];
  /** The verb as written ("met"), to read its tense. */
  verbText?: string;
  /** The verb of saying the value dates ("said", "told"), as a lemma: "said Saturday" and "told Monday"
   *  date two acts of saying, and one story tells many. */
  sayVerb?: string;
  /** The relation word before the value ("since", "until"); "at" for plain placement. */
  relation: string;
  /** Content terms around the value, inside its clause. */
  context: Set<string>;
  /** Names in the value's clause (folded stems). */
  names: Set<string>;
}

const WINDOW = 6;
const VERB_REACH = 8;
const EVENT_REACH = 20;
const HEAD_WINDOW = 3;

const low = (t: Token) => t.text.toLowerCase();
const isBound = (t: Token) => HARD_BOUNDARY.has(low(t));
const CLAUSE_OPENERS = new Set(['who', 'which', 'that', 'when', 'where', 'after', 'before', 'because', 'although', 'though', 'if', 'whereas']);
/** Words that may stand between a clause's start and a value that opens it ("And on Friday, …"). */
const FRAME_WORDS = new Set(['on', 'by', 'in', 'at', 'early', 'late', 'later', 'earlier', 'the', 'last', 'this', 'that', 'then', 'also', 'and', 'or', 'since', 'until', 'after', 'before', 'as', 'of', 'mid']);
const COORDINATORS = new Set(['and', 'or']);
const SAY_LEMMAS: Record<string, string> = { said: 'say', says: 'say', say: 'say', told: 'tell', tells: 'tell', wrote: 'write' };
const sayLemma = (w: string) => SAY_LEMMAS[w] ?? w.replace(/(?:ed|s)$/, '');

export function tokenSpan(tokens: Token[], start: number, end: number): [number, number] | undefined {
  let a = -1;
  let b = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].end > start && tokens[i].start < end) {
      if (a < 0) a = i;
      b = i;
    }
  }
  return a < 0 ? undefined : [a, b];
}


/** The slot of the value written at [start, end) (document offsets) in `sentence`. */
export function slotOf(sentence: Sentence, start: number, end: number, skip?: (t: Token) => boolean): Slot | undefined {
  const tokens = sentence.tokens;
  const span = tokenSpan(tokens, start, end);
  if (!span) return undefined;
  const [a, b] = span;
  // The relation word: the nearest preposition before the value, over "the", "early", "late".
  let relation = 'at';
  for (let i = a - 1; i >= Math.max(0, a - 3); i--) {
    const w = low(tokens[i]);
    if (['the', 'early', 'late', 'mid', 'last', 'this', 'next', 'of', 'about', 'around', 'nearly', 'some'].includes(w)) continue;
    if (RELATION_WORDS.has(w) && w !== 'as' && w !== 'past' && w !== 'by') relation = w;
    break;
  }
  // The heads: an event word the value modifies ("the March 4 seizure", "Friday's vote"), the nearest
  // verb and the nearest event word to the left inside the clause (else to the right).
  const heads: string[] = [];
  const headAt: number[] = [];
  let verbText: string | undefined;
  let sayVerb: string | undefined;
  // The value modifies an event word ("an emergency Monday meeting"): a verb of saying nearby dates
  // another act, not this one.
  let modifies = false;
  const add = (term: string | undefined, t: Token) => {
    if (!term || heads.includes(term)) return;
    heads.push(term);
    headAt.push(tokens.indexOf(t));
    if (t.pos === 'VERB') verbText ??= t.text;
  };
  for (let i = b + 1, n = 0; i < tokens.length && n < 3; i++, n++) {
    if (/^['’]s?$/.test(tokens[i].text)) continue;
    const term = termAt(tokens, i);
    if (term?.startsWith('#') && tokens[i].pos !== 'VERB') {
      add(term, tokens[i]);
      modifies = true;
      break;
    }
    if (!(tokens[i].pos === 'ADJ' || tokens[i].pos === 'NOUN')) break;
  }
  // A value that opens its clause ("On Friday, he said …") may look past a comma for its verb; any
  // other value ends its clause there ("as the two sat for dinner Tuesday, it was revealed …").
  let fronted = true;
  for (let i = a - 1; i >= 0 && tokens[i].text !== ',' && !isBound(tokens[i]); i--) {
    if (!FRAME_WORDS.has(low(tokens[i]))) {
      fronted = false;
      break;
    }
  }
  // A value after a coordinator ("denied both charges and on Saturday asked …") belongs to the verb
  // that follows it, not to the one before.
  let coordinated = false;
  const walk = (from: number, step: 1 | -1) => {
    let verb = false;
    let event = false;
    for (let i = from, n = 0; i >= 0 && i < tokens.length && n < EVENT_REACH && !(verb && event); i += step, n++) {
      const t = tokens[i];
      if (isBound(t)) break;
      if (skip?.(t)) continue;
      if (step > 0 && t.text === ',' && !fronted) break;
      if (step < 0 && !heads.length && COORDINATORS.has(low(t)) && tokens.slice(i + 1, a).every((x) => FRAME_WORDS.has(low(x)))) {
        coordinated = true;
        break;
      }
      // "…, Manley told ABC News on Monday": a date beside a verb of saying dates the saying.
      if (SPEECH_VERBS.has(low(t)) && n < VERB_REACH) {
        if (!verb && !modifies) {
          add('#say', t);
          sayVerb ??= sayLemma(low(t));
        }
        break;
      }
      // "started" and "began" are one head: the start of what the sentence tells.
      const phase = PHASE_WORDS.get(low(t));
      const term = phase ? `#${phase}` : termAt(tokens, i);
      if (term?.startsWith('#') && !event) {
        event = true;
        if (t.pos === 'VERB') verb = true;
        add(term, t);
      } else if (term && t.pos === 'VERB' && !verb && n < VERB_REACH) {
        verb = true;
        add(term, t);
      }
      if (step < 0 && CLAUSE_OPENERS.has(low(t)) && n > 0) break;
    }
  };
  walk(a - 1, -1);
  if (coordinated) fronted = true;
  if (!heads.length) walk(b + 1, 1);
  const context = new Set<string>();
  const names = new Set<string>();
  let from = a;
  while (from > 0 && a - from < WINDOW && !isBound(tokens[from - 1])) from--;
  let to = b;
  while (to < tokens.length - 1 && to - b < WINDOW && !isBound(tokens[to + 1])) to++;
  const take = (i: number) => {
    if (i >= a && i <= b) return;
    const term = termAt(tokens, i);
    if (term) context.add(term);
    const name = nameAt(tokens, i);
    if (name) names.add(name);
  };
  for (let i = from; i <= to; i++) take(i);
  // The words around an event word far from the value belong to the slot too ("the call between
  // Biden and Netanyahu, …, is expected on Friday").
  for (const h of headAt) {
    if (h >= from && h <= to) continue;
    for (let i = Math.max(0, h - HEAD_WINDOW); i <= Math.min(tokens.length - 1, h + HEAD_WINDOW); i++) if (!isBound(tokens[i])) take(i);
  }
  return { heads, verbText, sayVerb, relation, context, names };
}

/** The name, or one slip of it in a name of five letters or more ("Roza" for "Rosa" counts too at four). */
function hasName(names: Set<string>, n: string, lenient = false): boolean {
  if (names.has(n)) return true;
  if (n.length < 4) return false;
  for (const m of names) if (m.length >= 4 && m[0] === n[0] && (distance(m, n) <= 1 || (lenient && misspelt(m, n)))) return true;
  return false;
}

/** Two stems of one misspelt name: "Dittes" and "Dittis" stem to "ditt" and "dittis"; a longer name may
 *  differ by two letters after a shared start of four. */
function misspelt(a: string, b: string): boolean {
  if (a.slice(0, 4) !== b.slice(0, 4)) return false;
  return distance(a, b) <= 2 && Math.max(a.length, b.length) >= 6;
}

export interface ClashOptions {
  /** Names beside both values and none in common clash only when each value's names appear elsewhere in
   *  the other sentence (the same people, attached to other values), and a slip of two letters in a long
   *  name is still the name. */
  lenient?: boolean;
  /** Only a name beside each value that the other sentence lacks clashes: for values that are the only
   *  ones of their kind in their sentences, whose words around them say little. */
  sentenceOnly?: boolean;
}

/** Different actors beside the two values. */
export function namesClash(d: Slot, r: Slot, draftSentenceNames: Set<string>, refSentenceNames: Set<string>, options: ClashOptions = {}): boolean {
  const lenient = !!options.lenient;
  // A name beside each value that the other sentence lacks.
  const dOnly = [...d.names].some((n) => !hasName(refSentenceNames, n, lenient));
  const rOnly = [...r.names].some((n) => !hasName(draftSentenceNames, n, lenient));
  if (dOnly && rOnly) return true;
  if (options.sentenceOnly) return false;
  // Names beside both values and none in common: "meeting with Lindqvist on May 1" is not "met with
  // Okafor on May 13", though each sentence names both.
  if (!(d.names.size > 0 && r.names.size > 0) || [...d.names].some((n) => hasName(r.names, n, lenient))) return false;
  if (!lenient) return true;
  // Leniently, only when the names are crossed: "Santa Fe High School" beside one value and "Texas" beside
  // the other, where the draft names Texas too but the reference never names Santa Fe, is one place told two ways.
  return [...d.names].some((n) => hasName(refSentenceNames, n, true)) && [...r.names].some((n) => hasName(draftSentenceNames, n, true));
}

/**
 * How surely two slots whose names do not clash (see namesClash, which callers ask once and keep) are the
 * same: the same relation, the same verb or event word when both have one, and shared words around the value.
 */
export function slotAgreement(d: Slot, r: Slot): number {
  if (d.relation !== r.relation) return 0;
  const shared = [...d.context].filter((t) => r.context.has(t)).length;
  if (d.heads.length && r.heads.length) {
    // Two verbs of saying date two statements unless they are the same verb ("said" and "said"):
    // "said Saturday" against "testified Tuesday" or "told … Monday" tells of different acts.
    const common = d.heads.filter((h) => r.heads.includes(h) && (h !== '#say' || (!!d.sayVerb && d.sayVerb === r.sayVerb)));
    if (!common.length) return shared >= 3 ? 0.5 : 0;
    return shared >= 1 ? 1 : 0.8;
  }
  return shared >= 3 ? 0.8 : shared === 2 ? 0.6 : shared === 1 ? 0.4 : 0;
}
