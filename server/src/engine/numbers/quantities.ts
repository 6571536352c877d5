// Quantities: every number a sentence states, read as the interval its wording allows, with what it
// counts. Digits ("158,000 views"), number words ("three times", "two dozen"), money ("$50,000",
// "$1.2 million"), shares ("12%", "12 percent"), ages ("84-year-old", "aged 84"), ordinals ("his third
// term"), ranges ("between 10 and 20", "10 to 20") and the approximations and bounds news copy uses
// ("more than", "nearly", "roughly", "at least", "up to"), spans and measures ("30 minutes", "20 miles",
// "a 16-hour manhunt"). Years and dates, and spans that date something ("two days later"), are the
// dates checks' business. How wide each figure's range is: see amounts.ts.
import type { Sentence } from '../text/analyzed-text';
import { sentenceDates } from '../dates/document';
import { stem } from '../align/terms';
import { AMOUNT_RE, ORDINAL_WORDS, parseAmount, QUALIFIER_RE, roundness, widen, type Qualifier } from './amounts';
import { Memo, MB } from '../memo';

export type QuantityKind = 'count' | 'money' | 'percent' | 'age' | 'ordinal' | 'measure';

export interface Quantity {
  /** Offsets into the document: the quantity as written, qualifier included ("more than 300"). */
  start: number;
  end: number;
  text: string;
  kind: QuantityKind;
  /** What is counted, stemmed ("view", "delegate", "time"); the currency for money; '%' for shares. */
  unit: string;
  /** The counted noun as written ("views"); empty for money and shares. */
  noun: string;
  /** Words between the number and the counted noun ("ballistic"), stemmed. */
  modifiers: string[];
  value: number;
  lo: number;
  hi: number;
  qualifier: Qualifier;
}

const QUANTITY = new RegExp(`(?<![\\w$£€.,-])(?:(${QUALIFIER_RE})\\s+)?(${AMOUNT_RE})(?![a-z])(\\s*(?:%|percent\\b|per cent\\b|percentage points?\\b))?`, 'gi');
const ORDINAL = new RegExp(`\\b(${Object.keys(ORDINAL_WORDS).join('|')}|\\d+(?:st|nd|rd|th))\\s+(?:(?:straight|consecutive|full|-)\\s+)?([a-z]+)`, 'gi');

/** Nouns after a number that make it a piece of a date or no count at all. */
const NOT_COUNTED = new Set([
  'o\'clock', 'am', 'pm', 'a.m', 'p.m', 'of', 'and',
  'or', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'the', 'a', 'an', 'is', 'was', 'were', 'are', 'ha', 'had', 'have',
  'who', 'that', 'which', 'percent', 'per',
]);

/** Units of time and measure: "30 minutes", "20 miles", "a 16-hour manhunt" measure, they do not count. */
const MEASURES: Record<string, string> = {
  second: 'second', seconds: 'second', minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour', day: 'day', days: 'day',
  week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year', decade: 'decade', decades: 'decade',
  mile: 'mile', miles: 'mile', kilometer: 'km', kilometers: 'km', kilometre: 'km', kilometres: 'km', km: 'km', meter: 'm', meters: 'm',
  metre: 'm', metres: 'm', foot: 'ft', feet: 'ft', inch: 'in', inches: 'in', mph: 'mph', pound: 'lb', pounds: 'lb', ton: 't', tons: 't',
  tonne: 't', tonnes: 't', gallon: 'gal', gallons: 'gal', acre: 'acre', acres: 'acre', degree: 'deg', degrees: 'deg',
};
/** Units of time, for messages ("the duration"). */
export const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade']);
/** "two days later", "30 years ago": a date told relative to another, which the dates checks read. */
const RELATIVE_AFTER = /^\s*(?:ago|earlier|later|before|after|prior|from now|since|apart|old)\b/i;
/** Compound words a number forms that count nothing ("two-thirds", "20-something", "50-50"). */
const NOT_COMPOUND = /^(?:thirds?|quarters?|halves|something|odd|plus|fold|year-old|years-old)$/i;

/** Capitalised words a count may follow at the start of a sentence. */
const OPENERS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'By', 'Of', 'For', 'All', 'Only', 'Just', 'About', 'Nearly', 'Some', 'With', 'After', 'Before', 'Since', 'And', 'But']);
/** People counted by nationality: "63 Canadian citizens" counts what "68 Canadians" counts. */
const GENERIC_PEOPLE = new Set(['citizen', 'national', 'peopl', 'resident']);

interface Counted {
  unit: string;
  noun: string;
  modifiers: string[];
}

/**
 * The counted noun after the amount (document offset `from`): the last noun of the noun phrase that
 * follows ("35 ballistic rockets at" → rockets, with the modifier "ballistic"), over "of (the)" and
 * over a place name inside the phrase ("86 Gulf of Mexico platforms").
 */
