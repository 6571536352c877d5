// attribution/unattributed-claim: the draft states as fact what the references only attribute or hedge.
import type { Rule, RawFinding } from '../../rule';
import type { Draft } from '../../draft/draft';
import type { Corpus } from '../../corpus/corpus';
import type { Evidence, Fix } from '../../types';
import { draftModel } from '../../attribution/documents';
import { claimIndex, matchClaim, sentenceStems, type ClaimIndex, type ClaimMatch, type RefClaims } from '../../attribution/claims';
import { vagueness } from '../../attribution/vagueness';
import { evidence, isHeadline, refLabel, shorten, trimmedRange } from '../../attribution/evidence';
import { sentenceSubject, type Source } from '../../attribution/cues';
import type { AttrSentence, AttributionModel } from '../../attribution/model';
import { bestAlignment, sharedCopularPredicate } from '../../attribution/claim-alignment';
import { TIME_WORDS, TITLE_WORDS } from '../../attribution/lexicon';
import { coveredByParagraph, paragraphSourcing, sourceKey } from '../../attribution/coverage';
import { claimTokens, predicates, samePredicate, withoutAsides } from '../../attribution/claim-scope';
import { contentWords, stem, type ContentWord } from '../../attribution/content';

/** Minimum share of the draft sentence's weighted content an attributed reference window must carry. */
const MIN_ATTRIBUTED = 0.55;
/** The references must not state the same content as background nearly as well. */
const BACKGROUND_MARGIN = 0.2;
const MIN_STEMS = 4;

export const unattributedClaim: Rule = {
  id: 'attribution/unattributed-claim',
  check: 'attribution',
  description: 'A sentence states as fact what the references attribute to a source or hedge ("a person familiar with the matter said", "reportedly").',
  defaultLevel: 'warning',
  run({ draft, corpus }) {
    if (!corpus.size) return [];
    const model = draftModel(draft);
    const index = claimIndex(corpus);
    const memo = matchMemo(corpus);
    const style = attributionStyle(model);
    const out: RawFinding[] = [];
    const byParagraph = new Map<number, AttrSentence[]>();
    for (const s of model.sentences) {
      const list = byParagraph.get(s.paragraph) ?? [];
      list.push(s);
      byParagraph.set(s.paragraph, list);
    }
    for (const s of model.sentences) {
      if (isHeadline(draft, s)) continue;
      // "He told investigators he wanted …": a party's own account, which the references may have only from a
      // third source ("…, according to one of the officials").
      const account = partyAccount(draft, s);
      if (!account && isAttributed(draft, byParagraph, s)) continue;
      const stems = claimStems(s);
      if (stems.size < MIN_STEMS - 1) continue;
      const key = [...stems].map(([k, v]) => `${k}/${v}`).join(' ');
      let match = memo.get(key);
      if (!match) {
        match = matchClaim(index, stems);
        memo.set(key, match);
      }
      const finding = judge(draft, model, s, match, index, style, stems, account);
      if (finding && !attributedElsewhere(model, s, stems)) out.push(finding);
    }
    return out;
  },
};

/**
 * The content of what a draft sentence claims: its words less its asides ("Vik, Oslo's deputy mayor, led the talks":
 * who Vik is is background the references may give anywhere).
 */
function claimStems(s: AttrSentence): Map<string, ContentWord['cls']> {
  const all = sentenceStems(s, true);
  const kept = new Set(withoutAsides(s.tokens));
  const own = new Map<string, ContentWord['cls']>();
  for (const w of contentWords(s.tokens, (t) => !kept.has(t))) own.set(w.stem, w.cls);
  return own.size >= MIN_STEMS ? own : all;
}

/** Per corpus version: draft sentence content → match, so a keystroke re-matches only the sentence it changed. */
function matchMemo(corpus: Corpus): Map<string, ClaimMatch> {
  const memo = corpus.derived('attribution/claim-match-memo', () => new Map<string, ClaimMatch>());
  if (memo.size > 5000) memo.clear();
  return memo;
}

