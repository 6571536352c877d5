// Claims of a document: each logical sentence's content words and how it is sourced (attributed,
// hedged, quoted, or stated as background). Reference claims are computed once per reference
// (corpus.perReference) and indexed by content stem once per corpus version (corpus.derived).
import type { Corpus } from '../corpus/corpus';
import type { Reference } from '../corpus/reference';
import type { Cue, Source, Tok } from './cues';
import { buildAttributionModel, resolvePronoun, type AttrSentence, type AttributionModel } from './model';
import { CLASS_WEIGHT, contentWords, type ContentWord } from './content';
import { referenceModel } from './documents';
import { claimScope } from './claim-scope';

export type ClaimSourcing = 'attributed' | 'hedged' | 'quoted' | 'background';

export interface Claim {
  /** Index into the document's attribution model sentences. */
  sentence: number;
  start: number;
  end: number;
  stems: Map<string, ContentWord['cls']>;
  /** Stems of the part the source says or the hedge covers (all of `stems` for background and quotes). */
  core: Set<string>;
  /** Stems only of the rest of an attributed sentence (relative clauses, appositives, context): the writer's background. */
  side: Map<string, ContentWord['cls']>;
  sourcing: ClaimSourcing;
  /** The outer attribution: the cue that frames the sentence, if any. */
  cue: Cue | null;
  /** The source a fix would name ("a person familiar with the matter"), resolved past "the person", "they". */
  source: Source | null;
  sourceText: string | null;
}

/** The cue that frames a sentence: a trailing "…, X said" / "…, said X", else the first report cue. */
export function outerCue(s: AttrSentence): Cue | null {
  const reports = s.cues.filter((c) => c.role === 'report' || c.role === 'hedge');
  if (!reports.length) return null;
  const lastTok = lastWordToken(s.tokens);
  for (let k = reports.length - 1; k >= 0; k--) {
    const c = reports[k];
    const end = Math.max(c.end, c.source?.end ?? 0);
    if (lastTok && end >= lastTok.end - 1 && c.source) return c;
  }
  return reports.find((c) => c.source) ?? reports[0];
}

function lastWordToken(T: Tok[]): Tok | undefined {
  for (let i = T.length - 1; i >= 0; i--) if (/[\p{L}\p{N}]/u.test(T[i].text)) return T[i];
  return undefined;
}

/** Tokens that belong to the attribution frame (cue words and source phrase) rather than to the claim. */
function frameTokens(s: AttrSentence, text: string, only?: Cue): (t: Tok) => boolean {
  const ranges: [number, number][] = [];
  for (const c of only ? [only] : s.cues) {
    if (c.role !== 'report' && c.role !== 'hedge') continue;
    ranges.push([c.start, c.end]);
    if (c.source) ranges.push([c.source.start, c.source.end]);
    // "Officials familiar with the case, speaking on condition of anonymity because they were not allowed to
    // discuss it, said …": the insertion between the source and its verb belongs to the frame, not the claim.
    if (c.source && c.source.end < c.start && /^\s*,/.test(text.slice(c.source.end, c.source.end + 2))) ranges.push([c.source.end, c.start]);
  }
  return (t) => ranges.some(([a, b]) => t.start >= a && t.end <= b);
}

export function sentenceStems(s: AttrSentence, withFrame = false, text = ''): Map<string, ContentWord['cls']> {
  const skip = withFrame ? undefined : frameTokens(s, text);
  const out = new Map<string, ContentWord['cls']>();
  for (const w of contentWords(s.tokens, skip)) out.set(w.stem, w.cls);
  return out;
}

/** Words that open a new clause after a comma ("…, and while its cause is unknown, …"). */
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'although', 'though', 'whereas', 'which', 'because', 'as', 'after', 'before', 'when', 'since', 'so']);

/**
 * The content stems of each clause of a sentence, frame left out: a draft sentence may state one clause of a long
 * reference sentence ("The derailment was the line's ninth this year, according to regulators, and while its
 * cause is unknown, …"). Clauses split at semicolons, dashes and colons, and at a comma before a conjunction.
 */
export function clauseStems(s: AttrSentence, text: string): Map<string, ContentWord['cls']>[] {
  const skip = frameTokens(s, text);
  const clauses: Tok[][] = [[]];
  s.tokens.forEach((t, i) => {
    const next = s.tokens[i + 1];
    const breaks = /^[;:\u2014\u2013]$/.test(t.text) || (t.text === ',' && !!next && CLAUSE_OPENERS.has(next.lower));
    if (breaks) clauses.push([]);
    else clauses[clauses.length - 1].push(t);
  });
  return clauses.map((c) => {
    const out = new Map<string, ContentWord['cls']>();
    for (const w of contentWords(c, skip)) out.set(w.stem, w.cls);
    return out;
  }).filter((m) => m.size > 0);
}

