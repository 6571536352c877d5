// Attribution cues and their sources inside one sentence, read from POS-tagged tokens.
// A cue is a reporting verb ("said", "told", "warned"), a prepositional frame ("according to",
// "citing", "as quoted by") or a hedge ("reportedly", "is said to", "it is believed"). Its source is the
// noun phrase that says it: before the verb ("Singh said"), after it ("said a person familiar with
// the matter") or after the preposition ("according to Axios").
import {
  ANONYMOUS_HEADS,
  BE_FORMS,
  DESCRIBING_LEMMAS,
  DIRECTIVE_LEMMAS,
  DOCUMENT_HEADS,
  HEDGE_ADVERBS,
  HEDGE_PASSIVES,
  OFFICE_HEADS,
  PRONOUNS,
  TIME_WORDS,
  TITLE_WORDS,
  VAGUE_HEADS,
  reportLemma,
} from './lexicon';

export interface Tok {
  start: number;
  end: number;
  text: string;
  lower: string;
  pos: string;
  /** Inside a quotation (its words are the quoted speaker's, not the writer's). */
  inQuote: boolean;
}

export type SourceKind = 'named' | 'pronoun' | 'anonymous' | 'outlet' | 'office' | 'vague';

export interface Source {
  start: number;
  end: number;
  /** The phrase as written ("deputy Pentagon press secretary Sabrina Singh", "a person familiar with the matter"). */
  text: string;
  kind: SourceKind;
  /** The name without titles ("Sabrina Singh") for named sources; the phrase otherwise. */
  name: string;
  /** The head word, lower case ("person", "office", "singh"). */
  head: string;
  /** The head stands for someone who can speak: a name, a pronoun, a person noun, an office or a document. */
  speaker: boolean;
}

export type CueRole = 'report' | 'directive' | 'describing' | 'hedge';

export interface Cue {
  /** The cue word(s) as written ("said", "according to", "reportedly", "is said to"). */
  text: string;
  lemma: string;
  role: CueRole;
  start: number;
  end: number;
  /** Index of the cue's (first) token in the sentence's token list. */
  at: number;
  source: Source | null;
  /** Where the source sits relative to the cue. */
  order?: 'before' | 'after';
  /** The cue opens a quotation or a statement (a colon or an opening quote follows). */
  introduces?: boolean;
}