/**
 * Attributed in the draft: its own cue of any kind (a reporting verb whose subject we could not read still
 * tells the reader someone says it), a quotation, a source anywhere in its paragraph, or a paragraph before
 * that introduces it with a colon.
 */
function isAttributed(draft: Draft, byParagraph: Map<number, AttrSentence[]>, s: AttrSentence): boolean {
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
function attributedElsewhere(model: AttributionModel, s: AttrSentence, stems: Map<string, string>): boolean {
  return model.sentences.some((n) => {
    if (n === s || !n.cues.some((c) => c.role === 'report' && c.source && c.source.kind !== 'vague')) return false;
    const other = sentenceStems(n, true);
    let shared = 0;
    for (const k of stems.keys()) if (other.has(k)) shared++;
    return shared >= 3 && shared / stems.size >= SAME_CLAIM;
  });
}

/** Questions, verbless lines (captions, bylines) and embedded posts ("— Ann Vik (@annvik) May 2") state no claim. */
function notAClaim(draft: Draft, s: AttrSentence): boolean {
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
function ownAct(s: AttrSentence): boolean {
  const subj = sentenceSubject(s.tokens);
  if (!subj || !s.tokens.slice(subj[0], subj[1]).some((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text))) return false;
  const verb = s.tokens.slice(subj[1]).find((t) => !t.inQuote && t.pos === 'VERB');
  if (!verb) return false;
  const next = s.tokens[s.tokens.indexOf(verb) + 1];
  return SPEECH_ACTS.has(stem(verb.lower)) || (stem(verb.lower) === 'call' && !!next && /^(on|for|upon)$/.test(next.lower));
}

function judge(draft: Draft, model: AttributionModel, s: AttrSentence, match: ClaimMatch, index: ClaimIndex, style: Style, stems: Map<string, string>, account: boolean): RawFinding | null {
  const top = match.best[0];
  if (!top || match.attributed < MIN_ATTRIBUTED) return null;
  // A party's account is flagged only when the references report that account from someone else.
  if (account && !thirdPartyAccount(index.refs[top.ref], index.refs[top.ref].claims[top.lead])) return null;
  if (match.background > match.attributed - BACKGROUND_MARGIN) return null;
  // The claim must share a predicate and an entity with the reference, unless nearly all of it matches
  // (the tagger misses some verbs: "will only brief Biden").
  if (!top.sharedVerb && !(top.sharedNames >= 1 && match.attributed >= 0.85) && !sharedCopularPredicate(s, stems, index.refs[top.ref], top.claims)) return null;
  const r = index.refs[top.ref];
  const lead = r.claims[top.lead];
  if (!predicatesAlike(s, stems, r, top.claims)) return null;
  // The reference's frame must name someone who can say it ("was announced by …" has no speaker before it);
  // whatever follows "according to" is a source (a body, a document, a model).
  const speaks = lead.source && (lead.source.speaker || lead.source.kind === 'pronoun' || lead.cue?.lemma === 'according to');
  if (lead.source && (!speaks || TIME_WORDS.has(lead.source.head))) return null;
  const alignment = bestAlignment(stems, r, top.claims, index);
  // A claim with no name needs most of its content, and the reference's, to be the same fact.
  if (top.sharedNames < 1 && match.attributed < 0.75 && (match.attributed < NO_NAME_ATTRIBUTED || alignment < NO_NAME_ALIGNMENT) && alignment < NO_NAME_FULL_ALIGNMENT) return null;
  // The reference quotes someone here without saying who in the sentence: a draft sentence with the same words
  // reproduces a quote (the quote rules' business). A quote the sentence attributes ("…," the bank said) is a
  // claim of that speaker, and the draft, with no quotation marks and no source, states it as fact.
  if (top.claims.some((ci) => quotedHere(r.model.sentences[r.claims[ci].sentence].quoteShare, !!r.claims[ci].source))) return null;
  // A quote its sentence gives to a speaker ("“The vaccine was generally safe,” the company said"): the draft states
  // the speaker's claim as fact when it repeats the quoted words without quotation marks, not when it only reports
  // the same event in its own words ("The two met at the White House").
  if (r.model.sentences[lead.sentence].quoteShare >= 0.5 && !top.claims.some((ci) => repeatsQuote(draft.text.slice(s.start, s.end), r, r.claims[ci].sentence))) return null;
  // "The FBI isn't destroying his life" against "they destroyed his life": a denial is not the claim restated. (The
  // other way round is often a paraphrase: "would not be approved until …" / "to postpone it until …".)
  if (negated(s.tokens.filter((t) => !t.inQuote)) && !negated(refClaimTokens(r, lead))) return null;
  // Three content words make a claim only when they are nearly all the reference's claim too.
  if (stems.size < MIN_STEMS && (match.attributed < 0.95 || alignment < 0.5)) return null;
  const windows = match.best.filter((b) => b.score >= match.attributed * 0.8);
  const refSources = windows.flatMap((b) => {
    const src = index.refs[b.ref].claims[b.lead].source;
    return src ? [sourceKey(src)] : [];
  });
  const refHedged = windows.some((b) => !index.refs[b.ref].claims[b.lead].source);
  // The draft sentence names the reference's source as its actor ("Rep. Vik read the email aloud" against "Vik
  // claimed to read the email"): it tells what that source did or said, not a fact of its own.
  if (namesSource(s, windows.map((b) => index.refs[b.ref].claims[b.lead].source))) return null;
  if (coveredByParagraph(paragraphSourcing(model, s, draft.text), refSources, refHedged)) return null;
  // A claim left to an unnamed source or a hedge is the surer miss; one given on the record is still the source's.
  const onRecord = unnamedSourcing(r, lead) ? 0 : ON_RECORD_PENALTY;
  // A named subject's own invitation or appeal that the references have on the record was made in public.
  if (onRecord && ownAct(s)) return null;
  // A source on the record is often left out for facts the story takes as settled: only a close match counts.
  if (onRecord && match.attributed < ON_RECORD_MIN_ATTRIBUTED) return null;
  const confidence = Math.round((Math.min(1, 0.35 + 0.3 * match.attributed + 0.5 * alignment) - onRecord) * 100) / 100;
  if (alignment < MIN_ALIGNMENT || confidence < MIN_CONFIDENCE) return null;
  const sourceText = lead.sourceText;
  const hedge = lead.cue?.role === 'hedge' ? lead.cue.text : 'reportedly';
  const says = sourceText ? `attributed to ${sourceText}` : `hedged ("${hedge}")`;
  const ev: Evidence[] = [];
  for (const b of match.best.slice(0, 3)) {
    if (b.score < match.attributed * 0.8) break;
    const rr = index.refs[b.ref];
    const l = rr.claims[b.lead];
    ev.push(evidence(rr.ref, trimmedRange(rr.ref.text, l.start, l.end), l.sourceText ? `attributed to ${l.sourceText}` : `hedged ("${l.cue?.text ?? 'reportedly'}")`));
  }
  const range = trimmedRange(draft.text, s.start, s.end);
  const fixes = buildFixes(draft, s, range, lead.source, lead.sourceText, lead.cue?.lemma, r.ref.meta.outlet, style);
  return {
    range,
    message: `${account ? 'Given as a first-hand account' : 'Stated as fact'}, but ${refLabel(r.ref)} has this ${says}: "${shorten(r.ref.text.slice(lead.start, lead.end), 110)}"`,
    evidence: ev,
    fixes,
    data: { source: sourceText, score: Math.round(match.attributed * 100) / 100, background: Math.round(match.background * 100) / 100, refCov: Math.round(alignment * 100) / 100, kind: lead.source?.kind ?? (lead.cue?.role === 'hedge' ? 'hedge' : null) },
    confidence,
  };
}

/**
 * Does the draft sentence name one of the references' sources by a proper name of its phrase ("Vik", "Siemens"
 * of "a Siemens official"), standing alone ("Siemens", not "Siemens Tower": a place named after it is not it)?
 */
function namesSource(s: AttrSentence, sources: (Source | null)[]): boolean {
  const T = s.tokens;
  const names = new Set(T.filter((t, i) => !t.inQuote && /^\p{Lu}/u.test(t.text) && !/^\p{Lu}/u.test(T[i + 1]?.text ?? '')).map((t) => t.lower));
  const sourceNames = (src: Source) => src.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase().replace(/['’]s$/, '').replace(/[.,]+$/, '')).filter((w) => !TITLE_WORDS.has(w) && !/^(the|a|an)$/.test(w));
  return sources.some((src) => !!src && sourceNames(src).some((w) => names.has(w)));
}

/** A reference sentence that quotes without a source: the draft's words are the quote's. */
function quotedHere(share: number, sourced: boolean): boolean {
  return !sourced && share >= 0.3;
}

/** Words in a row the draft sentence must share with a quote to repeat it. */
const QUOTE_RUN = 5;

/**
 * The draft sentence repeats five or more words in a row of a quote in the reference's sentence, three of them
 * lower-case words of four letters or more: the speaker's wording, not a title or a name ("Ambassador to the
 * United Nations Susan Rice").
 */
function repeatsQuote(sentence: string, r: RefClaims, sentenceIndex: number): boolean {
  const words = (t: string) => t.replace(/[’‘]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
  const own = ` ${words(sentence).join(' ').toLowerCase()} `;
  return r.model.quotes.some((q) => {
    if (q.sentence !== sentenceIndex) return false;
    const w = words(r.ref.text.slice(q.innerStart, q.innerEnd));
    for (let i = 0; i + QUOTE_RUN <= w.length; i++) {
      const run = w.slice(i, i + QUOTE_RUN);
      if (run.filter((x) => /^\p{Ll}{4,}/u.test(x)).length >= 3 && own.includes(` ${run.join(' ').toLowerCase()} `)) return true;
    }
    return false;
  });
}

const NEGATION = /^(not|n't|n’t|never|no|none|nobody|nothing|neither|nor)$/;
const negated = (tokens: AttrSentence['tokens']) => tokens.some((t) => NEGATION.test(t.lower));

/** The tokens of a reference claim itself (see claim-scope). */
function refClaimTokens(r: RefClaims, c: RefClaims['claims'][number]): AttrSentence['tokens'] {
  const rs = r.model.sentences[c.sentence];
  return claimTokens(rs, c.sourcing === 'background' ? null : c.cue) ?? rs.tokens;
}

/** The draft sentence predicates what the reference window's claim does (see claim-scope's samePredicate). */
function predicatesAlike(s: AttrSentence, stems: Map<string, string>, r: RefClaims, window: number[]): boolean {
  const own = predicates(s.tokens.filter((t) => !t.inQuote), stem);
  // Its content words, and its verbs whatever they are ("went" is a stop word for matching content).
  const words = new Set([...stems.keys(), ...own.words, ...own.relativeVerbs]);
  return window.some((ci) => {
    return samePredicate(words, own.copular, predicates(refClaimTokens(r, r.claims[ci]), stem));
  });
}

/** Verbs of an account given to someone (police, investigators) rather than said in public. */
const ACCOUNT_LEMMAS = new Set(['tell', 'admit', 'confess']);

/**
 * "He told investigators he wanted to start a war.", "She admitted the theft and said she acted alone.": the
 * sentence reports only what its own subject, a person, told someone or admitted. Not a claim of the writer's,
 * but such an account reaches a reporter through whoever heard it, and the draft may drop that source.
 */
function partyAccount(draft: Draft, s: AttrSentence): boolean {
  if (s.hedged || s.quoteShare > 0 || !s.cues.length || notAClaim(draft, s)) return false;
  const subj = sentenceSubject(s.tokens);
  if (!subj) return false;
  const subject = { start: s.tokens[subj[0]].start, end: s.tokens[subj[1] - 1].end };
  const person = (c: AttrSentence['cues'][number]) => c.role === 'report' && !!c.source && (c.source.kind === 'named' || c.source.kind === 'pronoun') && c.order === 'before';
  const first = s.cues[0];
  return s.cues.every(person) && ACCOUNT_LEMMAS.has(first.lemma) && first.source!.start >= subject.start && first.source!.end <= subject.end;
}

/** Documents that tell what someone said from a third side (a filing, a complaint, court records). */
const THIRD_PARTY_DOCUMENTS = /^(filing|filings|affidavit|complaint|indictment|document|documents|record|records|warrant)$/;

/**
 * The reference reports someone's account ("He told investigators he …", "he admitted …") from a third source:
 * an unnamed one or a court document ("…, according to one of the officials", "…, according to a court filing").
 */
function thirdPartyAccount(r: RefClaims, lead: RefClaims['claims'][number]): boolean {
  const src = lead.source;
  if (!src || !lead.cue || lead.cue.role !== 'report') return false;
  if (!unnamedSourcing(r, lead) && !(src.kind === 'outlet' && THIRD_PARTY_DOCUMENTS.test(src.head))) return false;
  const rs = r.model.sentences[lead.sentence];
  const inner = new Set(refClaimTokens(r, lead));
  return rs.cues.some((c) => c !== lead.cue && c.role === 'report' && rs.tokens.some((t) => inner.has(t) && t.start >= c.start && t.end <= c.end));
}

/** Findings below this are not reported. */
const MIN_CONFIDENCE = 0.5;
/** How much of the reference's claim the draft sentence must carry, besides carrying most of its own content there. */
const MIN_ALIGNMENT = 0.3;
/** A claim with no name: the share of its content in the reference window, and of the reference's in it. */
const NO_NAME_ATTRIBUTED = 0.65;
/** Confidence taken off a claim the references attribute to a named person, an office or a document. */
const ON_RECORD_PENALTY = 0.05;
/** Share of the draft sentence's content a reference window must carry when its source is on the record. */
const ON_RECORD_MIN_ATTRIBUTED = 0.7;
const NO_NAME_ALIGNMENT = 0.5;
/** …or this much of the reference's claim at the least match. */
const NO_NAME_FULL_ALIGNMENT = 0.6;

/** Person nouns that stand for a source left unnamed ("a person familiar with the matter", "officials"). */
const UNNAMED_HEADS = /^(person|people|source|sources|official|officials|aide|aides|diplomat|diplomats|insider|insiders|individual|individuals|adviser|advisers|advisor|advisors|staffer|staffers|employee|employees|someone|associate|associates|ally|allies|friend|friends)$/;
const ANONYMITY = /\b(familiar|close to|condition|anonymity|briefed|knowledge|senior|not authori[sz]ed|declined to be named|who asked)\b/i;

/**
 * Does the reference leave the claim to a source it does not name (a person familiar with the matter, officials,
 * a senior official), or hedge it with no source ("reportedly", "is believed to", "according to reports")?
 */
function unnamedSourcing(r: RefClaims, lead: RefClaims['claims'][number]): boolean {
  const cue = lead.cue;
  if (!cue) return false;
  if (cue.role === 'hedge') return !!vagueness(cue, r.model.sentences[lead.sentence], r.ref.text);
  const src = lead.source;
  // "several media reports", "news accounts": reports nobody is named for.
  if (src?.kind === 'outlet' && /^(reports|accounts|media)$/.test(src.head) && !/\p{Lu}/u.test(src.text.slice(1))) return true;
  if (!src || src.kind === 'named' || src.kind === 'office' || src.kind === 'outlet') return false;
  if (src.kind === 'vague') return true;
  if (!UNNAMED_HEADS.test(src.head)) return false;
  // "a Siemens spokesman" is on the record for the company; capitalised qualifiers need an anonymity marker.
  const capitals = src.text.split(/\s+/).slice(1).some((w) => /^\p{Lu}/u.test(w));
  return ANONYMITY.test(src.text) || !capitals;
}

interface Style {
  /** "said X" rather than "X said" in the draft's own attributions. */
  inverted: boolean;
}

function attributionStyle(model: AttributionModel): Style {
  let before = 0;
  let after = 0;
  for (const s of model.sentences)
    for (const c of s.cues) {
      if (c.role !== 'report' || !c.source || c.lemma === 'according to') continue;
      if (c.order === 'after') after++;
      else before++;
    }
  return { inverted: after > before };
}

/** Lower-case a phrase's leading determiner for use mid-sentence ("A person familiar…" → "a person familiar…"). */
function midSentence(text: string): string {
  return text.replace(/^(A|An|The|Another|One|Some|Several|Two|Three|Four|Five)\s+(?=[a-z])/, (m) => m.toLowerCase());
}

function buildFixes(draft: Draft, s: AttrSentence, range: { start: number; end: number }, source: Source | null, sourceText: string | null, lemma: string | undefined, outlet: string | undefined, style: Style): Fix[] {
  const text = draft.text;
  // Insert before the sentence's closing punctuation (and any closing quote after it).
  let end = range.end;
  const tail = /([.!?…]["”’)]*)$/.exec(text.slice(range.start, range.end));
  if (tail) end = range.end - tail[0].length;
  const closing = tail ? tail[0] : '.';
  const fixes: Fix[] = [];
  if (sourceText) {
    const who = midSentence(sourceText);
    const isOutlet = source?.kind === 'outlet' || lemma === 'report';
    const verb = isOutlet ? 'reported' : 'said';
    const phrase = lemma === 'according to' ? `, according to ${who}` : style.inverted && !isOutlet ? `, said ${who}` : `, ${who} ${verb}`;
    fixes.push({ title: `Attribute to ${sourceText} as the references do`, edits: [{ range: { start: end, end: range.end }, newText: `${phrase}${closing}` }], preferred: true });
    if (lemma !== 'according to') fixes.push({ title: `Add "according to ${who}"`, edits: [{ range: { start: end, end: range.end }, newText: `, according to ${who}${closing}` }] });
  } else {
    // Hedged in the references without a source: name the outlet that carried it, or hedge the same way.
    if (outlet) fixes.push({ title: `Attribute to ${outlet}, which reported it`, edits: [{ range: { start: end, end: range.end }, newText: `, ${outlet} reported${closing}` }], preferred: true });
    const verbAt = mainVerb(s);
    if (verbAt !== undefined) fixes.push({ title: 'Hedge with "reportedly" as the references do', edits: [{ range: { start: verbAt, end: verbAt }, newText: 'reportedly ' }], preferred: !outlet });
  }
  return fixes;
}

/** Offset of the sentence's main verb after its subject (after auxiliaries: "has reportedly blocked"). */
function mainVerb(s: AttrSentence): number | undefined {
  const subj = sentenceSubject(s.tokens);
  const from = subj ? subj[1] : 0;
  for (let i = from; i < s.tokens.length; i++) {
    const t = s.tokens[i];
    if (t.inQuote) continue;
    if (t.pos === 'VERB') return t.start;
    if (t.pos === 'AUX' && s.tokens[i + 1] && s.tokens[i + 1].pos !== 'VERB' && s.tokens[i + 1].pos !== 'AUX' && s.tokens[i + 1].pos !== 'PART') return s.tokens[i + 1].start;
  }
  return undefined;
}
