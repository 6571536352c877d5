// How a draft sentence is sourced in the draft (attribution/unattributed-claim): what it claims, whether the draft
// gives it a source (its own cue, its paragraph, another sentence), and sentences that claim nothing.
import type { Draft } from '../draft/draft';
import type { AttrSentence, AttributionModel } from './model';
import { sentenceStems } from './claims';
import { sentenceSubject } from './cues';
import { contentWords, stem, type ContentWord } from './content';
import { withoutAsides } from './claim-scope';

/** Fewest content words of a sentence's own claim (less its asides) to match it without them. */
const MIN_OWN_STEMS = 4;

/**
 * The content of what a draft sentence claims: its words less its asides ("Vik, Oslo's deputy mayor, led the talks":
 * who Vik is is background the references may give anywhere).
 */
export function claimStems(s: AttrSentence): Map<string, ContentWord['cls']> {
  const all = sentenceStems(s, true);
  const kept = new Set(withoutAsides(s.tokens));
  const own = new Map<string, ContentWord['cls']>();
  for (const w of contentWords(s.tokens, (t) => !kept.has(t))) own.set(w.stem, w.cls);
  return own.size >= MIN_OWN_STEMS ? own : all;
}

/**
 * Attributed in the draft: its own cue of any kind (a reporting verb whose subject we could not read still
 * tells the reader someone says it), a quotation, a source anywhere in its paragraph, or a paragraph before
 * that introduces it with a colon.
 */
