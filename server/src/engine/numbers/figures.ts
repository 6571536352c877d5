// Figures: counts of things in a sentence ("around two dozen missiles", "some 40 fishermen",
// "over 180 ballistic missiles"), each read as the interval its wording allows. Approximate wording
// widens the interval ("about 200" is 150–250), "over"/"more than" opens it upwards, "nearly" and
// "up to" close it from above. Time spans ("50 days") and shares ("12%") are not counts.
import type { Sentence, Token } from '../text/analyzed-text';
import { sentenceDates } from '../dates/document';
import type { DateMention } from '../dates/resolve';
import { kindAt, type EventKind } from '../events/lexicon';
import { namesIn, type Name } from '../events/participants';
import { MB, Memo } from '../memo';

export interface Figure {
  /** The quantity as written, qualifier included ("around two dozen"), with offsets into the document. */
  start: number;
  end: number;
  text: string;
  /** The counted noun, singular and lower case ("missile"). */
  unit: string;
  /** Words between the number and the noun ("ballistic", "Iranian"). */
  modifiers: string[];
  value: number;
  lo: number;
  hi: number;
  qualifier: 'exact' | 'approx' | 'min' | 'max' | 'vague';
  kind?: EventKind;
  participants: Name[];
  sentenceNames: Name[];
  dates: DateMention[];
  sentence: Sentence;
}

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };

const QUAL =
  '(about|around|roughly|some|approximately|an estimated|estimated|nearly|almost|close to|more than|over|at least|fewer than|less than|under|up to|as many as|upwards of|just over|just under|well over|no fewer than|no more than|at most)';
const NUM =
  "((?:a|one|two|three|four|half a)\\s+dozen|(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(?:hundred|thousand|million|billion))?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?:\\s+(?:hundred|thousand|million|billion))?|dozens|scores|hundreds|thousands|tens of thousands|a hundred|a thousand)";
const FIGURE = new RegExp(`\\b(?:${QUAL}\\s+)?${NUM}\\s+(?:of\\s+(?:the\\s+)?)?((?:[A-Za-z][\\w’'-]*\\s+){0,3}?)(people|children|men|women|police|personnel|aircraft|staff|[a-z]+men|[a-z]+s)\\b`, 'gi');

const NOT_UNITS = new Set([
  'days', 'weeks', 'months', 'years', 'hours', 'minutes', 'seconds', 'decades', 'centuries', 'times', 'percent', 'points',
  'ones', 'others', 'those', 'these', 'was', 'has', 'is', 'its', 'this', 'thus', 'as', 'us', 'yes', 'his', 'hers', 'theirs',
  'years-old', 'miles', 'kilometers', 'kilometres', 'meters', 'metres', 'feet', 'inches', 'degrees', 'percentages', 'votes',
]);

function parseNumber(raw: string): { value: number; vague?: [number, number]; approx?: boolean } | undefined {
  const w = raw.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'dozens') return { value: 36, vague: [24, 99] };
  if (w === 'scores') return { value: 40, vague: [20, 99] };
  if (w === 'hundreds') return { value: 300, vague: [200, 999] };
  if (w === 'thousands') return { value: 3000, vague: [2000, 9999] };
  if (w === 'tens of thousands') return { value: 30000, vague: [20000, 99999] };
  const dozen = /^(a|one|two|three|four|half a) dozen$/.exec(w);
  if (dozen) return { value: dozen[1] === 'half a' ? 6 : 12 * (WORDS[dozen[1]] ?? 1), approx: true };
  if (w === 'a hundred') return { value: 100, approx: true };
  if (w === 'a thousand') return { value: 1000, approx: true };
  const m = /^([\d,.]+)(?: (hundred|thousand|million|billion))?$/.exec(w);
  if (m) {
    const v = parseFloat(m[1].replace(/,/g, ''));
    return Number.isFinite(v) ? { value: v * (m[2] ? SCALE[m[2]] : 1) } : undefined;
  }
  const parts = w.split(/[- ]/);
  let value = 0;
  for (const p of parts) {
    if (SCALE[p]) value = (value || 1) * SCALE[p];
    else if (WORDS[p] !== undefined) value += WORDS[p];
    else return undefined;
  }
  return { value };
}

/** A round figure in news copy is already approximate ("200 missiles" is not a count to the unit). */
function roundness(v: number): number {
  if (v >= 100 && v % 100 === 0) return 0.1;
  if (v >= 50 && v % 10 === 0) return 0.1;
  return 0;
}

function interval(value: number, qualifier: string | undefined, parsed: { vague?: [number, number]; approx?: boolean }): Pick<Figure, 'lo' | 'hi' | 'qualifier'> {
  if (parsed.vague) return { lo: parsed.vague[0], hi: parsed.vague[1], qualifier: 'vague' };
  const q = qualifier?.toLowerCase();
  switch (q) {
    case 'about': case 'around': case 'roughly': case 'some': case 'approximately': case 'an estimated': case 'estimated':
      return { lo: value * 0.75, hi: value * 1.25, qualifier: 'approx' };
    case 'nearly': case 'almost': case 'close to': case 'just under':
      return { lo: value * 0.8, hi: value, qualifier: 'max' };
    case 'more than': case 'over': case 'at least': case 'upwards of': case 'just over': case 'well over': case 'no fewer than':
      return { lo: value, hi: Infinity, qualifier: 'min' };
    case 'fewer than': case 'less than': case 'under': case 'up to': case 'as many as': case 'no more than': case 'at most':
      return { lo: 0, hi: value, qualifier: 'max' };
    default: {
      const r = parsed.approx ? 0.2 : roundness(value);
      return { lo: value * (1 - r), hi: value * (1 + r), qualifier: parsed.approx ? 'approx' : 'exact' };
    }
  }
}