const NOUNISH = new Set(['PROPN', 'NOUN', 'NUM', 'ADJ', 'X', 'SYM']);
const POST_ADP = new Set(['of', 'with', 'to', 'on', 'at', 'in', 'for', 'from', 'within', 'inside', 'near', 'close', 'under', 'between', 'among', 'about', 'over', 'against', 'behind']);
const OBJECT_PRON = new Set(['him', 'her', 'them', 'it', 'us', 'me']);
const POSSESSIVE_PRON = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const QUOTE_CHARS = /^[\u201C\u201D"\u2018\u2019'`\u00AB\u00BB]+$/;
const isPossessive = (t: Tok) => t.lower === "'s" || t.lower === '’s' || t.lower === "'" || t.lower === '’';
const isQuoteMark = (t: Tok) => QUOTE_CHARS.test(t.text);
const isCapital = (t: Tok | undefined) => !!t && !t.inQuote && /^[A-Z]/.test(t.text) && t.pos !== 'PRON' && t.pos !== 'DET';
const isTime = (t: Tok | undefined) => !!t && (TIME_WORDS.has(t.lower) || /^\d{1,2}(st|nd|rd|th)?$/.test(t.lower));

function nounLike(t: Tok | undefined): boolean {
  if (!t || t.inQuote) return false;
  if (NOUNISH.has(t.pos)) return true;
  // The tagger sometimes reads a person noun as a verb ("according to people close to him").
  if (ANONYMOUS_HEADS.has(t.lower) || VAGUE_HEADS.has(t.lower)) return true;
  // wink tags some capitalised words oddly; a capitalised non-initial word is part of a name.
  return /^[A-Z]/.test(t.text) && t.pos !== 'PUNCT' && t.pos !== 'PRON' && t.pos !== 'DET' && t.pos !== 'ADP' && t.pos !== 'CCONJ';
}

/** A noun phrase ending at token index `last` (inclusive), read backwards. */
function npBackward(T: Tok[], last: number): [number, number] | null {
  const end = last + 1;
  if (last < 0) return null;
  const t0 = T[last];
  if (t0.inQuote) return null;
  if (t0.pos === 'PRON' && PRONOUNS.has(t0.lower)) return [last, end];
  if (!nounLike(t0)) return null;
  let k = last;
  while (k >= 0 && end - k < 16) {
    const t = T[k];
    if (t.inQuote) break;
    const prev = T[k - 1];
    if (nounLike(t) || t.pos === 'DET' || isPossessive(t) || (t.pos === 'PRON' && POSSESSIVE_PRON.has(t.lower))) {
      k--;
      continue;
    }
    if (t.text === '-' || t.text === '–' || t.text === '&') {
      k--;
      continue;
    }
    if ((t.pos === 'ADP' || t.lower === 'close') && POST_ADP.has(t.lower) && prev && (nounLike(prev) || prev.lower === 'close') && k + 1 < end && !isTime(T[k + 1])) {
      k--;
      continue;
    }
    if (t.pos === 'CCONJ' && t.lower === 'and' && prev && isCapital(prev) && isCapital(T[k + 1])) {
      k--;
      continue;
    }
    break;
  }
  let a = k + 1;
  // A phrase opens with a determiner, adjective, noun, name or number; drop prepositions it swallowed.
  while (a < end && (T[a].pos === 'ADP' || T[a].pos === 'CCONJ' || T[a].pos === 'PUNCT' || T[a].pos === 'SCONJ' || isPossessive(T[a]))) a++;
  // "After the meeting Biden said": a name run right before the verb, after a common noun, is the subject.
  const properRun = trailingProperRun(T, a, end);
  if (properRun && properRun[0] > a && T[properRun[0] - 1].pos === 'NOUN' && T[a].pos === 'ADP') a = properRun[0];
  if (a >= end) return null;
  return [a, end];
}

/** A noun phrase starting at token index `first`, read forwards (sources after the verb or preposition). */
function npForward(T: Tok[], first: number): [number, number] | null {
  const t0 = T[first];
  if (!t0 || t0.inQuote) return null;
  if (t0.pos === 'PRON' && PRONOUNS.has(t0.lower)) return [first, first + 1];
  let k = first;
  while (k < T.length && k - first < 16) {
    const t = T[k];
    if (t.inQuote) break;
    if (isTime(t) && k > first && (T[k - 1].pos === 'ADP' || T[k - 1].lower === 'last' || T[k - 1].lower === 'this')) {
      k--;
      break;
    }
    if (isTime(t) && k > first && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/.test(t.lower)) break;
    if (nounLike(t) || t.pos === 'DET' || isPossessive(t) || (t.pos === 'PRON' && POSSESSIVE_PRON.has(t.lower)) || (k > first && OBJECT_PRON.has(t.lower) && POST_ADP.has(T[k - 1].lower))) {
      k++;
      continue;
    }
    if (t.text === '-' || t.text === '&') {
      k++;
      continue;
    }
    const next = T[k + 1];
    if ((t.pos === 'ADP' || t.pos === 'PART' || t.lower === 'close') && POST_ADP.has(t.lower) && k > first && next && (nounLike(next) || next.pos === 'DET' || next.lower === 'close' || next.lower === 'to' || OBJECT_PRON.has(next.lower)) && !isTime(next) && !(next.pos === 'DET' && isTime(T[k + 2]))) {
      k++;
      continue;
    }
    if (t.pos === 'CCONJ' && t.lower === 'and' && k > first && next && isCapital(next) && isCapital(T[k - 1])) {
      k++;
      continue;
    }
    break;
  }
  let e = k;
  while (e > first && (T[e - 1].pos === 'ADP' || T[e - 1].pos === 'CCONJ' || T[e - 1].pos === 'DET' || T[e - 1].pos === 'PUNCT')) e--;
  if (e <= first) return null;
  if (!T.slice(first, e).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || /^[A-Z]/.test(t.text) || ANONYMOUS_HEADS.has(t.lower) || VAGUE_HEADS.has(t.lower))) return null;
  return [first, e];
}

