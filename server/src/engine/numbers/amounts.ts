// Amounts: a number as written ("158,000", "two dozen", "$1.2 million", "10 to 20") read as the interval
// its wording allows. News copy states few figures to the unit: "about 200" is a range, "383,000" is
// precise to its last written digit, "more than 80,000" means above 80,000 but not a multiple of it (a
// writer with 800,000 in hand would say so), "as many as 806" means it reached about 806. How wide each
// range is follows the figure's precision: the more significant digits a writer gives, the narrower.

export type Qualifier = 'exact' | 'approx' | 'min' | 'max' | 'vague' | 'range';

export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, mn: 1e6, bn: 1e9, k: 1e3 };
export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
};

const WORD = Object.keys(NUMBER_WORDS).join('|');
const NUM_CORE = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:${WORD})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)`;
const SCALE_RE = '(?:\\s*(?:hundred|thousand|million|billion|trillion)|(?:m|mn|bn|k)\\b)?';
export const QUALIFIER_RE =
  '(?:about|around|roughly|some|approximately|an estimated|estimated|nearly|almost|close to|more than|over|at least|fewer than|less than|under|up to|as many as|upwards of|just over|just under|well over|no fewer than|no more than|at most|only|just|exactly)';
const DOZEN = '(?:(?:a|one|two|three|four|five|half a)\\s+dozen|dozens|scores|hundreds|thousands|millions|tens of thousands|hundreds of thousands)';
export const AMOUNT_RE = `(?:${DOZEN}|(?:between\\s+)?[$£€]?${NUM_CORE}${SCALE_RE}(?:\\s*(?:-|–|to|and)\\s*[$£€]?${NUM_CORE}${SCALE_RE})?)`;

export interface Amount {
  lo: number;
  hi: number;
  value: number;
  vague?: boolean;
  range?: boolean;
  approx?: boolean;
}

function parseCore(raw: string): number | undefined {
  const w = raw.toLowerCase().trim();
  if (/^[\d,.]+$/.test(w)) {
    const v = parseFloat(w.replace(/,/g, ''));
    return Number.isFinite(v) ? v : undefined;
  }
  let value = 0;
  for (const p of w.split(/[- ]+/)) {
    if (NUMBER_WORDS[p] === undefined) return undefined;
    value += NUMBER_WORDS[p];
  }
  return value;
}

function scaled(raw: string): number | undefined {
  const m = /^(.+?)\s*(hundred|thousand|million|billion|trillion|m|mn|bn|k)?$/.exec(raw.trim());
  if (!m) return undefined;
  const core = parseCore(m[1]);
  if (core === undefined) return undefined;
  return core * (m[2] ? SCALES[m[2]] : 1);
}

/** The amount as written, without its qualifier ("two dozen", "$1.2 million", "between 10 and 20"). */
export function parseAmount(raw: string): Amount | undefined {
  const w = raw.toLowerCase().replace(/[$£€]/g, '').replace(/\s+/g, ' ').trim();
  const vague: Record<string, [number, number, number]> = {
    dozens: [24, 99, 36], scores: [20, 99, 40], hundreds: [200, 999, 300], thousands: [2000, 9999, 3000], millions: [2e6, 9.99e6, 3e6],
    'tens of thousands': [20000, 99999, 30000], 'hundreds of thousands': [200000, 999999, 300000],
  };
  if (vague[w]) return { lo: vague[w][0], hi: vague[w][1], value: vague[w][2], vague: true };
  const dozen = /^(a|one|two|three|four|five|half a) dozen$/.exec(w);
  if (dozen) {
    const v = dozen[1] === 'half a' ? 6 : 12 * (dozen[1] === 'a' ? 1 : NUMBER_WORDS[dozen[1]]);
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

/** Significant digits as written: 200 → 1, 150 → 2, 383,000 → 3, 36.56 → 4. */
export function significantDigits(v: number): number {
  const digits = String(v).replace(/^0\.0*|\./g, '').replace(/^0+/, '');
  return Math.max(1, Number.isInteger(v) ? digits.replace(/0+$/, '').length : digits.length);
}

/** How far a figure of this precision may stray under "about" (and how far "more than" reaches). */
const spread = (v: number, wide: number, mid: number, narrow: number) => {
  const s = significantDigits(v);
  return s <= 1 ? wide : s === 2 ? mid : narrow;
};

/** The interval an amount allows under its qualifier ("about", "more than", …); shares are not rounded. */
export function widen(p: Amount, qualifier: string | undefined, share = false): { lo: number; hi: number; qualifier: Qualifier } {
  if (p.vague) return { lo: p.lo, hi: p.hi, qualifier: 'vague' };
  const q = qualifier?.toLowerCase();
  const v = p.value;
  switch (q) {
    case 'about': case 'around': case 'roughly': case 'some': case 'approximately': case 'an estimated': case 'estimated': {
      const r = share ? 0.15 : spread(v, 0.25, 0.12, 0.04);
      return { lo: p.lo * (1 - r), hi: p.hi * (1 + r), qualifier: 'approx' };
    }
    case 'nearly': case 'almost': case 'close to': case 'just under': case 'as many as':
      return { lo: v * (1 - spread(v, 0.2, 0.1, 0.04)), hi: p.hi, qualifier: 'max' };
    case 'more than': case 'over': case 'upwards of': case 'just over': case 'well over':
      // Strictly above, and not by a multiple: "more than 80,000" is not how anyone writes 800,000.
      return { lo: p.lo * 1.0001, hi: p.hi * 2, qualifier: 'min' };
    case 'at least': case 'no fewer than':
      return { lo: p.lo, hi: Infinity, qualifier: 'min' };
    case 'fewer than': case 'less than': case 'under': case 'up to': case 'no more than': case 'at most':
      return { lo: 0, hi: p.hi, qualifier: 'max' };
    default: {
      if (p.range) return { lo: p.lo, hi: p.hi, qualifier: 'range' };
      const r = p.approx ? 0.2 : share ? 0 : roundness(v);
      return { lo: p.lo * (1 - r), hi: p.hi * (1 + r), qualifier: p.approx ? 'approx' : 'exact' };
    }
  }
}

/**
 * A round figure in news copy is already approximate ("200 missiles" is not a count to the unit); a
 * large figure written to several digits ("158,000") is precise to its last written digit.
 */
export function roundness(v: number): number {
  if (v >= 1000 && Number.isInteger(v)) {
    const zeros = /0*$/.exec(String(v))![0].length;
    const significant = String(v).length - zeros;
    if (significant >= 2) return (0.5 * 10 ** zeros) / v + 0.005;
    return 0.1;
  }
  if (v >= 100 && v % 100 === 0) return 0.1;
  if (v >= 50 && v % 10 === 0) return 0.05;
  return 0;
}