function countedNoun(sentence: Sentence, from: number): Counted | undefined {
  const tokens = sentence.tokens;
  let i = tokens.findIndex((t) => t.start >= from);
  if (i < 0) return undefined;
  if (tokens[i].text.toLowerCase() === 'of') {
    i++;
    if (tokens[i] && /^(?:the|these|those|their|its)$/i.test(tokens[i].text)) i++;
  }
  const phrase: { text: string; pos: string }[] = [];
  const capital = (t: { text: string } | undefined) => !!t && /^\p{Lu}/u.test(t.text);
  for (let n = 0; i < tokens.length && n < 6; i++, n++) {
    const t = tokens[i];
    if (t.text === 'of' && capital(phrase[phrase.length - 1]) && capital(tokens[i + 1])) continue;
    if (!/^[\p{L}][\p{L}’'-]*$/u.test(t.text)) break;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN' && !(t.pos === 'VERB' && /ed$/.test(t.text) && n === 0)) break;
    phrase.push(t);
  }
  // The head: the last common noun of the run ("Argentine fishermen", "air defence systems").
  let h = -1;
  for (let k = phrase.length - 1; k >= 0; k--) if (phrase[k].pos === 'NOUN' && /^[a-z]/.test(phrase[k].text)) { h = k; break; }
  // People counted by what they are ("eight Swedes", "68 Canadians"): a capitalised plural on its own.
  if (h < 0) return phrase.length === 1 && /^\p{Lu}\p{Ll}+s$/u.test(phrase[0].text) ? { unit: stem(phrase[0].text), noun: phrase[0].text, modifiers: [] } : undefined;
  const noun = phrase[h].text;
  let unit = stem(noun);
  if (NOT_COUNTED.has(unit) || NOT_COUNTED.has(noun.toLowerCase()) || MEASURES[noun.toLowerCase()]) return undefined;
  // "63 Canadian citizens" counts Canadians.
  if (GENERIC_PEOPLE.has(unit) && h > 0 && capital(phrase[h - 1])) unit = stem(phrase[h - 1].text);
  // Capitalised modifiers are names ("Argentine fishermen"): who, not what kind of thing is counted.
  const modifiers = phrase.slice(0, h).map((x) => x.text).filter((w) => !/^[A-Z]/.test(w)).map(stem);
  return { unit, noun, modifiers };
}

/**
 * The noun a compound figure describes ("a 16-hour manhunt" → manhunt; "an 800-person Phase 2 study" →
 * study): the first lowercase noun, over a name or a number, before any comma.
 */
function describedNoun(sentence: Sentence, from: number): string[] {
  const tokens = sentence.tokens;
  const i = tokens.findIndex((t) => t.start >= from);
  for (let k = i; k >= 0 && k < Math.min(tokens.length, i + 4); k++) {
    const t = tokens[k];
    if (/^[a-z]+$/.test(t.text)) return t.pos === 'NOUN' || (k === i && t.pos === 'ADJ') ? [stem(t.text)] : [];
    if (!/^(?:\p{Lu}[\p{L}-]*|\d+)$/u.test(t.text)) return [];
  }
  return [];
}

/** What a figure followed by `after` (text from the amount's end) measures or counts, if anything. */
function whatIsCounted(sentence: Sentence, text: string, at: number, end: number, qualifier: string | undefined): { kind: QuantityKind } & Counted | undefined {
  const after = text.slice(end);
  if (/^-year-old\b|^\s+years?\s+old\b/.test(after) || /\baged?\s+$/i.test(text.slice(Math.max(0, at - 5), at))) {
    return { kind: 'age', unit: 'age', noun: 'age', modifiers: [] };
  }
  // Compounds: "a 16-hour manhunt", "an 800-person study", "a 12-count indictment".
  const compound = /^-([a-z]+)\b(?!-)/.exec(after);
  if (compound) {
    const word = compound[1];
    if (NOT_COMPOUND.test(word)) return undefined;
    const measure = MEASURES[word];
    const modifiers = describedNoun(sentence, sentence.start + end + compound[0].length);
    return measure ? { kind: 'measure', unit: measure, noun: word, modifiers } : { kind: 'count', unit: stem(word), noun: word, modifiers };
  }
  if (/^\s*-\s*\w/.test(after)) return undefined;
  // "the two leaders", "their three children": things already known, not a reported count.
  if (!qualifier && /\b(?:the|these|those|its|their|his|her|our|both|all|first|last|next|other)\s+$/i.test(text.slice(Math.max(0, at - 8), at))) return undefined;
  // "30 minutes", "more than 20 years", "20 miles": a span or a distance, unless it dates something.
  const unitWord = /^\s+([a-z]+)\b/.exec(after);
  const measure = unitWord && MEASURES[unitWord[1]];
  if (measure) {
    if (RELATIVE_AFTER.test(after.slice(unitWord![0].length))) return undefined;
    return { kind: 'measure', unit: measure, noun: unitWord![1], modifiers: [] };
  }
  const counted = countedNoun(sentence, sentence.start + end);
  return counted && { kind: 'count', ...counted };
}

function quantitiesOf(sentence: Sentence, published: string | undefined): Quantity[] {
  const out: Quantity[] = [];
  const text = sentence.text;
  const dates = sentenceDates(sentence, published).map((d) => [d.start - sentence.start, d.end - sentence.start]);
  const inDate = (s: number, e: number) => dates.some(([a, b]) => s < b && a < e);
  QUANTITY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUANTITY.exec(text))) {
    const [whole, qualifier, amount, percent] = m;
    const numAt = m.index + whole.indexOf(amount, qualifier ? qualifier.length : 0);
    const end = m.index + whole.length;
    if (inDate(numAt, numAt + amount.length)) continue;
    const bare = amount.replace(/^between\s+/i, '');
    // A lone "one", "a dozen" as a pronoun or an article: no count.
    if (/^one$/i.test(bare) && !qualifier) continue;
    if (/^\d{4}$/.test(bare) && +bare >= 1900 && +bare <= 2100 && !percent) continue;
    // Part of a name, an address or a score ("Route 66", "No. 3", "7-2")
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    if (/(?:No\.|#)\s*$/.test(before)) continue;
    // A number naming something ("Category 4", "Channel 10", "Flight 752"), not counting it.
    const named = /\b([A-Z][a-z]+)\s+$/.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1];
    if (!qualifier && named && /^\d/.test(amount) && !OPENERS.has(named)) continue;
    const parsed = parseAmount(amount);
    if (!parsed || parsed.value <= 0) continue;
    const money = /[$£€]/.exec(amount)?.[0];
    const what: ({ kind: QuantityKind } & Counted) | undefined = percent
      ? { kind: 'percent', unit: /point/.test(percent) ? 'point' : '%', noun: '', modifiers: [] }
      : money
        ? { kind: 'money', unit: money, noun: '', modifiers: [] }
        : whatIsCounted(sentence, text, m.index, end, qualifier);
    if (!what) continue;
    const start = sentence.start + (qualifier && /^(?:only|just|exactly)$/i.test(qualifier) ? numAt : m.index);
    const stop = sentence.start + end;
    out.push({
      start,
      end: stop,
      text: text.slice(start - sentence.start, stop - sentence.start),
      ...what,
      value: parsed.value,
      ...widen(parsed, qualifier, what.kind === 'percent'),
    });
  }
  ORDINAL.lastIndex = 0;
  while ((m = ORDINAL.exec(text))) {
    const [whole, word, noun] = m;
    if (inDate(m.index, m.index + whole.length)) continue;
    const value = ORDINAL_WORDS[word.toLowerCase()] ?? parseInt(word, 10);
    const unit = stem(noun);
    if (!value || NOT_COUNTED.has(unit) || MEASURES[noun.toLowerCase()] || value === 1) continue;
    const start = sentence.start + m.index;
    out.push({ start, end: start + word.length, text: word, kind: 'ordinal', unit, noun, modifiers: [], value, lo: value, hi: value, qualifier: 'exact' });
  }
  return out.sort((a, b) => a.start - b.start);
}

