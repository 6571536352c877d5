// Quotation marks → quote spans. Curly and straight double quotes, `` '' (typewriter style), « »,
// single quotes for nested quotes and for quotes in headlines and British-style copy. A quote left
// open at the end of a paragraph runs on when the next paragraph opens with a quotation mark (the
// news convention for a quote continued in the next paragraph).

export interface QuoteSpan {
  /** Offset of the opening mark (or of the paragraph start for a segment continued without one). */
  start: number;
  /** Offset after the closing mark (or the end of the quoted text when the quote runs on or is unterminated). */
  end: number;
  innerStart: number;
  innerEnd: number;
  paragraph: number;
  kind: 'double' | 'single';
  /** A quote inside another quote. */
  nested: boolean;
  /** The quote runs on into the next paragraph. */
  continues: boolean;
  /** This segment continues a quote from the previous paragraph. */
  continued: boolean;
  /** Closed by a matching mark. */
  closed: boolean;
}

type MarkKind = 'open' | 'close' | 'either';
interface Mark {
  at: number;
  len: number;
  kind: MarkKind;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:;,]/;

function doubleMarks(s: string): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\u201C' || c === '\u00AB' || c === '\u201E') marks.push({ at: i, len: 1, kind: 'open' });
    else if (c === '\u201D' || c === '\u00BB') marks.push({ at: i, len: 1, kind: 'close' });
    else if (c === '`' && s[i + 1] === '`') {
      marks.push({ at: i, len: 2, kind: 'open' });
      i++;
    } else if ((c === "'" || c === '\u2019') && s[i + 1] === c && !isWordChar(s[i + 2])) {
      // '' or ’’: a typewriter-style closing double quote.
      marks.push({ at: i, len: 2, kind: 'close' });
      i++;
    } else if (c === '"') {
      const p = s[i - 1];
      const n = s[i + 1];
      const openish = (p === undefined || OPEN_CONTEXT.test(p)) && !isSpace(n);
      const closeish = !isSpace(p) && (n === undefined || isSpace(n) || /[.,;:!?)\]\u2014\u2013\-'’]/.test(n));
      marks.push({ at: i, len: 1, kind: openish && !closeish ? 'open' : closeish && !openish ? 'close' : 'either' });
    }
  }
  return marks;
}

interface Pair {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  closed: boolean;
  /** Opened in an earlier paragraph. */
  carried: boolean;
  /** Left open at the paragraph end. */
  open: boolean;
}

/** Pair the double quotation marks of one paragraph. `carryIn`: the paragraph continues an open quote. */
function pairDoubles(s: string, carryIn: boolean): Pair[] {
  const pairs: Pair[] = [];
  let open: { at: number; len: number; carried: boolean } | null = null;
  const marks = doubleMarks(s);
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k];
    // A continued paragraph opens again with a mark: that mark re-opens the carried quote.
    if (k === 0 && carryIn && m.kind !== 'close' && !s.slice(0, m.at).trim()) {
      open = { at: m.at, len: m.len, carried: true };
      continue;
    }
    const kind = m.kind === 'either' ? (open ? 'close' : 'open') : m.kind;
    if (kind === 'open') {
      if (open) {
        // Two openings in a row: the first quote was never closed; end it before this one.
        const innerEnd = trimEnd(s, m.at);
        pairs.push({ start: open.at, end: innerEnd, innerStart: open.at + open.len, innerEnd, closed: false, carried: open.carried, open: false });
      }
      open = { at: m.at, len: m.len, carried: false };
    } else if (open) {
      pairs.push({ start: open.at, end: m.at + m.len, innerStart: open.at + open.len, innerEnd: m.at, closed: true, carried: open.carried, open: false });
      open = null;
    } else if (k === 0 && carryIn) {
      // A continued quote whose paragraph does not re-open with a mark but closes one.
      pairs.push({ start: leadingSpace(s), end: m.at + m.len, innerStart: leadingSpace(s), innerEnd: m.at, closed: true, carried: true, open: false });
    }
    // A stray closing mark otherwise: ignore it.
  }
  if (open) {
    const innerEnd = trimEnd(s, s.length);
    pairs.push({ start: open.at, end: innerEnd, innerStart: open.at + open.len, innerEnd, closed: false, carried: open.carried, open: true });
  }
  return pairs;
}

function leadingSpace(s: string): number {
  const m = /^\s*/.exec(s);
  return m ? m[0].length : 0;
}

function trimEnd(s: string, end: number): number {
  let e = end;
  while (e > 0 && isSpace(s[e - 1])) e--;
  return e;
}