export function isAttributed(draft: Draft, byParagraph: Map<number, AttrSentence[]>, s: AttrSentence): boolean {
  // A sentence that is mostly a quotation is the quote rules' business (a speaker, or the lack of one).
  if (s.attributed || s.quoteShare > 0 || s.cues.some((c) => c.role !== 'directive')) return true;
  // "…, following reports last week that the team stopped talking": the claim is given as what reports say.
  if (REPORTS_THAT.test(draft.text.slice(s.start, s.end))) return true;
  const text = draft.text.slice(s.start, s.end);
  // "…, court documents show", "The audit found …": a document the sentence names is its source.
  if (DOCUMENT_SAYS.test(text) || MADE_CLEAR.test(text) || IDENTIFIED.test(text)) return true;
  // "But we are not going to take their word for it.": first person outside quotation marks is someone's speech
  // (a transcript, a statement printed whole), not the writer stating a fact.
  if (s.tokens.some((t) => !t.inQuote && FIRST_PERSON.has(t.lower))) return true;
  const before = byParagraph.get(s.paragraph - 1) ?? [];
  const last = before[before.length - 1];
  if (last && /:\s*["”’']?\s*$/.test(draft.text.slice(last.start, last.end))) return true;
  return notAClaim(draft, s);
}

const DOCUMENT_SAYS = /\b(audit|review|report|study|analysis|investigation|inquiry|probe|survey|poll|data|records?|documents?|filings?|complaint|indictment|affidavit|lawsuit|statement|papers|figures|estimates?|models?|forecasts?)\s+(\S+\s+){0,2}(found|finds|find|show|shows|showed|shown|concluded|concludes|says|said|states|stated|alleges|alleged|revealed|reveals|indicate|indicated|indicates|suggest|suggests|suggested|cited|cites)\b/i;
/** "The Associated Press identified a third victim", "identified as": someone who identified them is the source. */
const IDENTIFIED = /\bidentified\b/i;
const MADE_CLEAR = /\b(made|makes|make|making)\s+(it\s+)?clear\b/i;
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our', 'ours', 'myself', 'ourselves']);
const REPORTS_THAT = /\b(reports?|reporting|accounts?|allegations?|claims?)\s+(\S+\s+){0,3}that\b/i;

/** Share of a sentence's content another sentence of the draft must carry to be the same claim. */
const SAME_CLAIM = 0.75;

/**
 * The draft gives the source of this claim in another sentence ("Vik ran the clinic in Oslo, the charity said."
 * … "Vik had run the clinic in Oslo."): the reader has been told who says it; restating it is not dropping it.
 */
export function attributedElsewhere(model: AttributionModel, s: AttrSentence, stems: Map<string, string>): boolean {
  return model.sentences.some((n) => {
    if (n === s || !n.cues.some((c) => c.role === 'report' && c.source && c.source.kind !== 'vague')) return false;
    const other = sentenceStems(n, true);
    let shared = 0;
    for (const k of stems.keys()) if (other.has(k)) shared++;
    return shared >= 3 && shared / stems.size >= SAME_CLAIM;
  });
}

/** Questions, verbless lines (captions, bylines) and embedded posts ("— Ann Vik (@annvik) May 2") state no claim. */
export function notAClaim(draft: Draft, s: AttrSentence): boolean {
  const t = draft.text.slice(s.start, s.end).trim();
  if (/\?["”’']?$/.test(t)) return true;
  // "If the letter is genuine, it does not show …": a conditional weighs a claim, it does not state one.
  if (CONDITIONAL.test(t)) return true;
  if (!s.tokens.some((x) => !x.inQuote && (x.pos === 'VERB' || x.pos === 'AUX'))) return true;
  const p = draft.paragraphs[s.paragraph];
  const para = draft.text.slice(p.start, p.end);
  // A paragraph that ends without closing punctuation is page furniture ("More: Who is Vik? More about the mayor's
  // indicted aide"), a subhead or a caption.
  if (para.trimEnd().endsWith(t) && !/[.!?…"”’)]$/.test(t) && t.split(/\s+/).length <= 20) return true;
  return /\(@\w+\)|pic\.twitter\.com|^\s*[—–-]\s/.test(para);
}

const CONDITIONAL = /^\W*(if|unless|even if|whether|should)\b/i;

/** Verbs whose act is something said: an invitation, an appeal, a promise (stems, see content.ts). */
const SPEECH_ACTS = new Set(['invit', 'urg', 'ask', 'demand', 'offer', 'propos', 'appeal', 'request', 'promis', 'pledg', 'vow', 'thank', 'apologiz', 'threaten']);

/**
 * "Vik invited the inspectors to the site.", "Vik called on the board to resign.": a named subject's own invitation,
 * appeal or promise. When the references have it on the record (an agency reporting it), its source is its
 * subject; only one they leave to anonymous sources or hedge ("Vik reportedly offered …") needs a source.
 */
export function ownAct(s: AttrSentence): boolean {
  const subj = sentenceSubject(s.tokens);
  if (!subj || !s.tokens.slice(subj[0], subj[1]).some((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text))) return false;
  const verb = s.tokens.slice(subj[1]).find((t) => !t.inQuote && t.pos === 'VERB');
  if (!verb) return false;
  const next = s.tokens[s.tokens.indexOf(verb) + 1];
  return SPEECH_ACTS.has(stem(verb.lower)) || (stem(verb.lower) === 'call' && !!next && /^(on|for|upon)$/.test(next.lower));
}

/** Verbs of an account given to someone (police, investigators) rather than said in public. */
const ACCOUNT_LEMMAS = new Set(['tell', 'admit', 'confess']);

/**
 * "He told investigators he wanted to start a war.", "She admitted the theft and said she acted alone.": the
 * sentence reports only what its own subject, a person, told someone or admitted. Not a claim of the writer's,
 * but such an account reaches a reporter through whoever heard it, and the draft may drop that source.
 */
export function partyAccount(draft: Draft, s: AttrSentence): boolean {
  if (s.hedged || s.quoteShare > 0 || !s.cues.length || notAClaim(draft, s)) return false;
  const subj = sentenceSubject(s.tokens);
  if (!subj) return false;
  const subject = { start: s.tokens[subj[0]].start, end: s.tokens[subj[1] - 1].end };
  const person = (c: AttrSentence['cues'][number]) => c.role === 'report' && !!c.source && (c.source.kind === 'named' || c.source.kind === 'pronoun') && c.order === 'before';
  const first = s.cues[0];
  return s.cues.every(person) && ACCOUNT_LEMMAS.has(first.lemma) && first.source!.start >= subject.start && first.source!.end <= subject.end;
}


/** A wire dateline: "SEOUL (Reuters) -", "WASHINGTON (AP) —". */
const DATELINE = /^[\p{Lu}][\p{Lu}\p{P}\s]{0,60}\(([\p{Lu}][\p{L}.&' ]{1,40})\)\s*[-—–]/u;

/** The outlet the draft's dateline names as its own ("SEOUL (Reuters) - …" → "Reuters"), if any. */
export function datelineOutlet(draft: Draft): string | null {
  for (const p of draft.paragraphs.slice(0, 3)) {
    const m = DATELINE.exec(draft.prose.slice(p.start, p.end).trimStart());
    if (m) return m[1].trim();
  }
  return null;
}

/** The source phrase names the outlet: every word of the outlet's name is a word of it ("Reuters reported", "the AP"). */
export function namesOutlet(sourceText: string, outlet: string): boolean {
  const words = (t: string) => t.toLowerCase().match(/[\p{L}&]+/gu) ?? [];
  const own = new Set(words(sourceText));
  const name = words(outlet);
  return name.length > 0 && name.every((w) => own.has(w));
}
