// Quotation marks that do not mark speech: the title of a book, show, memo or email subject line (Title Case,
// or after "titled", "the book", "subject line"), a slogan or chant on a sign or hat, a caption or video
// promo line (a paragraph with no sentence punctuation), a "Follow … on Twitter" line. Nobody is quoted
// there, so no speaker is missing.

const TITLE_CUE = /\b(entitled|titled|headlined|headline|dubbed|nicknamed|named|called|subject line|subject|slogan|motto|banner|sign|signs|placard|placards|hat|hats|cap|caps|shirt|shirts|t-shirts?|sticker|hashtag|book|books|novel|memoir|film|movie|documentary|show|series|program|programme|episode|segment|song|album|play|musical|column|op-ed|article|essay|memo|report|poem|chapter|campaign|initiative|operation|act|bill|law|doctrine|plan|policy|tagline|theme)[\s,:]*$/i;
const SMALL = /^(a|an|the|and|or|but|of|to|in|on|at|for|by|with|from|as|is|vs\.?|v\.|via|into|over)$/i;

/** Most words capitalised, like a headline or a title: "Mr. Vik Goes to Oslo", "Update 2: Ferry Strike Ends (SBU)". */
export function titleCase(inner: string): boolean {
  const words = inner.match(/[\p{L}][\p{L}'’.-]*/gu) ?? [];
  const big = words.filter((w) => !SMALL.test(w));
  if (big.length < 2) return false;
  const caps = big.filter((w) => /^\p{Lu}/u.test(w)).length;
  // Sentence case has one capital (plus names); a title has nearly all.
  return caps / big.length >= 0.8 && !/[.!?]\s+\p{Lu}/u.test(inner);
}

/** A line that is not a sentence of prose: no closing punctuation (captions, promos, headlines, lists). */
export function captionLine(paragraph: string): boolean {
  // Trailing quote marks and spaces stripped by a scan: the regex form backtracks quadratically on long runs of them.
  let end = paragraph.length;
  while (end > 0 && /["”’'\s]/.test(paragraph[end - 1])) end--;
  const t = paragraph.slice(0, end).trim();
  return !/[.!?…:;,)\]]$/.test(t) || /^(follow|read more|watch|click|see also|related|image|photo|video)\b/i.test(t) || /\bon (twitter|facebook|instagram)\s*[.!]?$/i.test(t);
}

/**
 * Does the quotation mark speech? `before` is the sentence text before the opening mark (a bounded window),
 * `inner` the quoted words, `facts` what is known of the paragraph.
 */
export interface ParagraphFacts {
  text: string;
  /** captionLine(text), worked out once per paragraph. */
  caption: boolean;
}

export function marksSpeech(inner: string, before: string, facts: ParagraphFacts): boolean {
  if (facts.caption) return false;
  const paragraph = facts.text;
  // A paragraph that is one short single-quoted line is a subhead (news style quotes in headlines with single marks).
  if (/^\s*[‘'][^‘’]*[’']\s*$/.test(paragraph) && inner.trim().split(/\s+/).length <= 12) return false;
  if (TITLE_CUE.test(before)) return false;
  // A title or subject line, not a sentence someone said: Title Case throughout, with no sentence inside it.
  if (titleCase(inner) && inner.trim().split(/\s+/).length <= 16) return false;
  return true;
}

/** A paragraph whose double quotation marks do not pair up (an odd count, or opening and closing marks that do not match). */
export function unbalancedMarks(paragraph: string): boolean {
  // Curly marks that open twice before closing, or close what was never opened.
  let depth = 0;
  for (const ch of paragraph) {
    if (ch === '\u201C') depth++;
    else if (ch === '\u201D') depth--;
    if (depth > 1 || depth < 0) return true;
  }
  const straight = (paragraph.match(/"/g) ?? []).length;
  const open = (paragraph.match(/\u201C/g) ?? []).length;
  const close = (paragraph.match(/\u201D/g) ?? []).length;
  if (!open && !close) return straight % 2 === 1;
  return (straight + open + close) % 2 === 1 || (straight === 0 && open !== close);
}
