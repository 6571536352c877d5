// The attribution model of a document (a draft or a reference): logical sentences with their cues
// and sources, and every direct quote with its speaker.
//
// wink's sentence splitter cuts `"Sorry, what did you say?" Austin asked.` after the closing mark; we
// re-join such speaker tails into one logical sentence. Paragraph work (tokens, cues) is memoised by
// the paragraph's text and its quote layout, so a keystroke re-reads only the paragraph it touched.
import type { AnalyzedText } from '../text/analyzed-text';
import { colonCue, findCues, isQuoteMark, makeSource, sentenceSubject, type Cue, type Source, type Tok } from './cues';
import { findQuoteSpans, type QuoteSpan } from './quote-marks';
import { contentStems } from './content';
import { colonIntroducer, colonParagraphSource, cueAfterQuote, embeddingSubject, personSubject, sentenceSpeaker, speechNounIntro, trailingTag } from './speaker-tags';
import { captionLine, marksSpeech, type ParagraphFacts } from './quote-kind';
import { MB, Memo } from '../memo';

export interface AttrSentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  /** Indices of the analysed (wink) sentences this logical sentence joins. */
  parts: number[];
  tokens: Tok[];
  cues: Cue[];
  /** The sentence says who says it (a report cue with or without a named source, or a hedge). */
  attributed: boolean;
  /** Hedged without a source ("reportedly", "is said to"). */
  hedged: boolean;
  /** Share of its words inside quotation marks. */
  quoteShare: number;
  heading: boolean;
}

export type SpeakerBasis =
  | 'tag' // "…," she said / she said: "…"
  | 'sentence' // a cue in the same sentence (partial quotes)
  | 'subject' // the subject of a hedged sentence
  | 'paragraph' // a cue or tagged quote elsewhere in the paragraph
  | 'continued' // a quote running on across paragraphs
  | 'previous-paragraph' // a quote-only paragraph after a paragraph with a speaker
  | 'fallback'; // a guess: nearby speaker (facts only; rules treat it as unattributed)

export interface Quote extends QuoteSpan {
  /** The quote as written, marks included. */
  text: string;
  /** The quoted words. */
  inner: string;
  /** Logical sentence (index into model.sentences) where the quote opens. */
  sentence: number;
  words: number;
  shape: 'full' | 'partial' | 'scare';
  speaker: Source | null;
  /** A pronoun speaker resolved to a name, when obvious. */
  speakerName?: string;
  basis: SpeakerBasis | null;
  /** A reader can tell who is speaking. */
  clear: boolean;
  heading: boolean;
  /** The marks quote someone's words (not a title, a subject line, a slogan on a sign, a caption). */
  speech: boolean;
  /**
   * A quote-only paragraph taken as the previous paragraph's speaker going on (basis 'previous-paragraph', only
   * by position): the speaker's quote it continues, null when the speaker was reported without one.
   */
  carried?: { innerStart: number; innerEnd: number } | null;
}

export interface AttributionModel {
  sentences: AttrSentence[];
  quotes: Quote[];
}

interface ParagraphAnalysis {
  sentences: { parts: number[]; start: number; end: number; tokens: Tok[]; cues: Cue[] }[];
}

const memo = new Memo<ParagraphAnalysis>(4 * MB, 64);

const WORD = /[\p{L}\p{N}]/u;

function shiftTok(t: Tok, d: number): Tok {
  return { ...t, start: t.start + d, end: t.end + d };
}
function shiftSource(s: Source | null, d: number): Source | null {
  return s ? { ...s, start: s.start + d, end: s.end + d } : null;
}

/**
 * A memoised sentence's tokens and cues at document offsets: kept per sentence with the paragraph start they
 * were placed at, so a keystroke copies only the paragraphs it moved (those after the edit), not every
 * token of the draft. Shared between models: read only.
 */
const placedAt = new WeakMap<ParagraphAnalysis['sentences'][number], { base: number; tokens: Tok[]; cues: Cue[] }>();

function placed(rs: ParagraphAnalysis['sentences'][number], base: number): { tokens: Tok[]; cues: Cue[] } {
  const hit = placedAt.get(rs);
  if (hit && hit.base === base) return hit;
  const value = {
    base,
    tokens: rs.tokens.map((t) => shiftTok(t, base)),
    cues: rs.cues.map((c) => ({ ...c, start: c.start + base, end: c.end + base, source: shiftSource(c.source, base) })),
  };
  placedAt.set(rs, value);
  return value;
}

