// Page clutter in scraped article text (menus, tickers, "Most Read", captions, app banners) is masked
// with spaces so that offsets stay those of the raw file.
//
// Scraped pages put one block per line. Clutter is recognised by the shape of a line and of its
// neighbourhood, never by what a particular story is about:
//   - furniture lines: share/listen/login stubs, reading times, "Source: …", bylines, date lines,
//     copyright, app and newsletter banners, "Read more: …" links, breadcrumbs, comment counters;
//   - photo captions: a line ending in a photo credit "(AFP via Getty Images)", or a line repeated
//     right after itself (alt text plus caption);
//   - a BREAKING / ticker block up to the next blank line;
//   - section headers ("Related News", "Most Read", "Read Next" …) open a teaser list that runs until
//     article prose resumes; after a trailing header ("Most Read", "Read Next") two prose paragraphs
//     in a row are needed, which in practice means the rest of the page is footer;
//   - bullet lists of short items (navigation, tags), runs of short lines (menus), short labels
//     repeated across the page (the outlet's name in header and footer);
//   - title-like lines (no sentence punctuation) outside the article body, except the headline just
//     above the first paragraph.
// The article body — the span between the first and the last prose paragraph — keeps its
// sub-headings; prose paragraphs are only masked inside a ticker or teaser block.

import { datelineOf } from './dateline';

export type ClutterReason =
  | 'furniture'
  | 'caption'
  | 'repeated'
  | 'ticker'
  | 'section'
  | 'bullet'
  | 'menu'
  | 'stub'
  | 'outside-body';

export interface LineVerdict {
  /** Zero-based line number. */
  line: number;
  start: number;
  /** End of the line's text (before "\r\n" / "\n"). */
  end: number;
  text: string;
  /** Why the line is masked; undefined when it is kept (or blank). */
  masked?: ClutterReason;
}

interface Line {
  start: number;
  end: number;
  raw: string;
  /** Trimmed, without a leading bullet. */
  t: string;
  blank: boolean;
  bullet: boolean;
  words: number;
  /** Ends like a sentence: . ! ? … possibly followed by closing quotes or brackets. */
  sentence: boolean;
  masked?: ClutterReason;
}

const BULLET = /^\s*(?:[•·▪◦‣●■►▶➤✓✔*]\s*|[-–]\s+)+/;
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/;

// Whole-line page furniture. Matched against the trimmed line without its bullet.
const STUB =
  /^(?:home|menu|search|skip to (?:main )?content|log ?in|log ?out|sign ?in|sign ?up|subscribe|register|my account|account|share|share (?:this|the) (?:article|story|page)|share on \w+|print|e-?mail|copy link|link copied|tweet|facebook|twitter|x|whatsapp|telegram|linkedin|reddit|instagram|youtube|tiktok|flipboard|listen|listen to (?:this|the) (?:article|story|podcast)|audio|watch|play|video|image|photo|caption|expand|enlarge|full ?screen|zoom|advertisement|advertising|sponsored(?: content)?|ad|close|open|toggle navigation|back to top|next|previous|prev|more|load more|show more|see more|view more|see all|view all|all|top|comments?|\d+ comments?|no comments:?|post a comment|leave a (?:comment|reply)|add a comment|view comments|show comments|privacy(?: policy)?|terms(?: of (?:use|service))?|cookies?(?: policy| settings)?|about(?: us)?|contact(?: us)?|authors?|careers|newsletters?|rss|sitemap|android|ios|app store|google play|follow us|slogan|published|updated|live|breaking|exclusive|opinion|analysis|explainer|premium|free)$/i;
const READING_TIME = /^\d+\s*(?:min|mins|minute|minutes)\.?(?:\s*(?:read|listen|watch))?$/i;
const TIME_AGO = /^(?:(?:updated|posted|published)\s+)?(?:\d+|an?|one)\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$/i;
const CREDIT_LABEL =
  /^(?:source|sources|credit|credits|photo|photos|image|images|picture|pictures|video|graphic|illustration|edited by|editing by|reporting by|written by|writer|author|via|tags|topics|filed under|categories|category|keywords)\s*:\s*\S/i;