function trailingProperRun(T: Tok[], a: number, end: number): [number, number] | null {
  let s = end;
  while (s > a && (T[s - 1].pos === 'PROPN' || (/^[A-Z]/.test(T[s - 1].text) && T[s - 1].pos !== 'DET'))) s--;
  return s < end ? [s, end] : null;
}

/** Build a Source from tokens [a, b) of a sentence whose text is `text` (offsets absolute). */
export function makeSource(T: Tok[], a: number, b: number, text: string, base = 0): Source {
  const start = T[a].start;
  const end = T[b - 1].end;
  const phrase = text.slice(start - base, end - base).replace(/\s+/g, ' ');
  const toks = T.slice(a, b);
  const lowers = toks.map((t) => t.lower);
  let kind: SourceKind;
  // The head noun: the last noun before any post-modifier ("person" in "a person familiar with the matter").
  let headIdx = toks.findIndex((t, i) => i > 0 && (t.pos === 'ADP' || t.lower === 'familiar' || t.lower === 'close') && (toks[i - 1].pos === 'NOUN' || toks[i - 1].pos === 'PROPN'));
  if (headIdx < 0) headIdx = toks.length;
  const headToks = toks.slice(0, headIdx);
  const head = [...headToks].reverse().find((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM');
  const headLower = head?.lower ?? lowers[lowers.length - 1];
  const hasProper = headToks.some((t) => t.pos === 'PROPN' && /^[A-Z]/.test(t.text));
  const headIsProper = head?.pos === 'PROPN' || (!!head && /^[A-Z]/.test(head.text) && head.pos !== 'PRON');
  const personNoun = ANONYMOUS_HEADS.has(headLower) || VAGUE_HEADS.has(headLower);
  const postModified = headIdx < toks.length;
  if (toks.length === 1 && toks[0].pos === 'PRON') kind = 'pronoun';
  // Bare "sources", "critics", "some experts"; "the sources" points back to sources named earlier.
  else if (VAGUE_HEADS.has(headLower) && !postModified && !headToks.some((t) => t !== head && (t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || /^(the|these|those|both|such|his|her|their|its)$/.test(t.lower)))) kind = 'vague';
  else if (DOCUMENT_HEADS.has(headLower)) kind = 'outlet';
  else if (OFFICE_HEADS.has(headLower) && !ANONYMOUS_HEADS.has(headLower)) kind = 'office';
  else if (personNoun) kind = 'anonymous';
  else if (headIsProper) kind = 'named';
  else kind = hasProper ? 'named' : 'anonymous';
  let name = phrase;
  if (kind === 'named' && headIsProper && headIdx === toks.length) {
    const run = trailingProperRun(toks, 0, toks.length);
    if (run) {
      // Drop the titles before the name ("Oslund Trade Secretary Pavel Andric" → "Pavel Andric").
      let s = run[0];
      for (let k = run[0]; k < run[1] - 1; k++) if (TITLE_WORDS.has(toks[k].lower)) s = HONORIFICS.test(toks[k].lower) ? k : k + 1;
      const before = toks[run[0] - 1];
      if (!(before && isPossessive(before))) name = text.slice(toks[s].start - base, end - base).replace(/\s+/g, ' ');
    }
  }
  const speaker = kind !== 'anonymous' || ANONYMOUS_HEADS.has(headLower);
  return { start, end, text: phrase, kind, name, head: headLower, speaker };
}

/** Reporting verbs that put their speaker after them ("…, said Singh"); after "told" or "urged" comes the listener. */
const INVERTIBLE = new Set([
  'say', 'add', 'ask', 'explain', 'write', 'report', 'note', 'insist', 'reply', 'respond', 'answer', 'recall', 'state', 'conclude',
  'concede', 'observe', 'remark', 'comment', 'counter', 'quip', 'joke', 'complain', 'argue', 'acknowledge', 'admit', 'declare',
  'announce', 'confirm', 'deny', 'predict', 'suggest', 'stress', 'emphasize', 'reiterate', 'claim', 'allege', 'contend', 'maintain',
  'tweet', 'post', 'shout', 'whisper', 'wonder', 'caution', 'warn', 'recount', 'continue',
]);

/** Honorifics stay with the name ("Mr. Miller"). */
const HONORIFICS = /^(mr|mrs|ms|dr|prof)\.?$/;

const CUE_VERB_POS = new Set(['VERB', 'AUX', 'NOUN', 'ADJ', 'PROPN']);

/**
 * Cues of one sentence. `T` are its tokens (whitespace excluded), `text` the document text (offsets
 * absolute) or a slice of it starting at `base`.
 */
export function findCues(T: Tok[], text: string, base = 0): Cue[] {
  const cues: Cue[] = [];
  const src = (r: [number, number] | null) => (r ? makeSource(T, r[0], r[1], text, base) : null);
  const span = (a: number, b: number) => ({ start: T[a].start, end: T[b].end, text: text.slice(T[a].start - base, T[b].end - base) });
  for (let i = 0; i < T.length; i++) {
    const t = T[i];
    if (t.inQuote) continue;
    const lower = t.lower;
    const next = T[i + 1];
    const prev = T[i - 1];

    // Hedging adverbs: "reportedly", "allegedly".
    if (HEDGE_ADVERBS.has(lower)) {
      if (lower === 'apparently' || lower === 'seemingly') continue; // hedges of perception, not of sourcing
      cues.push({ ...span(i, i), lemma: lower, role: 'hedge', at: i, source: null });
      continue;
    }
    // "according to X"
    if (lower === 'according' && next?.lower === 'to') {
      const r = npForward(T, i + 2);
      cues.push({ ...span(i, i + 1), lemma: 'according to', role: r ? 'report' : 'hedge', at: i, source: src(r), order: 'after' });
      i++;
      continue;
    }
    // "citing X", "as per X", "per X" (a name follows)
    if (lower === 'citing' || (lower === 'per' && (prev?.lower === 'as' || (next && /^[A-Z]/.test(next.text) && next.pos === 'PROPN')))) {
      const r = npForward(T, i + 1);
      if (r) cues.push({ ...span(i, i), lemma: lower === 'citing' ? 'cite' : 'per', role: 'report', at: i, source: src(r), order: 'after' });
      continue;
    }
    // "reports say", "amid reports", "media reports"
    if ((lower === 'reports' || lower === 'report') && t.pos === 'NOUN' && (prev?.lower === 'amid' || prev?.lower === 'to' || prev?.lower === 'media' || prev?.lower === 'press' || prev?.lower === 'news')) {
      cues.push({ ...span(i, i), lemma: 'report', role: 'hedge', at: i, source: null });
      continue;
    }

    // Passive hedges whose participle is not a reporting verb: "is understood to", "was rumoured to".
    if (!reportLemma(lower) && HEDGE_PASSIVES.has(lower) && lower !== 'described') {
      let j = i - 1;
      while (j >= 0 && T[j].pos === 'ADV' && !T[j].inQuote) j--;
      if (j >= 0 && BE_FORMS.has(T[j].lower) && (next?.lower === 'to' || next?.lower === 'that' || T[j - 1]?.lower === 'it')) {
        cues.push({ ...span(j, i), lemma: lower, role: 'hedge', at: j, source: null });
      }
      continue;
    }
    const lemma = reportLemma(lower);
    if (!lemma || !CUE_VERB_POS.has(t.pos)) continue;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      // Nouns that are verb forms only count in clear verb slots ("the report said" has "report" as a noun).
      if (!(prev && (prev.pos === 'PRON' || prev.pos === 'PROPN') && /s$|ed$/.test(lower) && lower !== 'reports' && lower !== 'states')) continue;
    }
    if (t.pos === 'ADJ' && !/ed$/.test(lower)) continue;

    // Passive hedges: "is said to", "was reported to", "it is believed", "has been reported".
    let j = i - 1;
    while (j >= 0 && T[j].pos === 'ADV' && !T[j].inQuote) j--;
    // "He’s said that …": a contracted "has", not a passive.
    const hasContracted = j >= 1 && (T[j].lower === "'s" || T[j].lower === '’s') && (T[j - 1].pos === 'PRON' || T[j - 1].pos === 'PROPN') && j === i - 1 && (next?.lower === 'that' || (next !== undefined && isQuoteMark(next)) || next?.inQuote === true);
    if (j >= 0 && BE_FORMS.has(T[j].lower) && HEDGE_PASSIVES.has(lower) && !hasContracted) {
      const byAgent = next?.lower === 'by' ? npForward(T, i + 2) : null;
      if (byAgent) {
        cues.push({ ...span(i, i + 1), lemma, role: 'report', at: i, source: src(byAgent), order: 'after' });
        i++;
        continue;
      }
      const itFrame = T[j - 1]?.lower === 'it' || T[j - 2]?.lower === 'it';
      const toFrame = next?.lower === 'to';
      const thatFrame = next?.lower === 'that';
      if (itFrame || toFrame || (thatFrame && lower !== 'told' && lower !== 'informed') || (lower === 'reported' && !next?.inQuote)) {
        if (lemma !== 'tell' && lemma !== 'inform') cues.push({ ...span(j, i), lemma, role: 'hedge', at: j, source: null });
      }
      continue;
    }
    // "as quoted by X", "as reported by X"
    if (next?.lower === 'by' && (lemma === 'quote' || lemma === 'report' || lemma === 'cite' || lemma === 'tell')) {
      const r = npForward(T, i + 2);
      if (r) cues.push({ ...span(i, i + 1), lemma, role: 'report', at: i, source: src(r), order: 'after' });
      continue;
    }
    // Ignore verb uses that are not reports: "asked for", "called for", "called off", "point" without "out".
    if (lemma === 'ask' && next?.lower === 'for') continue;
    if (lemma === 'call' && (next?.lower === 'off' || next?.lower === 'for' || next?.lower === 'up' || next?.lower === 'in')) continue;
    if (lemma === 'point' && next?.lower !== 'out') continue;
    // "…," he continued. / the statement read: — only as a speech tag.
    if ((lemma === 'continue' || lemma === 'read') && !(next === undefined || next.pos === 'PUNCT' || isQuoteMark(next) || (lemma === 'continue' && isQuoteMark(prev ?? next)))) continue;
    // Weak speech verbs count only with a complement that reports words: "responded that", "replied: “…”", "…, he replied."
    if ((lemma === 'respond' || lemma === 'reply' || lemma === 'answer' || lemma === 'counter') && !(next === undefined || next.lower === 'that' || next.text === ':' || next.text === ',' || next.text === '.' || isQuoteMark(next) || next.inQuote)) continue;
    if (lemma === 'state' && prev?.pos === 'DET') continue;
    if (lemma === 'expect' && !(next && (next.lower === 'that' || next.pos === 'PRON' || next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'NOUN'))) continue;
    if ((lemma === 'maintain' || lemma === 'press' || lemma === 'welcome' || lemma === 'question' || lemma === 'note' || lemma === 'state' || lemma === 'post') && t.pos !== 'VERB') continue;

    let role: CueRole = DESCRIBING_LEMMAS.has(lemma) ? 'describing' : 'report';
    // Directives: "told Gallant to postpone", "urged Dermer to provide".
    if (DIRECTIVE_LEMMAS.has(lemma)) {
      let k = i + 1;
      if (T[k]?.lower === 'on' && lemma === 'call') k++;
      const obj = npForward(T, k);
      const after = obj ? obj[1] : k;
      if (T[after]?.lower === 'to' && T[after + 1] && (T[after + 1].pos === 'VERB' || T[after + 1].pos === 'AUX')) role = 'directive';
      else if (lemma === 'urge' || lemma === 'demand' || lemma === 'order' || lemma === 'instruct' || lemma === 'plead' || lemma === 'press') role = 'directive';
      else if (lemma === 'call' && T[i + 1]?.lower === 'on') role = 'directive';
    }

    // The source: a noun phrase before the verb (skipping adverbs, auxiliaries, negation, "on Tuesday").
    const b = skipToSubject(T, i - 1);
    let source = b >= 0 ? npBackward(T, b) : null;
    let order: 'before' | 'after' = 'before';
    const gerund = /ing$/.test(lower);
    if (source && b >= 0 && T[b].lower === 'that' && source[1] - source[0] === 1) source = null;
    if (!source && b >= 0 && T[b].text === ',' && !gerund) source = parentheticalSubject(T, b);
    // A second verb of the subject: "Ames declined to comment but said volumes were normal".
    if (!source && b >= 0 && T[b].pos === 'CCONJ' && !gerund) {
      const subj = sentenceSubject(T.slice(0, b));
      if (subj) source = subj;
    }
    const atClauseStart = b < 0 || (!source && (T[b].text === ',' || isQuoteMark(T[b]) || T[b].text === '—' || T[b].text === ':' || T[b].text === '(' || T[b].pos === 'PUNCT'));
    if (!source && atClauseStart && !gerund && INVERTIBLE.has(lemma)) {
      // Inverted order: "…, said a person familiar with the matter", "“…,” said Singh".
      const f = npForward(T, i + 1);
      // "…, said a person familiar with the matter." — but not "said the plant would close" (a clause's subject).
      const after = T[f ? f[1] : 0];
      if (f && (!after || after.pos === 'PUNCT' || after.pos === 'ADP' || after.pos === 'CCONJ' || isTime(after) || isQuoteMark(after))) {
        source = f;
        order = 'after';
      }
    }
    // Only a document reads ("the statement read").
    if (lemma === 'read' && !(source && DOCUMENT_HEADS.has(T[source[1] - 1].lower))) continue;
    // Adjective-tagged participles ("a detailed plan", "an informed decision") are cues only with a source.
    if (!source && t.pos !== 'VERB') continue;
    const introduces = !!next && (next.text === ':' || (next.text === ',' && isQuoteMark(T[i + 2] ?? next)) || isQuoteMark(next) || next.inQuote);
    cues.push({ ...span(i, i), lemma, role, at: i, source: src(source), order, introduces });
  }
  // A participle cue with no subject of its own (", saying", ", adding", ", warning") takes the source of
  // the sentence's earlier cue, else the sentence's subject.
  for (const c of cues) {
    if (c.source || c.role === 'hedge') continue;
    if (!/ing$/.test(c.text.toLowerCase())) continue;
    const earlier = cues.find((d) => d.at < c.at && d.source);
    if (earlier) c.source = earlier.source;
    else {
      const subj = sentenceSubject(T);
      if (subj) c.source = makeSource(T, subj[0], subj[1], text, base);
    }
  }
  return cues;
}

/**
 * The subject before a comma-delimited insertion that ends at token b (a comma): an apposition, a
 * relative clause, a participle phrase or a parenthetical ("Singh, who spoke to reporters, said",
 * "The exchange, in a statement, said", "one passenger, Lisa Berg, told").
 */
function parentheticalSubject(T: Tok[], b: number): [number, number] | null {
  let c = b - 1;
  while (c >= 0 && T[c].text !== ',' && !T[c].inQuote && b - c < 32) c--;
  if (c <= 0 || T[c].text !== ',') return null;
  const inner = T.slice(c + 1, b);
  if (!inner.length) return null;
  // A name in apposition after a description: the name is the speaker.
  if (inner.every((x) => isCapital(x) || x.pos === 'PROPN') && nounLike(T[c - 1])) return [c + 1, b];
  const first = inner[0];
  const finite = inner.some((x, k) => (x.pos === 'AUX' || (x.pos === 'VERB' && !/(ed|ing|en)$/.test(x.lower) && !/^[A-Z]/.test(x.text))) && k > 0);
  const opens = /^(who|which|whose)$/.test(first.lower) || ['DET', 'ADJ', 'NUM', 'ADP', 'PROPN', 'NOUN'].includes(first.pos) || (first.pos === 'VERB' && /(ed|ing|en)$/.test(first.lower));
  // A participle insertion may hold a clause of its own ("speaking on condition of anonymity because they were not …").
  const participle = first.pos === 'VERB' && /ing$/.test(first.lower);
  if (!opens || (finite && !/^(who|which|whose)$/.test(first.lower) && !participle)) return null;
  const r = npBackward(T, c - 1);
  // The insertion must follow a subject that starts its clause (not "…, in Washington, US officials said").
  if (!r) return null;
  const before = T[r[0] - 1];
  return !before || before.pos === 'PUNCT' || before.pos === 'CCONJ' || before.pos === 'SCONJ' || isQuoteMark(before) ? r : null;
}

/** From token index b backwards, skip what sits between a subject and its verb: adverbs, auxiliaries, negation, "on Tuesday". */
function skipToSubject(T: Tok[], b: number): number {
  for (;;) {
    while (b >= 0 && !T[b].inQuote && (T[b].pos === 'ADV' || T[b].pos === 'AUX' || (T[b].pos === 'PART' && /^(not|n[’']t)$/.test(T[b].lower)))) b--;
    if (b >= 1 && isTime(T[b]) && (T[b - 1].pos === 'ADP' || T[b - 1].lower === 'last' || T[b - 1].lower === 'this')) {
      b -= 2;
      continue;
    }
    if (b >= 2 && isTime(T[b]) && T[b - 1].pos === 'DET' && T[b - 2].pos === 'ADP') {
      b -= 3;
      continue;
    }
    return b;
  }
}

/** The noun phrase before the sentence's first verb outside quotes (its grammatical subject, roughly). */
export function sentenceSubject(T: Tok[]): [number, number] | null {
  // Skip an opening participle or subordinate clause: "Asked whether fares would rise, Eklund paused."
  let from = 0;
  const first = T.find((t) => t.pos !== 'PUNCT' && !t.inQuote);
  if (first && (first.pos === 'VERB' || first.pos === 'SCONJ' || first.pos === 'ADP' || first.pos === 'ADV')) {
    const comma = T.findIndex((t) => t.text === ',' && !t.inQuote);
    if (comma > 0) from = comma + 1;
  }
  for (let i = from; i < T.length; i++) {
    const t = T[i];
    if (t.inQuote) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      const b = skipToSubject(T, i - 1);
      if (b >= from && T[b].text === ',') return parentheticalSubject(T, b);
      return b >= from ? npBackward(T, b) : null;
    }
  }
  return null;
}

/** A colon cue opening a heading-style line: "Araghchi: The talks are over", "Gallant: “…”". */
export function colonCue(T: Tok[], text: string, base = 0): Cue | null {
  const colon = T.findIndex((t, i) => i > 0 && i <= 6 && t.text === ':' && !t.inQuote);
  if (colon < 0) return null;
  const r = npBackward(T, colon - 1);
  if (!r || r[0] !== firstWord(T)) return null;
  if (T.slice(r[0], r[1]).some((t) => t.pos === 'VERB')) return null;
  const source = makeSource(T, r[0], r[1], text, base);
  if (source.kind === 'pronoun' || source.kind === 'vague') return null;
  return { text: ':', lemma: 'colon', role: 'report', start: T[colon].start, end: T[colon].end, at: colon, source, order: 'before', introduces: true };
}

function firstWord(T: Tok[]): number {
  let i = 0;
  while (i < T.length && (T[i].pos === 'PUNCT' || isQuoteMark(T[i]))) i++;
  return i;
}

export { npBackward, npForward, isQuoteMark };
