// attribution/unattributed-claim: the draft states as fact what the references only attribute or hedge.
import type { Rule, RawFinding } from '../../rule';
import type { Draft } from '../../draft/draft';
import type { Corpus } from '../../corpus/corpus';
import type { Evidence, Fix } from '../../types';
import { draftModel } from '../../attribution/documents';
import { claimIndex, matchClaim, sentenceStems, type ClaimIndex, type ClaimMatch } from '../../attribution/claims';
import { evidence, isHeadline, refLabel, shorten, trimmedRange } from '../../attribution/evidence';
import { sentenceSubject, type Source } from '../../attribution/cues';
import type { AttrSentence, AttributionModel } from '../../attribution/model';

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
    for (const s of model.sentences) {
      if (isHeadline(draft, s) || isAttributed(model, s)) continue;
      const stems = sentenceStems(s, true);
      if (stems.size < MIN_STEMS) continue;
      const key = [...stems].map(([k, v]) => `${k}/${v}`).join(' ');
      let match = memo.get(key);
      if (!match) {
        match = matchClaim(index, stems);
        memo.set(key, match);
      }
      const finding = judge(draft, model, s, match, index, style);
      if (finding) out.push(finding);
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

/** Attributed in the draft: its own cue or hedge, a quotation, or a cue in the previous or next sentence of its paragraph. */
function isAttributed(model: AttributionModel, s: AttrSentence): boolean {
  // A sentence that is mostly a quotation is the quote rules' business (a speaker, or the lack of one).
  const own = (x: AttrSentence) => x.attributed || x.quoteShare >= 0.5;
  if (own(s)) return true;
  for (const k of [s.index - 1, s.index + 1]) {
    const n = model.sentences[k];
    if (n && n.paragraph === s.paragraph && (n.cues.some((c) => c.role === 'report' && c.source) || n.hedged)) return true;
  }
  return false;
}

function judge(draft: Draft, model: AttributionModel, s: AttrSentence, match: ClaimMatch, index: ClaimIndex, style: Style): RawFinding | null {
  const top = match.best[0];
  if (!top || match.attributed < MIN_ATTRIBUTED) return null;
  if (match.background > match.attributed - BACKGROUND_MARGIN) return null;
  // The claim must share a predicate and an entity with the reference, unless nearly all of it matches
  // (the tagger misses some verbs: "will only brief Biden").
  if (!top.sharedVerb && !(top.sharedNames >= 1 && match.attributed >= 0.85)) return null;
  if (top.sharedNames < 1 && match.attributed < 0.75) return null;
  const r = index.refs[top.ref];
  const lead = r.claims[top.lead];
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
    message: `Stated as fact, but ${refLabel(r.ref)} has this ${says}: "${shorten(r.ref.text.slice(lead.start, lead.end), 110)}"`,
    evidence: ev,
    fixes,
    data: { source: sourceText, score: Math.round(match.attributed * 100) / 100, background: Math.round(match.background * 100) / 100 },
  };
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
