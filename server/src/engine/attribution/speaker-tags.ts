// More ways real copy gives a quote its speaker, beyond a reporting verb right next to the quote:
// a tag with any verb after the quote (`"…," reacted Vik`, `"…," Rep. Vik (D-Oslo), a veteran, challenged`),
// a noun phrase right before a colon (`does not surprise pollster Vik: "…"`), a noun of speech before the
// quote (`her assertion that "…"`, `his pledge to "…"`), the person a partial quote is embedded under
// (`He called for the board "to act now."`), and the speaker of a sentence whose reporting verb lost its
// subject to a long apposition. Each returns a Source or null; the model decides what to do with it.
import { makeSource, npBackward, npForward, isQuoteMark, sentenceSubject, type Source, type Tok } from './cues';
import { reportLemma } from './lexicon';
import type { AttrSentence } from './model';

interface QuoteRange {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
}

/** Nouns that name something said or written: a quote after them is that utterance. */
export const SPEECH_NOUNS = new Set([
  'assertion', 'claim', 'claims', 'statement', 'statements', 'remark', 'remarks', 'comment', 'comments', 'words', 'pledge', 'promise',
  'warning', 'message', 'messages', 'tweet', 'tweets', 'post', 'posts', 'letter', 'email', 'emails', 'e-mail', 'e-mails', 'speech',
  'argument', 'insistence', 'vow', 'plea', 'response', 'reply', 'answer', 'question', 'testimony', 'interview', 'note', 'memo', 'op-ed',
  'declaration', 'announcement', 'explanation', 'admission', 'suggestion', 'accusation', 'charge', 'complaint', 'assurance', 'boast',
  'mantra', 'refrain', 'quip', 'joke', 'retort', 'rebuke', 'criticism', 'description', 'prediction', 'view', 'opinion', 'sentiment',
  'account', 'recollection', 'reaction', 'readout', 'transcript', 'ruling', 'opinion', 'order', 'filing', 'complaint', 'indictment',
  'report', 'release', 'text', 'texts', 'cable', 'caption', 'lines', 'line', 'passage', 'prayer', 'conference', 'briefing', 'chant',
  'chants', 'slogan', 'probe', 'probes', 'profile', 'ad', 'advertisement', 'motion', 'resolution', 'verdict', 'finding', 'findings',
]);

const POSSESSIVE_PRON: Record<string, string> = { his: 'he', her: 'she', their: 'they', my: 'I', our: 'we', its: 'it' };
const isWord = (t: Tok) => /[\p{L}\p{N}]/u.test(t.text);
const verbLike = (t: Tok | undefined) => !!t && !t.inQuote && (t.pos === 'VERB' || (t.pos === 'AUX' && !/^(is|are|was|were|be|been|has|have|had)$/.test(t.lower)) || !!reportLemma(t.lower) || (/^[a-z]+ed$/.test(t.text) && t.pos !== 'NOUN'));

/** Index of the first token of `T` at or after `offset` (T sorted by offset). */
function firstAt(T: Tok[], offset: number): number {
  let i = 0;
  while (i < T.length && T[i].start < offset) i++;
  return i;
}

/**
 * A speech tag after the quote with any verb: `"…," reacted Vik`, `"…," wrote a reader who runs a shop`,
 * `"…," Rep. Vik (D-Oslo), a veteran of the panel, challenged during the hearing`, `"…," the letter states`.
 * Only after a quote that leaves its sentence open (ends with a comma, a question or exclamation mark, a dash).
 */