function sourcingOf(s: AttrSentence): ClaimSourcing {
  if (s.cues.some((c) => c.role === 'report' && c.source)) return 'attributed';
  if (s.hedged) return 'hedged';
  if (s.quoteShare >= 0.5) return 'quoted';
  return 'background';
}

const DEFINITE = /^(the|this|that|these|those)\s/i;

/** A source a reader of another article can use: resolve pronouns and "the person" to the earlier phrase. */
export function resolveSource(model: AttributionModel, s: AttrSentence, src: Source, text: string): Source {
  if (src.kind === 'pronoun') {
    const p = src.text.toLowerCase();
    for (let k = s.index; k >= 0 && k >= s.index - 6; k--) {
      // "he" and "she" stand for a person, not a document or an office ("A reply inside the campaign said: …").
      const person = (x: Source) => !/^(he|she)$/.test(p) || (x.speaker && x.kind !== 'outlet' && x.kind !== 'office');
      const cand = model.sentences[k].cues.filter((c) => c.source && c.source.kind !== 'pronoun' && person(c.source) && c.source.end <= src.start && (c.role === 'report' || c.role === 'hedge'));
      if (cand.length) return resolveSource(model, model.sentences[k], cand[cand.length - 1].source!, text);
    }
    const name = resolvePronoun(src, model.sentences, text);
    return name && p !== 'it' ? { ...src, text: name, name, kind: 'named' } : src;
  }
  if (DEFINITE.test(src.text) && src.kind !== 'named' && src.kind !== 'office' && !/\bof\b/i.test(src.text)) {
    for (let k = s.index - 1; k >= 0 && k >= s.index - 6; k--) {
      const cand = model.sentences[k].cues.filter((c) => c.source && c.source.kind !== 'pronoun' && c.source.head === src.head && !DEFINITE.test(c.source.text));
      if (cand.length) return cand[cand.length - 1].source!;
    }
  }
  return src;
}

export function documentClaims(model: AttributionModel, text: string): Claim[] {
  return model.sentences.map((s) => {
    const cue = outerCue(s);
    let source: Source | null = null;
    if (cue?.source) source = resolveSource(model, s, cue.source, text);
    else if (s.quoteShare >= 0.5) {
      const q = model.quotes.find((x) => x.sentence === s.index && x.speaker && x.clear);
      if (q?.speaker) source = resolveSource(model, model.sentences[q.sentence], q.speaker, text);
    }
    const sourcing = s.heading ? 'background' : sourcingOf(s);
    // Headlines and headline-like lines (no full stop) say neither what is background nor who said what.
    const stems = headlineLike(model, s, text) ? new Map<string, ContentWord['cls']>() : sentenceStems(s, false, text);
    const { core, side } = scopedStems(s, sourcing === 'background' ? null : cue, stems, text);
    return { sentence: s.index, start: s.start, end: s.end, stems, core, side, sourcing, cue, source, sourceText: source ? source.text : null };
  });
}

/** Split a sentence's stems into the attributed claim's and the rest (see claim-scope). */
function scopedStems(s: AttrSentence, cue: Cue | null, stems: Map<string, ContentWord['cls']>, text: string): { core: Set<string>; side: Map<string, ContentWord['cls']> } {
  const scope = stems.size && cue ? claimScope(s, cue) : null;
  if (!scope || !cue) return { core: new Set(stems.keys()), side: new Map() };
  // Only the outer frame is left out: a report inside the claim is part of it ("He told police he could not recall
  // his speed, according to a law enforcement source": what the source says is that he told police so).
  const frame = frameTokens(s, text, cue);
  const core = new Set<string>();
  for (const w of contentWords(s.tokens, (t) => frame(t) || !scope(t))) {
    core.add(w.stem);
    if (!stems.has(w.stem)) stems.set(w.stem, w.cls);
  }
  const side = new Map<string, ContentWord['cls']>();
  for (const [k, v] of stems) if (!core.has(k)) side.set(k, v);
  return { core, side };
}