/** Tokens, logical sentences and cues of one paragraph, offsets relative to the paragraph start. */
function analyzeParagraph(
  paragraphText: string,
  /** The paragraph's wink sentences relative to its start: built only when the memo misses. */
  relativeSentences: () => { start: number; end: number; tokens: { start: number; end: number; text: string; pos: string }[] }[],
  quotes: [number, number][],
  heading: boolean,
): ParagraphAnalysis {
  const key = `${heading ? 'h' : 'p'}${quotes.map((q) => q.join(',')).join(';')}\u0000${paragraphText}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const winkSentences = relativeSentences();
  const inQuote = insideAny(quotes);
  const toks = winkSentences.map((ws) =>
    ws.tokens
      .filter((t) => t.pos !== 'SPACE' && t.text.trim())
      .map((t): Tok => ({ start: t.start, end: t.end, text: t.text, lower: t.text.toLowerCase(), pos: t.pos, inQuote: inQuote(t.start, t.end) })),
  );
  // Re-join speaker tails: `“…?”` + `Austin asked.`
  const groups: number[][] = [];
  for (let k = 0; k < toks.length; k++) {
    const prev = groups[groups.length - 1];
    if (prev && isTail(toks[prev[prev.length - 1]], toks[k], paragraphText)) prev.push(k);
    else groups.push([k]);
  }
  const sentences = groups
    .map((parts) => {
      const tokens = parts.flatMap((k) => toks[k]);
      return { parts, start: winkSentences[parts[0]].start, end: winkSentences[parts[parts.length - 1]].end, tokens, cues: [] as Cue[] };
    })
    .filter((s) => s.tokens.length);
  for (const s of sentences) {
    s.cues = findCues(s.tokens, paragraphText, 0);
    const colon = colonCue(s.tokens, paragraphText, 0);
    if (colon && !s.cues.some((c) => c.at < colon.at)) s.cues.unshift(colon);
  }
  const result = { sentences };
  memo.set(key, result);
  return result;
}

/** A test "is [s, e) inside one of these ranges", by binary search over the ranges sorted by start
 *  (the maximum end so far makes it exact for overlapping ranges too): a long paragraph of quotes
 *  must not cost tokens × quotes. */
function insideAny(ranges: [number, number][]): (s: number, e: number) => boolean {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const maxEnd: number[] = [];
  for (const [, b] of sorted) maxEnd.push(Math.max(b, maxEnd[maxEnd.length - 1] ?? -Infinity));
  return (s, e) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid][0] <= s) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && maxEnd[last] >= e;
  };
}

/** Does wink sentence `b` continue `a` as a speaker tail (`“…?”` + `Austin asked.`)? */
function isTail(a: Tok[], b: Tok[], text: string): boolean {
  if (!a.length || !b.length) return false;
  const last = a[a.length - 1];
  const beforeLast = a[a.length - 2];
  if (!isQuoteMark(last) || !beforeLast || !/^[?!.…,—-]+$/.test(beforeLast.text)) return false;
  if (b[0].inQuote || isQuoteMark(b[0])) return false;
  // Lower-case continuation: `“Really?” she asked.`
  if (/^[a-z]/.test(b[0].text)) return true;
  // A tail is short and names the speaker around a reporting verb at its start.
  const cues = findCues(b, text, 0);
  return cues.some((c) => {
    if (c.role === 'hedge' || !c.source) return false;
    if (c.order === 'after') return c.at === 0;
    const src = c.source;
    return b[0].start === src.start && c.at <= 10;
  });
}

export function buildAttributionModel(doc: AnalyzedText & { prose?: string; title?: string }): AttributionModel {
  const prose = doc.prose ?? doc.text;
  const spans = findQuoteSpans(prose, doc.paragraphs);
  const sentences: AttrSentence[] = [];
  const bySpanParagraph = new Map<number, QuoteSpan[]>();
  for (const s of spans) {
    const list = bySpanParagraph.get(s.paragraph) ?? [];
    list.push(s);
    bySpanParagraph.set(s.paragraph, list);
  }
  for (const p of doc.paragraphs) {
    const base = p.start;
    const pSpans = (bySpanParagraph.get(p.index) ?? []).filter((s) => !s.nested);
    const rel = analyzeParagraph(
      prose.slice(p.start, p.end),
      () => p.sentences.map((s) => ({ start: s.start - base, end: s.end - base, tokens: s.tokens.map((t) => ({ ...t, start: t.start - base, end: t.end - base })) })),
      pSpans.map((s) => [s.innerStart - base, s.innerEnd - base]),
      p.heading,
    );
    for (const rs of rel.sentences) {
      const { tokens, cues } = placed(rs, base);
      const words = tokens.filter((t) => WORD.test(t.text));
      const quoted = words.filter((t) => t.inQuote).length;
      const hedged = cues.some((c) => c.role === 'hedge');
      sentences.push({
        index: sentences.length,
        paragraph: p.index,
        start: rs.start + base,
        end: rs.end + base,
        parts: rs.parts.map((k) => p.sentences[k].index),
        tokens,
        cues,
        attributed: cues.some((c) => (c.role === 'report' && c.source) || c.role === 'hedge'),
        hedged,
        quoteShare: words.length ? quoted / words.length : 0,
        heading: p.heading,
      });
    }
  }
  const quotes = buildQuotes(doc, prose, spans, sentences);
  resolveSpeakers(doc, quotes, sentences);
  return { sentences, quotes };
}

function sentenceAt(sentences: AttrSentence[], offset: number): number {
  // Binary search: the last sentence starting at or before offset.
  let lo = 0;
  let hi = sentences.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

function buildQuotes(doc: AnalyzedText, prose: string, spans: QuoteSpan[], sentences: AttrSentence[]): Quote[] {
  const quotes: Quote[] = [];
  if (!sentences.length) return quotes;
  // What marksSpeech needs of a paragraph, worked out once per paragraph rather than once per quote in it.
  const paragraphs = new Map<number, ParagraphFacts>();
  const paragraphFacts = (index: number): ParagraphFacts => {
    let facts = paragraphs.get(index);
    if (!facts) {
      const text = prose.slice(doc.paragraphs[index].start, doc.paragraphs[index].end);
      facts = { text, caption: captionLine(text) };
      paragraphs.set(index, facts);
    }
    return facts;
  };
  for (const span of spans) {
    if (span.nested) continue;
    const inner = doc.text.slice(span.innerStart, span.innerEnd);
    if (!inner.trim()) continue;
    const si = sentenceAt(sentences, span.innerStart);
    const sentence = sentences[si];
    const words = (inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;
    const innerTrim = inner.trim();
    const endsSentence = /[.?!…,]$/.test(innerTrim) || (/[.?!]$/.test(prose.slice(span.end, span.end + 1)) && words > 3);
    let hasVerb = false;
    for (let k = firstTokenFrom(sentence.tokens, span.innerStart); k < sentence.tokens.length && sentence.tokens[k].start < span.innerEnd && !hasVerb; k++) {
      const t = sentence.tokens[k];
      hasVerb = t.inQuote && t.end <= span.innerEnd && (t.pos === 'VERB' || t.pos === 'AUX');
    }
    let shape: Quote['shape'];
    const before = textBefore(prose, sentence.start, span.start);
    const opensSentence = !before || /[:,—–-]$/.test(before) || /^[\p{Lu}]/u.test(innerTrim) && /(^|\s)(said|says|asked|added|told|wrote|stated|explained|insisted|warned|that)\W*$/i.test(before);
    if (words <= 2 && !opensSentence) shape = 'scare';
    else if (words <= 2 && !endsSentence && !hasVerb) shape = 'scare';
    else if (words <= 3 && !hasVerb && !opensSentence && span.kind === 'single') shape = 'scare';
    else if ((opensSentence && (/^[\p{Lu}\d[(]/u.test(innerTrim) || span.continued)) || (span.continued && !before)) shape = 'full';
    else shape = 'partial';
    quotes.push({
      ...span,
      text: doc.text.slice(span.start, span.end),
      inner,
      sentence: si,
      words,
      shape,
      speaker: null,
      basis: null,
      clear: false,
      heading: sentence.heading,
      speech: marksSpeech(inner, before, paragraphFacts(span.paragraph)),
    });
  }
  return quotes;
}

/** How many sentences a speaker is looked for around a quote. News paragraphs have a handful; the
 *  window keeps a paragraph of thousands of quotes from costing quotes × sentences. */
const SPEAKER_WINDOW = 40;

/** The first token starting at or after `offset` (tokens are in text order). */
function firstTokenFrom(tokens: Tok[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence's text before a quote, trimmed: at most its last few words (all the shape tests read),
 *  so a sentence of thousands of quotes does not slice and scan its whole length per quote. */
function textBefore(prose: string, from: number, to: number): string {
  const WINDOW = 160;
  if (to - from <= WINDOW) return prose.slice(from, to).trim();
  const tail = prose.slice(to - WINDOW, to);
  // Start at a word boundary so a cut word cannot pass for a reporting verb.
  const cut = tail.search(/\s/);
  const trimmed = (cut < 0 ? tail : tail.slice(cut)).trim();
  return trimmed || prose.slice(from, to).trim();
}

const onlyPunct = (s: string) => /^[\s,:;—–\-.…]*$/.test(s);

/** The speaker tag attached right after or right before a quote. */
function tagFor(q: Quote, s: AttrSentence, text: string): Source | null {
  // After: “…,” she said / “…,” said Singh / “…?” Austin asked
  for (const c of s.cues) {
    if (!c.source || c.role === 'hedge') continue;
    if (c.start < q.end) continue;
    const first = Math.min(c.start, c.source.start);
    if (first >= q.end && onlyPunct(text.slice(q.end, first))) return c.source;
  }
  // Before: she said: “…” / according to X, “…” / X told Y, “…”
  for (let k = s.cues.length - 1; k >= 0; k--) {
    const c = s.cues[k];
    if (!c.source || c.role === 'hedge') continue;
    const last = Math.max(c.end, c.source.end);
    if (last > q.start) continue;
    const gap = text.slice(last, q.start);
    if (onlyPunct(gap) || /^[\s,]*(that|as|in a statement|in an interview|on \w+)?[\s,:]*$/i.test(gap)) return c.source;
  }
  return null;
}

function cueDistance(c: Cue, q: Quote): number {
  return c.end <= q.start ? q.start - c.end : c.start >= q.end ? c.start - q.end : 0;
}

/** The last speaker named in a sentence; `quotes` are the sentence's own quotes (callers pass only those, to stay linear). */
function lastSpeakerOf(s: AttrSentence, quotes: Quote[], text: string): Source | null {
  let best: { at: number; src: Source } | null = null;
  for (const c of s.cues) if (c.source && c.role === 'report' && (!best || c.start > best.at)) best = { at: c.start, src: c.source };
  for (const q of quotes) if (q.sentence === s.index && q.speaker && q.basis !== 'fallback' && (!best || q.start > best.at)) best = { at: q.start, src: q.speaker };
  return best?.src ?? sentenceSpeaker(s, text);
}

function resolveSpeakers(doc: AnalyzedText, quotes: Quote[], sentences: AttrSentence[]): void {
  const text = doc.text;
  const set = (q: Quote, src: Source | null, basis: SpeakerBasis, clear = true) => {
    if (!src) return false;
    q.speaker = src;
    q.basis = basis;
    q.clear = clear;
    return true;
  };
  const sentencesOfParagraph = new Map<number, AttrSentence[]>();
  for (const s of sentences) {
    const list = sentencesOfParagraph.get(s.paragraph) ?? [];
    list.push(s);
    sentencesOfParagraph.set(s.paragraph, list);
  }
  // Quotes by sentence and by paragraph: every look-up below is local, never a scan of all quotes.
  const quotesOfSentence = new Map<number, Quote[]>();
  const quotesOfParagraph = new Map<number, Quote[]>();
  for (const q of quotes) {
    for (const [index, key] of [[quotesOfSentence, q.sentence], [quotesOfParagraph, q.paragraph]] as const) {
      const list = index.get(key) ?? [];
      list.push(q);
      index.set(key, list);
    }
  }
  const inSentence = (s: AttrSentence) => quotesOfSentence.get(s.index) ?? [];
  const subjects = new Map<number, [number, number] | null>();
  const subjectOf = (s: AttrSentence) => {
    if (!subjects.has(s.index)) subjects.set(s.index, sentenceSubject(s.tokens));
    return subjects.get(s.index)!;
  };

  // Pass 1: the quote's own tag, then cues in its sentence.
  for (const q of quotes) {
    const s = sentences[q.sentence];
    if (set(q, tagFor(q, s, text), 'tag')) continue;
    // A quote spanning several wink sentences: its tag may sit in a later logical sentence of the paragraph.
    const endSentence = sentences[sentenceAt(sentences, Math.max(q.innerStart, q.innerEnd - 1))];
    if (endSentence !== s && endSentence.paragraph === q.paragraph && set(q, tagFor(q, endSentence, text), 'tag')) continue;
    // A tag with any verb after the quote, in its sentence or in the tail the splitter cut off after it.
    const tail = sentences[endSentence.index + 1];
    const tailAfter = tail && tail.paragraph === q.paragraph && !text.slice(q.end, tail.start).trim() ? tail : undefined;
    if (set(q, trailingTag(q, endSentence, text) ?? (tailAfter ? trailingTag(q, tailAfter, text) : null), 'tag')) continue;
    // The matrix clause's cue: the first one before the quote, else the nearest after it.
    const cues = s.cues.filter((c) => c.source && c.role !== 'hedge');
    const before = cues.filter((c) => c.end <= q.start && c.source!.end <= q.start);
    const pick = before[0] ?? cues.sort((a, b) => cueDistance(a, q) - cueDistance(b, q))[0];
    if (pick && set(q, pick.source, 'sentence')) continue;
    // A quote the sentence introduces with a colon: "Singh struck a conciliatory tone: “…”" — its subject speaks.
    if (set(q, colonIntroducer(q, s, text), 'sentence')) continue;
    if (set(q, speechNounIntro(q, s, text), 'sentence')) continue;
    if (q.shape !== 'full' && set(q, embeddingSubject(q, s, text), 'subject')) continue;
    // A reporting verb or a noun of speech whose subject the cue reader missed (a long apposition, "who tweeted").
    if (s.cues.some((c) => c.role !== 'hedge' && c.end <= q.start) && set(q, sentenceSpeaker(s, text), 'sentence')) continue;
    // The quote spans several sentences and the one it ends in has the cue (`“…. He is set to pivot” from A to B, said a strategist`).
    if (endSentence !== s && endSentence.paragraph === q.paragraph) {
      if (set(q, cueAfterQuote(q, endSentence, text), 'sentence')) continue;
    }
    if (q.shape !== 'full' && s.cues.some((c) => c.role === 'hedge')) {
      const subj = subjectOf(s);
      if (subj && set(q, makeSource(s.tokens, subj[0], subj[1], text), 'subject')) continue;
    }
  }

  // Pass 2: elsewhere in the paragraph. Tag and sentence speakers are final after pass 1: the first
  // two per sentence are all the sibling look-up needs.
  const anchors = new Map<number, Quote[]>();
  for (const x of quotes) {
    if (!x.speaker || (x.basis !== 'tag' && x.basis !== 'sentence')) continue;
    const list = anchors.get(x.sentence) ?? [];
    if (list.length < 2) list.push(x);
    anchors.set(x.sentence, list);
  }
  for (const q of quotes) {
    if (q.speaker) continue;
    const list = sentencesOfParagraph.get(q.paragraph) ?? [];
    // A paragraph's sentences are consecutive: the position is an offset, not a search.
    const pos = list.length && sentences[q.sentence].paragraph === q.paragraph ? q.sentence - list[0].index : -1;
    // Quote-led sentences that follow ("“…” “…,” she said"), then the nearest earlier speaker, then up to two later sentences.
    let found = false;
    for (let k = pos + 1; k < list.length && !found; k++) {
      if (list[k].quoteShare < 0.5) break;
      const later = inSentence(list[k]).find((x) => x.basis === 'tag');
      if (later) found = set(q, later.speaker, 'paragraph');
    }
    // Another quote in the same sentence with a speaker.
    if (!found) {
      const sibling = anchors.get(q.sentence)?.find((x) => x !== q);
      if (sibling) found = set(q, sibling.speaker, 'paragraph');
    }
    for (let k = pos - 1; k >= 0 && k >= pos - SPEAKER_WINDOW && !found; k--) found = set(q, lastSpeakerOf(list[k], inSentence(list[k]), text), 'paragraph');
    // The sentence right before is about a named person or "he"/"she": a quote-led sentence after it is theirs.
    if (!found && pos > 0 && sentences[q.sentence].quoteShare >= 0.5) found = set(q, personSubject(list[pos - 1], text), 'paragraph');
    for (let k = pos + 1; k < list.length && k <= pos + 2 && !found; k++) {
      const c = list[k].cues.find((x) => x.source && x.role !== 'hedge');
      if (c) found = set(q, c.source, 'paragraph');
    }
  }

  // Pass 3: quotes that run on across paragraphs share one speaker.
  for (let i = 0; i < quotes.length; i++) {
    const chain: Quote[] = [quotes[i]];
    while (chain[chain.length - 1].continues) {
      const nextSeg = quotesOfParagraph.get(chain[chain.length - 1].paragraph + 1)?.find((x) => x.continued);
      if (!nextSeg) break;
      chain.push(nextSeg);
    }
    if (chain.length < 2) continue;
    const withSpeaker = chain.find((x) => x.basis === 'tag') ?? chain.find((x) => x.speaker);
    if (withSpeaker) for (const x of chain) if (!x.speaker || x.basis === 'paragraph') set(x, withSpeaker.speaker, x === withSpeaker ? x.basis! : 'continued');
    i += chain.length - 1;
  }

  // Pass 3b: a paragraph after one that ends with a colon is the introduced source's text ("Reuters reported:").
  for (const q of quotes) {
    if (q.speaker || q.heading) continue;
    const prevList = sentencesOfParagraph.get(q.paragraph - 1);
    const last = prevList?.[prevList.length - 1];
    if (last && !last.heading) set(q, colonParagraphSource(last, text), 'previous-paragraph');
  }

  const prevList = (p: number) => sentencesOfParagraph.get(p) ?? [];
  // Pass 4: a quote-only paragraph after a paragraph with a speaker ("“…,” the sources said." ⏎ "“…”").
  for (const q of quotes) {
    if (q.speaker || q.heading || q.shape !== 'full') continue;
    const list = sentencesOfParagraph.get(q.paragraph) ?? [];
    if (list.some((s) => s.cues.some((c) => c.source && c.role !== 'hedge'))) continue;
    // The paragraph before, or the one before that when the one in between quotes nobody. A photo caption
    // between the speaker's paragraph and the quote is skipped (a caption is not prose: it breaks no run of speech).
    let src: Source | null = null;
    let back = 0;
    let prose = 0;
    for (let k = 1; prose < 2 && k <= 2 + MAX_CAPTIONS && !src; k++) {
      const prevList = sentencesOfParagraph.get(q.paragraph - k);
      if (!prevList?.length || prevList[0].heading) break;
      back = k;
      const para = doc.paragraphs[q.paragraph - k];
      if (k <= MAX_CAPTIONS && prose === 0 && captionLine(text.slice(para.start, para.end))) continue;
      prose++;
      for (let j = prevList.length - 1; j >= 0 && j >= prevList.length - SPEAKER_WINDOW && !src; j--) src = lastSpeakerOf(prevList[j], inSentence(prevList[j]), text);
      if (!src && (quotesOfParagraph.has(q.paragraph - k) || prevList.some((x) => x.cues.some((c) => c.source && c.role === 'report')))) break;
    }
    if (!src) continue;
    const prevPara = doc.paragraphs[q.paragraph - 1];
    const speakerPara = doc.paragraphs[q.paragraph - back];
    const between = text.slice(speakerPara.start, speakerPara.end);
    const introduced = (back === 1 && /:\s*$/.test(text.slice(prevPara.start, prevPara.end))) || /:\s*$/.test(text.slice(sentences[q.sentence].start, q.start));
    // Reported speech then the quote ("Vik said the ferries would stop." ⏎ "“…”"): the quote carries on what was reported.
    const reported = back === 1 && reportsWithoutQuote(prevList(q.paragraph - 1), quotes);
    const quoteLed = list[0] && list[0].start >= q.start - 1 && list.every((s) => s.quoteShare >= 0.5);
    // The reader takes it as the same speaker when it goes on about the same things, or speaks in the first person.
    const cohesive = sharesContent(q.inner, between) || /\b(I|I'm|I’m|I've|I’ve|we|We|we're|we’re|We're|We’re|my|My|our|Our|me|us)\b/.test(q.inner) || /^\s*(And|But|So|Or)\b/.test(q.inner);
    const clear = introduced || (quoteLed && (cohesive || reported));
    set(q, src, 'previous-paragraph', clear);
    // A quote-only paragraph right after the paragraph that quotes or paraphrases a speaker (captions aside) goes
    // on with that speaker's words: "“…,” Vik said." ⏎ "“…”" is how copy runs a quote on. The anchor is kept so
    // the rules can still question it when the references quote the speaker and not these words.
    if (!clear && quoteLed && prose === 1 && src.kind !== 'vague') {
      q.clear = true;
      q.carried = anchorQuote(quotesOfParagraph.get(q.paragraph - back) ?? [], src) ?? null;
    }
  }

  // Pass 5 (facts only): a guess from the sentence subject or the nearest speaker around.
  for (const q of quotes) {
    if (q.speaker) continue;
    const s = sentences[q.sentence];
    if (q.shape !== 'full') {
      const subj = subjectOf(s);
      if (subj) {
        const src = makeSource(s.tokens, subj[0], subj[1], text);
        if (src.kind !== 'pronoun' || src.text.toLowerCase() !== 'it') if (set(q, src, 'fallback', false)) continue;
      }
    }
    let src: Source | null = null;
    for (let k = q.sentence - 1; k >= 0 && k >= q.sentence - SPEAKER_WINDOW && !src && sentences[k].paragraph >= q.paragraph - 3; k--) {
      if (sentences[k].heading) break;
      src = lastSpeakerOf(sentences[k], inSentence(sentences[k]), text);
    }
    for (let k = q.sentence + 1; k < sentences.length && k <= q.sentence + SPEAKER_WINDOW && !src && sentences[k].paragraph <= q.paragraph + 1; k++) {
      const c = sentences[k].cues.find((x) => x.source && x.role !== 'hedge');
      if (c) src = c.source;
    }
    set(q, src, 'fallback', false);
  }

  // Pronoun speakers: the nearest earlier source or named subject, when there is one.
  for (const q of quotes) {
    if (!q.speaker || q.speaker.kind !== 'pronoun') continue;
    const name = resolvePronoun(q.speaker, sentences, text);
    if (name) q.speakerName = name;
  }
}

/** The nearest earlier non-pronoun source or sentence subject that is a person or body ("she" → "Sabrina Singh"). */
export function resolvePronoun(pronoun: Source, sentences: AttrSentence[], text: string): string | undefined {
  const p = pronoun.text.toLowerCase();
  if (p === 'i' || p === 'we' || p === 'you' || p === 'it') return undefined;
  const plural = p === 'they';
  const at = sentenceAt(sentences, pronoun.start);
  const fits = (src: Source) =>
    src.kind !== 'pronoun' &&
    src.end <= pronoun.start &&
    (plural || ((src.kind === 'named' || src.kind === 'anonymous') && (src.kind === 'named' || !/s$/i.test(src.text.split(/\s+(with|familiar|close|from|in|at|on|of)\s+/)[0]))));
  for (let k = at; k >= 0 && k >= at - SPEAKER_WINDOW && sentences[k].paragraph >= sentences[at].paragraph - 3; k--) {
    const s = sentences[k];
    const candidates: Source[] = [];
    for (const c of s.cues) if (c.source && fits(c.source)) candidates.push(c.source);
    const subj = sentenceSubject(s.tokens);
    if (subj) {
      const src = makeSource(s.tokens, subj[0], subj[1], text);
      if (fits(src) && src.speaker && (src.kind === 'named' || src.kind === 'anonymous' || src.kind === 'office')) candidates.push(src);
    }
    candidates.sort((a, b) => b.start - a.start);
    if (candidates.length) return candidates[0].kind === 'named' ? candidates[0].name : candidates[0].text;
  }
  return undefined;
}

/** Captions skipped between a speaker's paragraph and a quote-only paragraph that continues it. */
const MAX_CAPTIONS = 2;

/** The quote of the speaker's paragraph that gave the speaker (its last quote of that speaker), as its inner range. */
function anchorQuote(quotes: Quote[], src: Source): { innerStart: number; innerEnd: number } | undefined {
  for (let k = quotes.length - 1; k >= 0; k--) {
    const x = quotes[k];
    if (x.speaker === src || (x.speaker && x.speaker.start === src.start && x.speaker.end === src.end)) return { innerStart: x.innerStart, innerEnd: x.innerEnd };
  }
  return undefined;
}

/** The paragraph's last sentence reports speech (a cue with a source) and quotes nothing itself. */
function reportsWithoutQuote(list: AttrSentence[], quotes: Quote[]): boolean {
  const last = list[list.length - 1];
  if (!last || last.quoteShare > 0 || quotes.some((x) => x.sentence === last.index)) return false;
  return last.cues.some((c) => c.role === 'report' && !!c.source && c.source.kind !== 'vague');
}

/** Two texts share a content word (lexical cohesion between a quote and the paragraph before it). */
function sharesContent(a: string, b: string): boolean {
  const sa = new Set(contentStems(a));
  return contentStems(b).some((w) => sa.has(w));
}