const memo = new Memo<{ base: number; quantities: Quantity[] }>(2 * MB, 16);

/** Quantities of one sentence (memoised by sentence text and publication date). */
export function sentenceQuantities(sentence: Sentence, published: string | undefined): Quantity[] {
  const key = `${published ?? ''}\u0000${sentence.text}`;
  const hit = memo.get(key);
  if (hit) {
    const by = sentence.start - hit.base;
    return by ? hit.quantities.map((q) => ({ ...q, start: q.start + by, end: q.end + by })) : hit.quantities;
  }
  const quantities = quantitiesOf(sentence, published);
  memo.set(key, { base: sentence.start, quantities });
  return quantities;
}

export const overlaps = (a: { lo: number; hi: number }, b: { lo: number; hi: number }) => a.lo <= b.hi && b.lo <= a.hi;

/** The figure itself, as precise as it is written, without its qualifier. */
const figureRange = (q: Quantity) => ({ lo: q.value * (1 - roundness(q.value)), hi: q.value * (1 + roundness(q.value)) });

/**
 * Two figures for the same thing that cannot both hold. The same bound on both sides ("more than 30
 * years" and "more than 20 years", "nearly 30" and "nearly 20") is one figure copied two ways, so the
 * figures themselves must agree; otherwise their ranges must meet.
 */
export function contradicts(a: Quantity, b: Quantity): boolean {
  const bounded = (q: Quantity) => (q.qualifier === 'min' || q.qualifier === 'max') && Number.isFinite(q.hi) && q.lo > 0;
  if (a.qualifier === b.qualifier && bounded(a) && bounded(b)) return !overlaps(figureRange(a), figureRange(b));
  return !overlaps(a, b);
}