const BYLINE = /^(?:by|BY|By)\s+[\p{Lu}\p{N}]/u;
const BYLINE_CONNECTORS = new Set(['and', '&', 'in', 'for', 'de', 'da', 'del', 'la', 'le', 'van', 'von', 'al', 'el', 'bin', 'ibn', 'with', 'staff', 'reporters', 'correspondent']);
const COPYRIGHT = /©|\(c\)\s*\d{4}|^copyright\b|\ball rights reserved\b/i;
const APP = /\bapps?\b/i;
const APP_CONTEXT = /\b(?:get|download|install|open|try|smartphone|iphone|ipad|android|ios|app store|google play)\b/i;
const PROMO_START = /^(?:unlock|sign up|sign-up|subscribe|get|join|register|receive|try|follow)\b/i;
const PROMO_WORD =
  /\b(?:newsletters?|for free|free trial|subscriptions?|inbox|(?:our|daily|email|news|breaking news|latest) (?:updates|alerts|briefings?|digest)|on (?:twitter|facebook|instagram|telegram|whatsapp|x|google news))\b/i;
const LINK_LINE =
  /^(?:read more|read also|also read|see also|related(?: (?:news|articles?|stories|story|coverage|content|posts?))?|recommended(?: (?:reading|stories|articles?))?|more|watch|listen|must read|don'?t miss|explore more|further reading|more on this(?: story| topic)?)\s*(?::|[-–—]\s|»|›|>)/i;
const READ_FULL = /^(?:continue reading|click here|tap here|read the (?:full|original|complete|whole|entire|rest of the) (?:article|story|report|piece|interview|post)|read (?:the )?(?:full )?(?:article|story) (?:here|at|on))\b/i;
const BREADCRUMB_SEP = /\s(?:>|›|»|\||\/)\s/g;
const HASHTAGS = /^(?:#[\p{L}\p{N}_]+[\s,]*)+$/u;

// Photo credits closing a caption. A bare agency name "(AP)" is not enough on its own: a wire story may
// end a paragraph with it.
const CREDIT_PAREN = /\(([^()]{1,120})\)\s*$/;
const PHOTO_CREDIT =
  /\b(?:photos?|photograph\w*|getty|images?|illustrat\w*|screenshot|screengrab|handout|courtesy|shutterstock|credits?|wikimedia|flickr)\b|\p{L}\/\p{L}|^\s*(?:file|pool|supplied)(?: photo)?\s*$/iu;
const PHOTO_LEAD = /\b(?:photo|image|picture|credit)s?\s*:\s*[^.!?]{1,60}$/i;

// Headers that open a list of teasers inside or after the article.
const INTERRUPT_HEADER =
  /^(?:related|related (?:news|articles?|stories|story|coverage|content|posts?|reading|links|topics|videos?)|read more|read also|also read|see also|more on this(?: story| topic)?|recommended(?: (?:reading|stories|articles?|videos?|for you))?|dive deeper|go deeper|further reading|you may have missed|don'?t miss|must read|explore more|in (?:other|related) news|latest(?: (?:news|stories|articles|videos))?|watch more|videos?|in pictures|photos|gallery|topics|tags|filed under|keywords)$/i;
const TRAILING_HEADER =
  /^(?:most (?:read|popular|viewed|shared|watched|commented|recent)(?: (?:stories|articles|news|today|this week))?|trending(?: (?:now|stories|news|articles|topics))?|popular(?: (?:now|stories|articles|news))?|read next|up next|what to read next|(?:more|other) (?:from|stories|news|articles|in|on|top stories)\b.{0,40}|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|top stories|editor'?s'? picks?|coverage|comments|\d+ comments|join the conversation|about the author|share this (?:article|story)|sign up for .{0,40}|footer)$/i;
const TICKER_HEADER = /^(?:breaking|breaking news|just in|news ?ticker|ticker|flash|urgent)$/i;

function words(t: string): number {
  return t ? t.split(/\s+/).length : 0;
}

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = raw.indexOf('\n', start);
    let end = nl < 0 ? raw.length : nl;
    if (end > start && raw[end - 1] === '\r') end--;
    const text = raw.slice(start, end);
    const bullet = BULLET.test(text);
    const t = text.replace(BULLET, '').trim();
    lines.push({ start, end, raw: text, t, blank: !text.trim(), bullet, words: words(t), sentence: SENTENCE_END.test(t) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

function headerText(t: string): string {
  return t.replace(/[:.]$/, '').trim();
}

/** A photo caption: ends with a photo credit, or names the picture's credit at the end. */
function isCaption(l: Line): boolean {
  const paren = CREDIT_PAREN.exec(l.t);
  if (paren && PHOTO_CREDIT.test(paren[1]) && l.words <= 80) return true;
  return l.words <= 60 && PHOTO_LEAD.test(l.t) && /[.|–—-]\s*(?:photo|image|picture|credit)s?\s*:/i.test(l.t);
}

/** "By Jane Roe and John Doe | Reuters": By and then only names. */
function isByline(l: Line): boolean {
  if (!BYLINE.test(l.t) || l.words > 10) return false;
  const rest = l.t.replace(/^by\s+/i, '').split(/[\s,|·•]+/).filter(Boolean);
  return rest.every((w) => /^[\p{Lu}\p{N}&@]/u.test(w) || BYLINE_CONNECTORS.has(w.toLowerCase()));
}

function isPromo(l: Line): boolean {
  return PROMO_START.test(l.t) && PROMO_WORD.test(l.t) && l.words <= 20 && (!l.sentence || l.words <= 10);
}

function isFurniture(l: Line): boolean {
  const t = l.t;
  if (STUB.test(t) || READING_TIME.test(t) || TIME_AGO.test(t) || HASHTAGS.test(t)) return true;
  if (CREDIT_LABEL.test(t) && l.words <= 12 && !(l.sentence && l.words > 5)) return true;
  if (isByline(l)) return true;
  if (COPYRIGHT.test(t) && l.words <= 25) return true;
  // Banners are calls to action, not sentences about an app or a newsletter.
  if (APP.test(t) && APP_CONTEXT.test(t) && l.words <= 15 && (!l.sentence || l.words <= 6)) return true;
  if (isPromo(l)) return true;
  if (LINK_LINE.test(t) || READ_FULL.test(t)) return true;
  if (datelineOf(t)) return true;
  // Home > World > Middle East ; Politics | Economy | Sports
  const parts = t.split(BREADCRUMB_SEP);
  if (parts.length >= 3 && !l.sentence && parts.every((p) => words(p) <= 4)) return true;
  return false;
}

/** Prose: a paragraph of the article (or of a teaser that is long enough to look like one). */
function isProse(l: Line): boolean {
  if (l.blank || (l.masked && l.masked !== 'section')) return false;
  if (l.bullet && l.words < 15) return false;
  return (l.words >= 15 && l.t.length >= 80 && l.sentence) || l.words >= 30;
}

/** A title or sub-heading: a few words without sentence punctuation. */
function isTitleLike(l: Line): boolean {
  return !l.blank && !l.sentence && l.words >= 3 && l.words <= 20;
}

function normalized(t: string): string {
  return t.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
}

export function classifyLines(raw: string): LineVerdict[] {
  const lines = splitLines(raw);
  const n = lines.length;
  const nextContent = (i: number): number => {
    let j = i + 1;
    while (j < n && lines[j].blank) j++;
    return j;
  };
  const mask = (i: number, reason: ClutterReason) => {
    if (!lines[i].blank && !lines[i].masked) lines[i].masked = reason;
  };

  // 1. Furniture and captions, line by line.
  for (let i = 0; i < n; i++) {
    const l = lines[i];
    if (l.blank) continue;
    if (isCaption(l)) l.masked = 'caption';
    else if (isFurniture(l)) {
      l.masked = 'furniture';
      // A newsletter banner's second line is its blurb ("The stories that matter on …").
      if (isPromo(l)) {
        const j = nextContent(i);
        if (j < n && !lines[j].sentence && lines[j].words <= 25 && j - i <= 2) lines[j].masked = 'furniture';
      }
    }
  }

  // 2. Repeats. A line right after itself is alt text plus caption (a sentence: all copies go) or a
  //    title printed twice (the last copy stays). A short label seen again elsewhere is page chrome.
  const adjacentCopy = new Set<number>();
  for (let i = 0; i < n; i++) {
    const l = lines[i];
    if (l.blank) continue;
    const j = nextContent(i);
    if (j < n && j - i <= 2 && normalized(lines[j].t) === normalized(l.t)) {
      mask(i, 'repeated');
      adjacentCopy.add(i);
      if (l.sentence || l.words > 20) mask(j, 'caption');
    }
  }
  const counts = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (lines[i].blank || adjacentCopy.has(i)) continue;
    const key = normalized(lines[i].t);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (let i = 0; i < n; i++) {
    const l = lines[i];
    if (!l.blank && l.words <= 6 && !l.sentence && (counts.get(normalized(l.t)) ?? 0) >= 2) mask(i, 'repeated');
  }

  // 3. Ticker blocks: "BREAKING" and the items under it, up to a blank line.
  for (let i = 0; i < n; i++) {
    const l = lines[i];
    if (l.blank || l.bullet || !TICKER_HEADER.test(headerText(l.t))) continue;
    lines[i].masked = 'ticker';
    let j = i + 1;
    while (j < n && lines[j].blank && j - i <= 2) j++;
    const firstItem = j;
    let blankAhead = false;
    for (let k = firstItem; k < n && k < firstItem + 40; k++) if (lines[k].blank) { blankAhead = true; break; }
    for (; j < n && !lines[j].blank; j++) {
      const item = lines[j];
      // Without a blank line to end the block, stop at the first line that does not read like a ticker item.
      if (!blankAhead) {
        const speaker = /^[^:]{2,60}:\s/.test(item.t);
        if (!(speaker || !item.sentence || item.words <= 25) || item.words > 60 || j - firstItem >= 30) break;
      }
      lines[j].masked = 'ticker';
    }
    i = j;
  }

  // 4. Teaser sections opened by a header, until article prose resumes.
  const isHeader = (l: Line) => !l.blank && !l.bullet && l.words <= 8 && (TRAILING_HEADER.test(headerText(l.t)) || INTERRUPT_HEADER.test(headerText(l.t)));
  // The next line that could be article text (skipping furniture such as an ad label or a caption).
  const nextCandidate = (i: number): number => {
    let j = nextContent(i);
    while (j < n && (lines[j].masked === 'furniture' || lines[j].masked === 'caption' || lines[j].masked === 'repeated')) j = nextContent(j);
    return j;
  };
  for (let i = 0; i < n; i++) {
    if (!isHeader(lines[i])) continue;
    // A header glued to a bullet list is a menu group ("Videos" over "• Explainers"), not a teaser block.
    if ((i > 0 && lines[i - 1].bullet) || (i + 1 < n && lines[i + 1].bullet)) {
      mask(i, 'menu');
      continue;
    }
    let trailing = TRAILING_HEADER.test(headerText(lines[i].t));
    lines[i].masked = 'section';
    let j = i + 1;
    for (; j < n; j++) {
      const c = lines[j];
      if (c.blank) continue;
      // Another widget (a ticker) ends the block.
      if (c.masked === 'ticker') break;
      if (isHeader(c)) {
        // A header inside the block continues it; a trailing one makes the rest trailing.
        trailing ||= TRAILING_HEADER.test(headerText(c.t));
      } else if (isProse(c)) {
        if (!trailing) break;
        const k = nextCandidate(j);
        if (k < n && isProse(lines[k])) break;
      }
      mask(j, 'section');
    }
    i = j - 1;
  }

  // 5. Bullets: navigation and tag lists. A bullet that is a real sentence stays.
  for (let i = 0; i < n; i++) {
    const l = lines[i];
    if (l.blank || !l.bullet || l.masked) continue;
    const ws = l.t.split(/\s+/);
    const capitalised = ws.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
    const lower = /\p{Ll}/u.test(l.t);
    if (l.words < 6 || !lower || (!l.sentence && capitalised / ws.length >= 0.7)) mask(i, 'bullet');
  }

  // 6. Menus: three or more short lines in a row without a blank between.
  const short = (l: Line) => !l.blank && !l.sentence && l.words <= 5;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && short(lines[j])) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) mask(k, 'menu');
    i = j > i ? j : i + 1;
  }

  // 7. One- and two-word labels that are not sentences.
  for (let i = 0; i < n; i++) {
    const l = lines[i];
    if (!l.blank && !l.sentence && l.words <= 2) mask(i, 'stub');
  }

  // 8. Title-like lines outside the article body, except the headline (and standfirst) above it.
  const prose: number[] = [];
  for (let i = 0; i < n; i++) if (!lines[i].masked && isProse(lines[i])) prose.push(i);
  if (prose.length) {
    const first = prose[0];
    const last = prose[prose.length - 1];
    const headline = new Set<number>();
    for (let i = first - 1, kept = 0; i >= 0 && kept < 2; i--) {
      if (lines[i].blank || lines[i].masked) continue;
      headline.add(i);
      kept++;
    }
    for (let i = 0; i < n; i++) {
      const l = lines[i];
      if (l.masked || (i >= first && i <= last) || headline.has(i)) continue;
      if (isTitleLike(l) || (l.bullet && !isProse(l))) mask(i, 'outside-body');
    }
  }

  return lines.map((l, i) => ({ line: i, start: l.start, end: l.end, text: l.raw, masked: l.masked }));
}

/**
 * The raw text with every clutter line replaced by spaces (line breaks kept), so the result has the
 * raw length and every kept character at its raw offset.
 */
export function maskClutter(raw: string): string {
  const verdicts = classifyLines(raw);
  if (!verdicts.some((v) => v.masked)) return raw;
  let out = '';
  let at = 0;
  for (const v of verdicts) {
    if (!v.masked) continue;
    out += raw.slice(at, v.start) + ' '.repeat(v.end - v.start);
    at = v.end;
  }
  return out + raw.slice(at);
}