/** A heading, or a one-sentence paragraph of up to 20 words with no closing punctuation (a headline or a caption). */
function headlineLike(model: AttributionModel, s: AttrSentence, text: string): boolean {
  if (s.heading) return true;
  const alone = model.sentences.filter((x) => x.paragraph === s.paragraph).length === 1;
  const t = text.slice(s.start, s.end).trim();
  return alone && !/[.!?…"”’)]$/.test(t) && t.split(/\s+/).length <= 20;
}

export interface RefClaims {
  ref: Reference;
  model: AttributionModel;
  claims: Claim[];
}

export function referenceClaims(corpus: Corpus): RefClaims[] {
  return corpus.perReference('attribution/claims', (ref) => {
    const model = referenceModel(corpus, ref);
    return { ref, model, claims: documentClaims(model, ref.text) };
  }).map((x) => x.value);
}

export interface ClaimIndex {
  refs: RefClaims[];
  /** stem → [ref index, claim index] */
  postings: Map<string, [number, number][]>;
  idf: Map<string, number>;
  total: number;
}

export function claimIndex(corpus: Corpus): ClaimIndex {
  return corpus.derived('attribution/claim-index', () => {
    const refs = referenceClaims(corpus);
    const postings = new Map<string, [number, number][]>();
    let total = 0;
    refs.forEach((r, ri) =>
      r.claims.forEach((c, ci) => {
        total++;
        for (const st of c.stems.keys()) {
          const list = postings.get(st);
          if (list) list.push([ri, ci]);
          else postings.set(st, [[ri, ci]]);
        }
      }),
    );
    const idf = new Map<string, number>();
    for (const [st, list] of postings) idf.set(st, Math.log(1 + total / list.length));
    return { refs, postings, idf, total };
  });
}

export interface ClaimMatch {
  /** Share of the draft sentence's weighted content found in the best attributed/hedged reference window. */
  attributed: number;
  /** The same for reference sentences stated without attribution. */
  background: number;
  /** The best background window (reference index, claim indices), for hovers and debugging. */
  backgroundAt?: { ref: number; claims: number[] };
  /** Best attributed windows, best first (one per reference). */
  best: { ref: number; claims: number[]; score: number; sharedVerb: boolean; sharedNames: number; lead: number }[];
}

/** Compare a draft sentence's content stems with the reference claims. */
export function matchClaim(index: ClaimIndex, stems: Map<string, ContentWord['cls']>): ClaimMatch {
  const keys = [...stems.keys()];
  const weight = keys.map((k) => CLASS_WEIGHT[stems.get(k)!] * (index.idf.get(k) ?? Math.log(1 + index.total + 1)));
  const total = weight.reduce((a, b) => a + b, 0);
  const result: ClaimMatch = { attributed: 0, background: 0, best: [] };
  if (!total) return result;
  // Per reference claim: which draft stems it shares (as a bit set over the draft's stems).
  // Only the claim's own part of an attributed sentence counts for it; the rest is the writer's background.
  const hits = new Map<string, boolean[]>();
  const sideHits = new Map<string, boolean[]>();
  keys.forEach((k, i) => {
    for (const [ri, ci] of index.postings.get(k) ?? []) {
      const id = `${ri}:${ci}`;
      const own = index.refs[ri].claims[ci];
      const map = own.core.has(k) ? hits : sideHits;
      let bits = map.get(id);
      if (!bits) map.set(id, (bits = new Array(keys.length).fill(false)));
      bits[i] = true;
    }
  });
  const score = (bits: boolean[]) => bits.reduce((a, b, i) => a + (b ? weight[i] : 0), 0) / total;
  const perRef = new Map<number, ClaimMatch['best'][number]>();
  for (const id of hits.keys()) {
    const [ri, ci] = id.split(':').map(Number);
    const claims = index.refs[ri].claims;
    const own = claims[ci];
    const cls = own.sourcing === 'background' ? 'background' : 'attributed';
    // Windows: the claim alone, or with a neighbour that is sourced the same way.
    for (const nb of [ci, ci - 1, ci + 1]) {
      if (nb < 0 || nb >= claims.length) continue;
      const other = claims[nb];
      if ((other.sourcing === 'background') !== (cls === 'background')) continue;
      const a = hits.get(id)!;
      const b = nb === ci ? a : hits.get(`${ri}:${nb}`);
      if (!b) continue;
      const union = a.map((x, i) => x || b[i]);
      const sc = score(union);
      if (cls === 'background') {
        if (sc > result.background) {
          result.background = sc;
          result.backgroundAt = { ref: ri, claims: nb === ci ? [ci] : [Math.min(ci, nb), Math.max(ci, nb)] };
        }
      }
      else {
        result.attributed = Math.max(result.attributed, sc);
        const prev = perRef.get(ri);
        if (!prev || sc > prev.score) {
          const refStems = [own.stems, other.stems];
          const sharedVerb = union.some((x, i) => x && (stems.get(keys[i]) === 'verb' || refStems.some((m) => m.get(keys[i]) === 'verb')));
          const sharedNames = union.filter((x, i) => x && stems.get(keys[i]) === 'name').length;
          // The window's lead claim: the sentence that carries more of the draft's content on its own.
          const lead = nb === ci || score(a) >= score(b) ? ci : nb;
          perRef.set(ri, { ref: ri, claims: nb === ci ? [ci] : [Math.min(ci, nb), Math.max(ci, nb)], score: sc, sharedVerb, sharedNames, lead });
        }
      }
    }
  }
  for (const [id, bits] of sideHits) {
    const sc = score(bits);
    if (sc <= result.background) continue;
    const [ri, ci] = id.split(':').map(Number);
    result.background = sc;
    result.backgroundAt = { ref: ri, claims: [ci] };
  }
  result.best = [...perRef.values()].sort((a, b) => b.score - a.score);
  return result;
}

export { buildAttributionModel };