const singular = (w: string) => {
  const x = w.toLowerCase();
  if (x.endsWith('ies')) return `${x.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x)es$/.test(x)) return x.slice(0, -2);
  if (x.endsWith('s') && !x.endsWith('ss')) return x.slice(0, -1);
  return x;
};

function tokenAt(tokens: Token[], offset: number): number {
  for (let i = 0; i < tokens.length; i++) if (tokens[i].end > offset) return i;
  return tokens.length - 1;
}

const EXTRA_KINDS: Record<string, EventKind> = { wounded: 'death', injured: 'death', dead: 'death', detained: 'arrest', held: 'arrest' };

function figuresOf(sentence: Sentence, published: string | undefined): Figure[] {
  const out: Figure[] = [];
  const text = sentence.text;
  const dates = sentenceDates(sentence, published);
  let names: Name[] | undefined;
  FIGURE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIGURE.exec(text))) {
    const [whole, qualifier, num, mods, unitWord] = m;
    if (NOT_UNITS.has(unitWord.toLowerCase())) continue;
    const start = sentence.start + m.index;
    const numStart = sentence.start + m.index + whole.toLowerCase().indexOf(num.toLowerCase(), qualifier ? qualifier.length : 0);
    const numEnd = numStart + num.length;
    // Not a count: a year, part of a date, money, a share, a rank.
    if (dates.some((d) => d.start < numEnd && numStart < d.end)) continue;
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if (/[$£€#]\s*$/.test(before) || /^[a-z]/i.test(text[m.index - 1] ?? '')) continue;
    // "the two leaders", "their three children": a reference to known things, not a reported count
    if (!qualifier && /\b(?:the|these|those|its|their|his|her|our|both|all|first|last|next|other)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (/^\d{4}$/.test(num) && +num >= 1900 && +num <= 2100) continue;
    const parsed = parseNumber(num);
    if (!parsed || parsed.value <= 0) continue;
    const modifiers = mods.trim() ? mods.trim().split(/\s+/) : [];
    if (!unitWord.length || /^[A-Z]/.test(unitWord)) continue;
    if (modifiers.some((w) => /^(?:of|and|or|the|a|to|in|on|at|for|by|with|from|who|that|were|was|are|is|have|had)$/i.test(w))) continue;
    const tokens = sentence.tokens;
    const ti = tokenAt(tokens, numStart);
    const tj = tokenAt(tokens, sentence.start + m.index + whole.length - 1);
    // The event the figure belongs to: the nearest event word in the clause.
    let kind: EventKind | undefined;
    let best = Infinity;
    for (let i = ti - 1, n = 1; i >= 0 && n <= 8; i--, n++) {
      if (/^[;:—–()"“”]$/.test(tokens[i].text)) break;
      const k = kindAt(tokens, i) ?? EXTRA_KINDS[tokens[i].text.toLowerCase()];
      if (k) { kind = k; best = n; break; }
    }
    for (let i = tj + 1, n = 1; i < tokens.length && n <= 6; i++, n++) {
      if (/^[;:—–()"“”]$/.test(tokens[i].text)) break;
      const k = kindAt(tokens, i) ?? EXTRA_KINDS[tokens[i].text.toLowerCase()];
      if (k) { if (n < best) kind = k; break; }
    }
    names ??= namesIn(tokens);
    const from = Math.max(0, ti - 10);
    const to = Math.min(tokens.length - 1, tj + 8);
    out.push({
      start,
      end: start + whole.length - unitWord.length - mods.length,
      text: '',
      unit: singular(unitWord),
      // Capitalised modifiers are names (participants); the rest say what kind of thing is counted.
      modifiers: modifiers.filter((w) => !/^[A-Z]/.test(w)).map((w) => w.toLowerCase()),
      value: parsed.value,
      ...interval(parsed.value, qualifier, parsed),
      kind,
      participants: names.filter((n) => n.to - 1 >= from && n.from <= to),
      sentenceNames: names,
      dates,
      sentence,
    });
  }
  for (const f of out) {
    // The quantity phrase without the "of" or trailing space
    let end = f.end;
    while (end > f.start && /[\s]/.test(sentenceChar(sentence, end - 1))) end--;
    const phrase = sentence.text.slice(f.start - sentence.start, end - sentence.start).replace(/\s+of(?:\s+the)?$/i, '');
    f.end = f.start + phrase.length;
    f.text = phrase;
  }
  return out;
}

function sentenceChar(s: Sentence, offset: number): string {
  return s.text[offset - s.start] ?? '';
}

const memo = new Memo<{ base: number; sentence: Sentence; figures: Figure[] }>(2 * MB, 16);

/** Figures of one sentence (memoised by sentence text and publication date). */
export function sentenceFigures(sentence: Sentence, published: string | undefined): Figure[] {
  const key = `${published ?? ''}\u0000${sentence.text}`;
  const hit = memo.get(key);
  if (hit) {
    if (hit.sentence === sentence) return hit.figures;
    const by = sentence.start - hit.base;
    return hit.figures.map((f) => ({
      ...f,
      start: f.start + by,
      end: f.end + by,
      sentence,
      dates: f.dates.map((d) => ({ ...d, start: d.start + by, end: d.end + by })),
    }));
  }
  const figures = figuresOf(sentence, published);
  memo.set(key, { base: sentence.start, sentence, figures });
  return figures;
}

export function documentFigures(sentences: Sentence[], published: string | undefined): Figure[] {
  return sentences.flatMap((s) => sentenceFigures(s, published));
}
