// Posts a reference reproduces without quotation marks: an embedded tweet ("… — Name (@handle) May 5,
// 2019"), or a post or statement set after an introduction that ends in a colon ("In a series of
// tweets, he wrote:" / "Trump tweeted: …"). Their words are the speaker's own, so a draft that quotes
// them is held to them like any other quote.
import type { Corpus } from '../corpus/corpus';
import type { Reference } from '../corpus/reference';
import { referenceModel } from '../attribution/documents';
import { resolvePronoun, type AttrSentence } from '../attribution/model';

export interface PostSpan {
  /** Offsets in ref.text of the post's words. */
  start: number;
  end: number;
  /** Who posted it, when the reference names them. */
  speaker: string | null;
  /** The reference paragraph(s) it sits in, for evidence. */
  context: { start: number; end: number };
}

// "— Display Name (@handle) Month D, YYYY" closing an embedded tweet; HANDLE is the part right before the date.
const HANDLE = String.raw`\(@\w{1,30}\)`;
const SIGNATURE = new RegExp(String.raw`\s*[—–]\s*([^()\n—–]{2,80}?)\s*${HANDLE}\s*[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$`, 'u');
const BEFORE_STAMP = new RegExp(String.raw`${HANDLE}\s*$`, 'u');

/** Whether a date right after `textBefore` is the stamp of an embedded post's signature (when a page showed it). */
export function isPostStamp(textBefore: string): boolean {
  return BEFORE_STAMP.test(textBefore);
}
// Links and media a post ends with.
const TRAILING_LINKS = /(?:\s*(?:https?:\/\/\S+|pic\.twitter\.com\/\S+))+\s*$/u;
// An introduction: a posting or writing verb (or a post noun) and then a colon.
const INTRO = /\b(?:tweet(?:ed|s)?|wrote|writes|written|post(?:ed|s)?|statement|message|letter|email)\b[^:"“”]{0,80}:\s*$/iu;
// The same within a sentence, with the post after the colon.
const INLINE = /\b(?:tweeted|wrote|posted|writes|tweets)\b[^:"“”.]{0,60}:\s+(?=[\p{Lu}@#])/u;
// A post that quotes someone by name first ("Mike Lee: I sometimes…", ".@handle: …"): not the poster's words.
const NAME_PREFIX = /^\.?(?:@\w+|\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}):\s*/u;
const QUOTE_MARK = /["“”«»]/;

function trimBody(text: string, start: number, end: number): { start: number; end: number } | null {
  let body = text.slice(start, end);
  const links = TRAILING_LINKS.exec(body);
  if (links) body = body.slice(0, links.index);
  const lead = body.length - body.trimStart().length;
  body = body.trim();
  if (!body || QUOTE_MARK.test(body) || body.split(/\s+/).length < 4) return null;
  return { start: start + lead, end: start + lead + body.length };
}

/** The speaker a sentence's reporting cue names ("he wrote:" → the person "he" stands for). */
function cueSpeaker(sentences: AttrSentence[], at: number, text: string): string | null {
  const s = sentences.find((x) => x.start <= at && x.end >= at);
  for (const c of s?.cues ?? []) {
    const src = c.source;
    if (!src || !src.speaker) continue;
    if (src.kind === 'named') return src.name;
    if (src.kind === 'pronoun') return resolvePronoun(src, sentences, text) ?? null;
  }
  return null;
}

/** Non-empty lines of the text (scraped copy has one paragraph per line); embedded posts are often masked as page clutter, so the raw lines are read. */
function lines(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) out.push({ start: at, end: at + line.replace(/\s+$/, '').length });
    at += line.length + 1;
  }
  return out;
}

export function referencePosts(corpus: Corpus, ref: Reference): PostSpan[] {
  const text = ref.text;
  const out: PostSpan[] = [];
  let sentences: AttrSentence[] | undefined;
  const speakerAt = (at: number) => cueSpeaker((sentences ??= referenceModel(corpus, ref).sentences), at, text);
  const paras = lines(text);
  paras.forEach((p, k) => {
    const para = text.slice(p.start, p.end);
    const sig = SIGNATURE.exec(para);
    const prev = k > 0 ? paras[k - 1] : undefined;
    const introduced = prev && INTRO.test(text.slice(prev.start, prev.end));
    if (sig || (introduced && !QUOTE_MARK.test(para))) {
      const raw = sig ? para.slice(0, sig.index) : para;
      const prefix = NAME_PREFIX.exec(raw);
      const body = trimBody(text, p.start + (prefix ? prefix[0].length : 0), p.start + raw.length);
      if (!body) return;
      const speaker = prefix ? null : sig ? sig[1].trim() : speakerAt(prev!.end - 1);
      out.push({ ...body, speaker, context: { start: introduced ? prev!.start : p.start, end: p.end } });
      return;
    }
    const inline = INLINE.exec(para);
    if (inline && !QUOTE_MARK.test(para.slice(inline.index))) {
      const body = trimBody(text, p.start + inline.index + inline[0].length, p.end);
      if (body) out.push({ ...body, speaker: speakerAt(p.start + inline.index), context: { start: p.start, end: p.end } });
    }
  });
  return out;
}
