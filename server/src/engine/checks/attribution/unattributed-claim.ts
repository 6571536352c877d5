// attribution/unattributed-claim: the draft states as fact what the references only attribute or hedge.
import type { Rule, RawFinding } from '../../rule';
import type { Draft } from '../../draft/draft';
import type { Corpus } from '../../corpus/corpus';
import type { Evidence, Fix } from '../../types';
import { draftModel } from '../../attribution/documents';
import { claimIndex, matchClaim, type ClaimIndex, type ClaimMatch } from '../../attribution/claims';
import { evidence, isHeadline, refLabel, shorten, trimmedRange } from '../../attribution/evidence';
import { sentenceSubject, type Source } from '../../attribution/cues';
import type { AttrSentence, AttributionModel } from '../../attribution/model';
import { bestAlignment, sharedCopularPredicate } from '../../attribution/claim-alignment';
import { TIME_WORDS } from '../../attribution/lexicon';
import { coveredByParagraph, paragraphSourcing, sourceKey } from '../../attribution/coverage';
import { attributedElsewhere, claimStems, datelineOutlet, isAttributed, namesOutlet, ownAct, partyAccount } from '../../attribution/draft-sourcing';
import { namesSource, negated, predicatesAlike, quotedHere, refClaimTokens, repeatsQuote, thirdPartyAccount, unnamedSourcing } from '../../attribution/claim-comparison';

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
    const ownOutlet = datelineOutlet(draft);
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
      const finding = judge(draft, model, s, match, index, style, stems, account, ownOutlet);
      if (finding && !attributedElsewhere(model, s, stems)) out.push(finding);
    }
    return out;
  },
};

/** Per corpus version: draft sentence content → match, so a keystroke re-matches only the sentence it changed. */
function matchMemo(corpus: Corpus): Map<string, ClaimMatch> {
  const memo = corpus.derived('attribution/claim-match-memo', () => new Map<string, ClaimMatch>());
  if (memo.size > 5000) memo.clear();
  return memo;
}

function judge(draft: Draft, model: AttributionModel, s: AttrSentence, match: ClaimMatch, index: ClaimIndex, style: Style, stems: Map<string, string>, account: boolean, ownOutlet: string | null): RawFinding | null {
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
  // The reference credits the outlet whose dateline the draft carries ("…, Reuters reported" in a "(Reuters) -"
  // story): the draft is that outlet's own reporting.
  if (lead.source && ownOutlet && namesOutlet(lead.source.text, ownOutlet)) return null;
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