function opensWithQuote(s: string): boolean {
  return /^\s*(\u201C|\u00AB|``|"|\u2018|')/.test(s);
}

interface SingleMark {
  at: number;
  kind: 'open' | 'close';
}

function singleMarks(s: string): SingleMark[] {
  const marks: SingleMark[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\u2018' && c !== '\u2019' && c !== "'") continue;
    if ((c === "'" || c === '\u2019') && (s[i + 1] === c || s[i - 1] === c)) continue; // part of '' or ’’ (a double close)
    const p = s[i - 1];
    const n = s[i + 1];
    const startOfWord = (p === undefined || /[\s([{\u2014\u2013\-/:"\u201C]/.test(p)) && isWordChar(n);
    const endOfWord = (isWordChar(p) || /[.,!?)\]]/.test(p ?? '')) && (n === undefined || /[\s.,;:!?)\]\u2014\u2013"\u201D]/.test(n));
    if (c === '\u2018' && !isSpace(n)) marks.push({ at: i, kind: 'open' });
    else if (startOfWord && c === "'") marks.push({ at: i, kind: 'open' });
    else if (endOfWord && !(isWordChar(p) && isWordChar(n))) marks.push({ at: i, kind: 'close' });
  }
  return marks;
}

/** Single-quoted spans inside [from, to) of s. `all`: singleMarks(s), computed once per paragraph. */
function pairSingles(s: string, from: number, to: number, all: SingleMark[] = singleMarks(s)): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  let first = 0;
  for (let hi = all.length; first < hi; ) {
    const mid = (first + hi) >> 1;
    if (all[mid].at < from) first = mid + 1;
    else hi = mid;
  }
  let last = first;
  while (last < all.length && all[last].at < to) last++;
  const marks = all.slice(first, last);
  // laterPunctClose[k]: a closing mark after punctuation follows mark k (one pass from the end, not one per mark).
  const laterPunctClose: boolean[] = new Array(marks.length + 1).fill(false);
  for (let k = marks.length - 1; k >= 0; k--) laterPunctClose[k] = laterPunctClose[k + 1] || (marks[k].kind === 'close' && /[,.!?]/.test(s[marks[k].at - 1]));
  marks.forEach((m, k) => {
    if (m.kind === 'open') open = m.at;
    else if (open >= 0 && m.at - open > 1 && m.at - open < 400) {
      // "the drivers' fault,' he said": a plural possessive before a word is not the close when a
      // later mark after punctuation is.
      const possessive = /^\s[a-z]/.test(s.slice(m.at + 1, m.at + 3)) && s[m.at - 1] === 's';
      if (possessive && laterPunctClose[k + 1]) return;
      out.push([open, m.at]);
      open = -1;
    }
  });
  return out;
}

/**
 * Quote spans of a document, in order. `paragraphs` are [start, end) ranges into `prose` (the text with
 * non-prose masked, same offsets as the document).
 */
export function findQuoteSpans(prose: string, paragraphs: { start: number; end: number }[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let carry = false;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const { start: base, end } = paragraphs[pi];
    const s = prose.slice(base, end);
    const pairs = pairDoubles(s, carry);
    carry = false;
    const next = paragraphs[pi + 1];
    const paragraphSpans: QuoteSpan[] = [];
    for (const p of pairs) {
      let continues = false;
      if (p.open && next && (opensWithQuote(prose.slice(next.start, next.end)) || doubleMarks(prose.slice(next.start, next.end))[0]?.kind === 'close')) {
        continues = true;
        carry = true;
      }
      paragraphSpans.push({
        start: base + p.start,
        end: base + p.end,
        innerStart: base + p.innerStart,
        innerEnd: base + p.innerEnd,
        paragraph: pi,
        kind: 'double',
        nested: false,
        continues,
        continued: p.carried,
        closed: p.closed,
      });
    }
    // Single quotes: nested inside double quotes, or primary quotes outside them.
    const regions: [number, number, boolean][] = [];
    let cursor = 0;
    for (const p of pairs) {
      if (p.start > cursor) regions.push([cursor, p.start, false]);
      regions.push([p.innerStart, p.innerEnd, true]);
      cursor = p.end;
    }
    if (cursor < s.length) regions.push([cursor, s.length, false]);
    const singles = singleMarks(s);
    for (const [from, to, nested] of regions) {
      for (const [o, c] of pairSingles(s, from, to, singles)) {
        paragraphSpans.push({
          start: base + o,
          end: base + c + 1,
          innerStart: base + o + 1,
          innerEnd: base + c,
          paragraph: pi,
          kind: 'single',
          nested,
          continues: false,
          continued: false,
          closed: true,
        });
      }
    }
    paragraphSpans.sort((a, b) => a.start - b.start);
    spans.push(...paragraphSpans);
  }
  return spans;
}