export function trailingTag(q: QuoteRange, s: AttrSentence, text: string): Source | null {
  const inner = text.slice(q.innerStart, q.innerEnd).trimEnd().replace(/[’'”"]+$/, '');
  const after = text.slice(q.end, q.end + 3);
  const T = s.tokens;
  // A signature after a dash: `"…" — Joint statement by Reps. Ann Vik and Per Berg`.
  if (/^\s*[—–]/.test(after)) {
    let d = firstAt(T, q.end);
    while (d < T.length && (T[d].pos === 'PUNCT' || isQuoteMark(T[d]))) d++;
    let e = d;
    while (e < T.length && e - d < 14 && !T[e].inQuote && !/^[.;!?]$/.test(T[e].text)) e++;
    if (e > d && isWord(T[d])) return makeSource(T, d, e, text);
  }
  if (!/[,?!—–-]$/.test(inner) && !/^,/.test(after)) return null;
  let i = firstAt(T, q.end);
  while (i < T.length && (T[i].pos === 'PUNCT' || isQuoteMark(T[i])) && !T[i].inQuote) i++;
  const t = T[i];
  if (!t || t.inQuote || !isWord(t)) return null;
  // Inverted: the verb comes first; the speaker runs to the next comma or the sentence end
  // ("said an emailed statement from campaign spokesman Ann Vik", "chanted the crowd").
  if (verbLike(t) && !/^[A-Z]/.test(t.text)) {
    let e = i + 1;
    while (e < T.length && e - i <= 14 && !T[e].inQuote && !/^[,.;:!?()—–]$/.test(T[e].text)) e++;
    if (e === i + 1) return null;
    const r = npForward(T, i + 1);
    return makeSource(T, i + 1, r && r[1] > e ? r[1] : e, text);
  }
  const r = npForward(T, i);
  if (!r) return null;
  // The tagger reads "the letter states" as one noun phrase: its last word is the reporting verb.
  if (r[1] - r[0] > 1 && reportLemma(T[r[1] - 1].lower) && !T[r[1]]?.inQuote && (!T[r[1]] || T[r[1]].pos === 'PUNCT' || T[r[1]].pos === 'ADP')) {
    return makeSource(T, r[0], r[1] - 1, text);
  }
  const src = makeSource(T, r[0], r[1], text);
  if (src.kind === 'pronoun' && src.text.toLowerCase() === 'it') return null;
  // A name or a person right after a quote that leaves its sentence open is its speaker, verb or not
  // (copy sometimes drops it: `"…," a neighbor who spoke to the paper.`).
  if ((src.kind === 'named' || (src.speaker && src.kind !== 'pronoun')) && /^[,]?\s*$/.test(text.slice(q.end, T[r[0]].start).replace(/[”"’']/g, ''))) return src;
  // Skip appositions and parentheses after the name: ", a veteran of the panel," / "(D-Oslo)"; a name in
  // apposition after a description is the speaker ("one passenger, Lisa Berg, told").
  let k = r[1];
  let speaker = src;
  for (let guard = 0; guard < 3 && k < T.length; guard++) {
    if (T[k].text === '(') {
      while (k < T.length && T[k].text !== ')' && !T[k].inQuote) k++;
      k++;
      continue;
    }
    if (T[k].text === ',') {
      let j = k + 1;
      while (j < T.length && T[j].text !== ',' && !T[j].inQuote && j - k < 20) j++;
      if (j < T.length && T[j].text === ',') {
        const inner = T.slice(k + 1, j);
        if (speaker.kind !== 'named' && inner.length && inner.every((x) => /^\p{Lu}/u.test(x.text) || x.text === '.')) speaker = makeSource(T, k + 1, j, text);
        k = j + 1;
        continue;
      }
    }
    break;
  }
  while (k < T.length && (T[k].pos === 'ADV' || T[k].pos === 'AUX' || T[k].pos === 'PART' || T[k].lower === 'who') && !T[k].inQuote) k++;
  if (!verbLike(T[k]) && !(T[k] && T[k].pos === 'NOUN' && reportLemma(T[k].lower))) return null;
  return speaker;
}


/** `… doesn't surprise pollster Ann Vik: "…"` — the noun phrase right before a colon that opens the quote. */
export function colonIntroducer(q: QuoteRange, s: AttrSentence, text: string): Source | null {
  const mark0 = lastNonSpace(text, s.start, q.start);
  const colon = mark0 === ':';
  if (!colon && mark0 !== ',') return null;
  const T = s.tokens.filter((t) => t.end <= q.start && !t.inQuote);
  const mark = T.length - 1;
  if (mark < 1 || !/^[:,]$/.test(T[mark].text)) return null;
  // "As the Times piece notes, “…”", "the report states: “…”": a reporting verb right before the mark.
  let v = mark - 1;
  while (v > 0 && T[v].pos === 'ADV') v--;
  if (reportLemma(T[v].lower)) {
    let b = skipBack(T, v - 1);
    // "Sen. Ann Vik, who tweeted, “…”": the name before the relative pronoun.
    if (b >= 0 && T[b].lower === 'who') b = T[b - 1]?.text === ',' ? b - 2 : b - 1;
    const r = b >= 0 ? npBackward(T, b) : null;
    if (r) return makeSource(T, r[0], r[1], text);
  }
  if (colon) {
    const r = npBackward(T, mark - 1);
    if (r) {
      const src = makeSource(T, r[0], r[1], text);
      if (src.kind === 'named' || (src.speaker && src.kind !== 'pronoun')) return src;
    }
  }
  // "Sources sum up the mood as, “…”" / "The ad concludes: “…”": the clause's subject, when it has a verb.
  if (!T.some((t) => t.pos === 'VERB' || (t.pos === 'AUX' && colon))) return null;
  const subj = sentenceSubject(T);
  if (subj) {
    const src = makeSource(T, subj[0], subj[1], text);
    if ((src.speaker || src.kind === 'named') && !(src.kind === 'pronoun' && src.text.toLowerCase() === 'it')) return src;
  }
  return colon ? sentenceSpeaker(s, text) : null;
}

function skipBack(T: Tok[], b: number): number {
  while (b >= 0 && (T[b].pos === 'AUX' || T[b].pos === 'ADV' || T[b].pos === 'PART')) b--;
  return b;
}

/**
 * A noun of speech right before the quote: `her assertion that "…"`, `repeated his pledge to "…"`,
 * `the senators' letter: "…"`. The possessor speaks, else the sentence's subject.
 */
export function speechNounIntro(q: QuoteRange, s: AttrSentence, text: string): Source | null {
  const T = s.tokens;
  const qi = firstAt(T, q.start);
  // The noun sits a few words before the quote, followed by "that", "to", "as", punctuation or a short
  // prepositional phrase ("the sentiment about the situation as, “…”"), never by another verb.
  let n = -1;
  for (let k = qi - 1; k >= 0 && k >= qi - 8; k--) {
    if (T[k].inQuote) break;
    if (SPEECH_NOUNS.has(T[k].lower) && T[k].pos !== 'VERB') {
      n = k;
      break;
    }
    if (T[k].pos === 'VERB' || T[k].pos === 'AUX' && !/^(was|is)$/.test(T[k].lower) || /^[.;!?]$/.test(T[k].text)) break;
  }
  if (n < 0) return null;
  // Possessor: "her", "Vik's", "the senators'".
  let k = n - 1;
  while (k >= 0 && (T[k].pos === 'ADJ' || T[k].pos === 'ADV' || /^(earlier|latest|first|own|repeated|frequent|oft-repeated)$/.test(T[k].lower))) k--;
  const p = T[k];
  if (p && POSSESSIVE_PRON[p.lower] && p.lower !== 'its') return makeSource(T, k, k + 1, text);
  if (p && /^['’]s?$/.test(p.lower) && k > 0) {
    const r = npBackward(T, k - 1);
    if (r) return makeSource(T, r[0], r[1], text);
  }
  const subj = sentenceSubject(T.slice(0, n));
  if (subj) {
    const src = makeSource(T, subj[0], subj[1], text);
    if (src.speaker || src.kind === 'named') return src;
  }
  // "The question was, “…”", "The ad concludes: “…”": the utterance itself is the source.
  const own = npBackward(T, n);
  return own ? makeSource(T, own[0], own[1], text) : null;
}

/**
 * The person a partial quote is embedded under: `He called for the board "to act now."`, `Obama has spoken
 * of a culture that "glorifies guns."` — the sentence's subject, when it is a person or a named body, and a verb
 * of the main clause comes before the quote.
 */
/** Longest sentence, in tokens, whose subject may embed a quote. */
const MAX_SUBJECT_TOKENS = 400;

export function embeddingSubject(q: QuoteRange, s: AttrSentence, text: string): Source | null {
  // A "sentence" of thousands of tokens is not prose (a run of quotes, a list without stops): re-reading it
  // for every quote in it would be quadratic, and no subject there embeds a quote.
  if (s.tokens.length > MAX_SUBJECT_TOKENS) return null;
  const before = s.tokens.filter((t) => t.end <= q.start && !t.inQuote);
  if (!before.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  const subj = sentenceSubject(before);
  if (!subj) return null;
  const src = makeSource(before, subj[0], subj[1], text);
  if (src.kind === 'pronoun') return /^(he|she|they|we|i)$/i.test(src.text) ? src : null;
  return src.kind === 'named' || (src.speaker && src.kind !== 'vague') ? src : null;
}

/**
 * Who speaks in a sentence with a reporting verb whose subject the cue reader missed (a long apposition:
 * `Ann Vik of the Oslo Institute , a group that backs the law, said:`), or that reports an utterance with a
 * noun (`The two spokesmen issued identical statements.`): the noun phrase that opens the sentence.
 */
export function sentenceSpeaker(s: AttrSentence, text: string): Source | null {
  const T = s.tokens;
  const speaks = s.cues.some((c) => c.role === 'report' || c.role === 'describing') || T.some((t) => !t.inQuote && SPEECH_NOUNS.has(t.lower) && t.pos === 'NOUN');
  if (!speaks) return null;
  // "Ann Vik, who tweeted, “…”": the name before a relative "who" with a reporting verb.
  for (let k = 1; k < T.length - 1; k++) {
    if (T[k].lower !== 'who' || T[k].inQuote || !reportLemma(T[k + 1].lower)) continue;
    const r = npBackward(T, T[k - 1].text === ',' ? k - 2 : k - 1);
    if (r) return makeSource(T, r[0], r[1], text);
  }
  // The noun phrase that opens the sentence, or the one after an opening phrase ("In a joint statement, …").
  const starts: number[] = [];
  let i = 0;
  while (i < T.length && (T[i].pos === 'PUNCT' || isQuoteMark(T[i]) || T[i].inQuote)) i++;
  starts.push(i);
  if (T[i] && (T[i].pos === 'ADP' || T[i].pos === 'SCONJ' || T[i].pos === 'VERB' || T[i].pos === 'ADV')) {
    const comma = T.findIndex((t, k) => k > i && t.text === ',' && !t.inQuote);
    if (comma > 0) starts.push(comma + 1);
  }
  for (const st of starts) {
    const r = npForward(T, st);
    if (!r) continue;
    const src = makeSource(T, r[0], r[1], text);
    if (src.kind === 'named' || (src.speaker && src.kind !== 'vague' && src.kind !== 'pronoun')) return src;
    if (src.kind === 'pronoun' && /^(he|she|they|we|i)$/i.test(src.text)) return src;
  }
  const subj = sentenceSubject(T);
  if (subj) {
    const src = makeSource(T, subj[0], subj[1], text);
    if (src.kind === 'named' || (src.speaker && src.kind !== 'vague' && !(src.kind === 'pronoun' && src.text.toLowerCase() === 'it'))) return src;
  }
  // "Some fired in the air and chanted, “…”": a quantifier standing as the subject.
  const q0 = T[starts[0]];
  const q1 = T[starts[0] + 1];
  if (q0 && /^(some|many|others|several|most|few|both|all)$/.test(q0.lower) && q1 && (q1.pos === 'VERB' || q1.pos === 'AUX' || /^[a-z]+ed$/.test(q1.text))) {
    return makeSource(T, starts[0], starts[0] + 1, text);
  }
  return null;
}

/**
 * The person a sentence is about, when it is its named or pronoun subject ("Gov. Ann Vik called the attack
 * ferocious."): a quote right after such a sentence, in the same paragraph, reads as that person's.
 */
export function personSubject(s: AttrSentence, text: string): Source | null {
  if (s.quoteShare > 0) return null;
  const subj = sentenceSubject(s.tokens);
  if (!subj) return null;
  const src = makeSource(s.tokens, subj[0], subj[1], text);
  if (src.kind === 'pronoun') return /^(he|she)$/i.test(src.text) ? src : null;
  return src.kind === 'named' && subj[1] - subj[0] >= 2 ? src : null;
}

/**
 * The source a paragraph ending with a colon introduces (`Reuters reported:`, `Here is the key passage of
 * Judge Vik's ruling:`): the sentence's speaker, else the noun phrase before the colon. The paragraph after
 * it is that source's text, quotation marks and all.
 */
export function colonParagraphSource(s: AttrSentence, text: string): Source | null {
  const T = s.tokens;
  let last = T.length - 1;
  while (last >= 0 && isQuoteMark(T[last])) last--;
  if (last < 1 || T[last].text !== ':' || T[last].inQuote) return null;
  const own = sentenceSpeaker(s, text);
  if (own) return own;
  const r = npBackward(T, last - 1);
  if (r) return makeSource(T, r[0], r[1], text);
  const subj = sentenceSubject(T);
  return subj ? makeSource(T, subj[0], subj[1], text) : null;
}

/**
 * A reporting verb after the end of a quote that runs over several sentences, its speaker after it
 * (`“…. He is set to pivot” from A to B, said a strategist familiar with the campaign.`).
 */
export function cueAfterQuote(q: QuoteRange, s: AttrSentence, text: string): Source | null {
  const c = s.cues.find((x) => x.start >= q.end && x.role === 'report');
  if (!c) return null;
  if (c.source) return c.source;
  const T = s.tokens;
  const i = firstAt(T, c.end);
  let e = i;
  while (e < T.length && e - i < 14 && !T[e].inQuote && !/^[,.;:!?()—–]$/.test(T[e].text)) e++;
  return e > i && isWord(T[i]) ? makeSource(T, i, e, text) : null;
}

/** The last character before `to` (from `from` on) that is not white space, without slicing a long sentence per quote. */
function lastNonSpace(text: string, from: number, to: number): string {
  let i = to - 1;
  while (i >= from && /\s/.test(text[i])) i--;
  return i >= from ? text[i] : '';
}
