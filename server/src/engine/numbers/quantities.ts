// Quantities: every number a sentence states, read as the interval its wording allows, with what it
// counts. Digits ("158,000 views"), number words ("three times", "two dozen"), money ("$50,000",
// "$1.2 million"), shares ("12%", "12 percent"), ages ("84-year-old", "aged 84"), ordinals ("his third
// term"), ranges ("between 10 and 20", "10 to 20") and the approximations and bounds news copy uses
// ("more than", "nearly", "roughly", "at least", "up to"). Years, dates and time spans are not counts.
import type { Sentence } from '../text/analyzed-text';
import { sentenceDates } from '../dates/document';
import { stem } from '../align/terms';
import { Memo, MB } from '../memo';

export type QuantityKind = 'count' | 'money' | 'percent' | 'age' | 'ordinal';

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
  qualifier: 'exact' | 'approx' | 'min' | 'max' | 'vague' | 'range';
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, mn: 1e6, bn: 1e9, k: 1e3 };
const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
};

const WORD = Object.keys(UNITS).join('|');
const NUM_CORE = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:${WORD})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)`;
const SCALE_RE = '(?:\\s*(?:hundred|thousand|million|billion|trillion)|(?:m|mn|bn|k)\\b)?';
const QUAL =
  '(?:about|around|roughly|some|approximately|an estimated|estimated|nearly|almost|close to|more than|over|at least|fewer than|less than|under|up to|as many as|upwards of|just over|just under|well over|no fewer than|no more than|at most|only|just|exactly)';
const DOZEN = '(?:(?:a|one|two|three|four|five|half a)\\s+dozen|dozens|scores|hundreds|thousands|millions|tens of thousands|hundreds of thousands)';
const AMOUNT = `(?:${DOZEN}|(?:between\\s+)?[$£€]?${NUM_CORE}${SCALE_RE}(?:\\s*(?:-|–|to|and)\\s*[$£€]?${NUM_CORE}${SCALE_RE})?)`;

/** qualifier? amount (percent)? */
const QUANTITY = new RegExp(`(?<![\\w$£€.,-])(?:(${QUAL})\\s+)?(${AMOUNT})(\\s*(?:%|percent\\b|per cent\\b|percentage points?\\b))?`, 'gi');
const ORDINAL = new RegExp(`\\b(${Object.keys(ORDINAL_WORDS).join('|')}|\\d+(?:st|nd|rd|th))\\s+(?:(?:straight|consecutive|full|-)\\s+)?([a-z]+)`, 'gi');

/** Nouns after a number that make it a time span, a measure or a piece of a date, not a count we compare. */
const NOT_COUNTED = new Set([
  'second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century', 'o\'clock', 'am', 'pm', 'a.m', 'p.m', 'of', 'and',
  'or', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'the', 'a', 'an', 'is', 'was', 'were', 'are', 'ha', 'had', 'have',
  'who', 'that', 'which', 'percent', 'per', 'point', 'mile', 'kilometer', 'kilometr', 'meter', 'metr', 'feet', 'foot', 'inch',
  'degre', 'pound', 'ton', 'tonn', 'gallon', 'litr', 'liter',
]);

/** Capitalised words a count may follow at the start of a sentence. */
const OPENERS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'By', 'Of', 'For', 'All', 'Only', 'Just', 'About', 'Nearly', 'Some', 'With', 'After', 'Before', 'Since', 'And', 'But']);

function parseCore(raw: string): number | undefined {
  const w = raw.toLowerCase().trim();
  if (/^[\d,.]+$/.test(w)) {
    const v = parseFloat(w.replace(/,/g, ''));
    return Number.isFinite(v) ? v : undefined;
  }
  let value = 0;
  for (const p of w.split(/[- ]+/)) {
    if (UNITS[p] === undefined) return undefined;
    value += UNITS[p];
  }
  return value;
}

function parseAmount(raw: string): { lo: number; hi: number; value: number; vague?: boolean; range?: boolean; approx?: boolean } | undefined {
  const w = raw.toLowerCase().replace(/[$£€]/g, '').replace(/\s+/g, ' ').trim();
  const vague: Record<string, [number, number, number]> = {
    dozens: [24, 99, 36], scores: [20, 99, 40], hundreds: [200, 999, 300], thousands: [2000, 9999, 3000], millions: [2e6, 9.99e6, 3e6],
    'tens of thousands': [20000, 99999, 30000], 'hundreds of thousands': [200000, 999999, 300000],
  };
  if (vague[w]) return { lo: vague[w][0], hi: vague[w][1], value: vague[w][2], vague: true };
  const dozen = /^(a|one|two|three|four|five|half a) dozen$/.exec(w);
  if (dozen) {
    const v = dozen[1] === 'half a' ? 6 : 12 * (dozen[1] === 'a' ? 1 : UNITS[dozen[1]]);
    return { lo: v, hi: v, value: v, approx: true };
  }
  const single = /^between /.test(w) ? undefined : scaled(w);
  if (single !== undefined) return { lo: single, hi: single, value: single };
  const range = /^(?:between )?(.+?)\s*(?:-|–|\bto\b|\band\b)\s*(.+)$/.exec(w);
  if (range && /^between /.test(w) === /\band\b/.test(w)) {
    const scaleOf = (x: string) => /(?:hundred|thousand|million|billion|trillion|m|mn|bn|k)$/.exec(x)?.[0];
    let a = scaled(range[1]);
    const b = scaled(range[2]);
    // "10 to 20 million": the scale of the second number applies to the first.
    const sb = scaleOf(range[2]);
    if (a !== undefined && sb && !scaleOf(range[1])) a *= SCALES[sb];
    if (a !== undefined && b !== undefined && a < b) return { lo: a, hi: b, value: (a + b) / 2, range: true };
  }
  return undefined;
}

function scaled(raw: string): number | undefined {
  const m = /^(.+?)\s*(hundred|thousand|million|billion|trillion|m|mn|bn|k)?$/.exec(raw.trim());
  if (!m) return undefined;
  const core = parseCore(m[1]);
  if (core === undefined) return undefined;
  return core * (m[2] ? SCALES[m[2]] : 1);
}

function widen(p: { lo: number; hi: number; value: number; vague?: boolean; range?: boolean; approx?: boolean }, qualifier: string | undefined): Pick<Quantity, 'lo' | 'hi' | 'qualifier'> {
  if (p.vague) return { lo: p.lo, hi: p.hi, qualifier: 'vague' };
  const q = qualifier?.toLowerCase();
  const v = p.value;
  switch (q) {
    case 'about': case 'around': case 'roughly': case 'some': case 'approximately': case 'an estimated': case 'estimated':
      return { lo: p.lo * 0.75, hi: p.hi * 1.25, qualifier: 'approx' };
    case 'nearly': case 'almost': case 'close to': case 'just under':
      return { lo: v * 0.8, hi: p.hi, qualifier: 'max' };
    case 'more than': case 'over': case 'at least': case 'upwards of': case 'just over': case 'well over': case 'no fewer than':
      return { lo: p.lo, hi: Infinity, qualifier: 'min' };
    case 'fewer than': case 'less than': case 'under': case 'up to': case 'as many as': case 'no more than': case 'at most':
      return { lo: 0, hi: p.hi, qualifier: 'max' };
    default: {
      if (p.range) return { lo: p.lo, hi: p.hi, qualifier: 'range' };
      const r = p.approx ? 0.2 : roundness(v);
      return { lo: p.lo * (1 - r), hi: p.hi * (1 + r), qualifier: p.approx ? 'approx' : 'exact' };
    }
  }
}

/**
 * A round figure in news copy is already approximate ("200 missiles" is not a count to the unit); a
 * large figure written to several digits ("158,000") is precise to its last written digit.
 */
function roundness(v: number): number {
  if (v >= 1000 && Number.isInteger(v)) {
    const zeros = /0*$/.exec(String(v))![0].length;
    const significant = String(v).length - zeros;
    if (significant >= 2) return (0.5 * 10 ** zeros) / v + 0.005;
    return 0.1;
  }
  if (v >= 100 && v % 100 === 0) return 0.1;
  if (v >= 50 && v % 10 === 0) return 0.1;
  return 0;
}

/**
 * The counted noun after the amount (document offset `from`): the last noun of the noun phrase that
 * follows ("35 ballistic rockets at" → rockets, with the modifier "ballistic"), over "of (the)".
 */
function countedNoun(sentence: Sentence, from: number): { unit: string; noun: string; modifiers: string[] } | undefined {
  const tokens = sentence.tokens;
  let i = tokens.findIndex((t) => t.start >= from);
  if (i < 0) return undefined;
  if (tokens[i].text.toLowerCase() === 'of') {
    i++;
    if (tokens[i] && /^(?:the|these|those|their|its)$/i.test(tokens[i].text)) i++;
  }
  const phrase: { text: string; pos: string }[] = [];
  for (let n = 0; i < tokens.length && n < 4; i++, n++) {
    const t = tokens[i];
    if (!/^[\p{L}][\p{L}’'-]*$/u.test(t.text)) break;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN' && !(t.pos === 'VERB' && /ed$/.test(t.text) && n === 0)) break;
    phrase.push(t);
  }
  // The head: the last common noun of the run ("Argentine fishermen", "air defence systems").
  let h = -1;
  for (let k = phrase.length - 1; k >= 0; k--) if (phrase[k].pos === 'NOUN' && /^[a-z]/.test(phrase[k].text)) { h = k; break; }
  if (h < 0) return undefined;
  const noun = phrase[h].text;
  const unit = stem(noun);
  if (NOT_COUNTED.has(unit) || NOT_COUNTED.has(noun.toLowerCase())) return undefined;
  // Capitalised modifiers are names ("Argentine fishermen"): who, not what kind of thing is counted.
  const modifiers = phrase.slice(0, h).map((x) => x.text).filter((w) => !/^[A-Z]/.test(w)).map(stem);
  return { unit, noun, modifiers };
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
    const after = text.slice(end);
    let kind: QuantityKind = 'count';
    let unit: string | undefined;
    let noun = '';
    let modifiers: string[] = [];
    const money = /[$£€]/.exec(amount)?.[0];
    if (percent) {
      kind = 'percent';
      unit = /point/.test(percent) ? 'point' : '%';
    } else if (money) {
      kind = 'money';
      unit = money;
    } else {
      const age = /^-year-old\b|^\s+years?\s+old\b/.exec(after);
      if (age) {
        kind = 'age';
        unit = 'age';
      } else if (/\baged?\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) {
        kind = 'age';
        unit = 'age';
      } else {
        // "a 10-point lead", "two-thirds": compounds are not counts.
        if (/^-/.test(after) || /^\s*-\s*\w/.test(after)) continue;
        // "the two leaders", "their three children": things already known, not a reported count.
        if (!qualifier && /\b(?:the|these|those|its|their|his|her|our|both|all|first|last|next|other)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
        const counted = countedNoun(sentence, sentence.start + end);
        if (!counted) continue;
        unit = counted.unit;
        noun = counted.noun;
        modifiers = counted.modifiers;
      }
    }
    const start = sentence.start + (qualifier && /^(?:only|just|exactly)$/i.test(qualifier) ? numAt : m.index);
    const stop = sentence.start + end;
    out.push({
      start,
      end: stop,
      text: text.slice(start - sentence.start, stop - sentence.start),
      kind,
      unit,
      noun: kind === 'age' ? 'age' : noun,
      modifiers,
      value: parsed.value,
      ...widen(parsed, qualifier),
    });
  }
  ORDINAL.lastIndex = 0;
  while ((m = ORDINAL.exec(text))) {
    const [whole, word, noun] = m;
    if (inDate(m.index, m.index + whole.length)) continue;
    const value = ORDINAL_WORDS[word.toLowerCase()] ?? parseInt(word, 10);
    const unit = stem(noun);
    if (!value || NOT_COUNTED.has(unit) || value === 1) continue;
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
