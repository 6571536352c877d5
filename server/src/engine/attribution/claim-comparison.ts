// How a draft sentence compares with the reference claim it aligns with (attribution/unattributed-claim): the same
// predicate and polarity, a quote repeated, a source named in the draft, an account relayed by a third source, and
// whether the reference leaves the claim to an unnamed source.
import type { AttrSentence } from './model';
import type { RefClaims } from './claims';
import type { Source } from './cues';
import { TITLE_WORDS } from './lexicon';
import { vagueness } from './vagueness';
import { stem } from './content';
import { claimTokens, predicates, samePredicate } from './claim-scope';

/**
 * Does the draft sentence name one of the references' sources by a proper name of its phrase ("Vik", "Siemens"
 * of "a Siemens official"), standing alone ("Siemens", not "Siemens Tower": a place named after it is not it)?
 */
export function namesSource(s: AttrSentence, sources: (Source | null)[]): boolean {
  const T = s.tokens;
  const names = new Set(T.filter((t, i) => !t.inQuote && /^\p{Lu}/u.test(t.text) && !/^\p{Lu}/u.test(T[i + 1]?.text ?? '')).map((t) => t.lower));
  const sourceNames = (src: Source) => src.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase().replace(/['’]s$/, '').replace(/[.,]+$/, '')).filter((w) => !TITLE_WORDS.has(w) && !/^(the|a|an)$/.test(w));
  return sources.some((src) => !!src && sourceNames(src).some((w) => names.has(w)));
}

/** A reference sentence that quotes without a source: the draft's words are the quote's. */
export function quotedHere(share: number, sourced: boolean): boolean {
  return !sourced && share >= 0.3;
}

/** Words in a row the draft sentence must share with a quote to repeat it. */
const QUOTE_RUN = 5;

/**
 * The draft sentence repeats five or more words in a row of a quote in the reference's sentence, three of them
 * lower-case words of four letters or more: the speaker's wording, not a title or a name ("Ambassador to the
 * United Nations Susan Rice").
 */
export function repeatsQuote(sentence: string, r: RefClaims, sentenceIndex: number): boolean {
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
export const negated = (tokens: AttrSentence['tokens']) => tokens.some((t) => NEGATION.test(t.lower));

/** The tokens of a reference claim itself (see claim-scope). */
export function refClaimTokens(r: RefClaims, c: RefClaims['claims'][number]): AttrSentence['tokens'] {
  const rs = r.model.sentences[c.sentence];
  return claimTokens(rs, c.sourcing === 'background' ? null : c.cue) ?? rs.tokens;
}

/** The draft sentence predicates what the reference window's claim does (see claim-scope's samePredicate). */
export function predicatesAlike(s: AttrSentence, stems: Map<string, string>, r: RefClaims, window: number[]): boolean {
  const own = predicates(s.tokens.filter((t) => !t.inQuote), stem);
  // Its content words, and its verbs whatever they are ("went" is a stop word for matching content).
  const words = new Set([...stems.keys(), ...own.words, ...own.relativeVerbs]);
  return window.some((ci) => {
    return samePredicate(words, own.copular, predicates(refClaimTokens(r, r.claims[ci]), stem));
  });
}

/** Documents that tell what someone said from a third side (a filing, a complaint, court records). */
const THIRD_PARTY_DOCUMENTS = /^(filing|filings|affidavit|complaint|indictment|document|documents|record|records|warrant)$/;

/**
 * The reference reports someone's account ("He told investigators he …", "he admitted …") from a third source:
 * an unnamed one or a court document ("…, according to one of the officials", "…, according to a court filing").
 */
export function thirdPartyAccount(r: RefClaims, lead: RefClaims['claims'][number]): boolean {
  const src = lead.source;
  if (!src || !lead.cue || lead.cue.role !== 'report') return false;
  if (!unnamedSourcing(r, lead) && !(src.kind === 'outlet' && THIRD_PARTY_DOCUMENTS.test(src.head))) return false;
  const rs = r.model.sentences[lead.sentence];
  const inner = new Set(refClaimTokens(r, lead));
  return rs.cues.some((c) => c !== lead.cue && c.role === 'report' && rs.tokens.some((t) => inner.has(t) && t.start >= c.start && t.end <= c.end));
}

/** Person nouns that stand for a source left unnamed ("a person familiar with the matter", "officials"). */
const UNNAMED_HEADS = /^(person|people|source|sources|official|officials|aide|aides|diplomat|diplomats|insider|insiders|individual|individuals|adviser|advisers|advisor|advisors|staffer|staffers|employee|employees|someone|associate|associates|ally|allies|friend|friends)$/;
const ANONYMITY = /\b(familiar|close to|condition|anonymity|briefed|knowledge|senior|not authori[sz]ed|declined to be named|who asked)\b/i;

/**
 * Does the reference leave the claim to a source it does not name (a person familiar with the matter, officials,
 * a senior official), or hedge it with no source ("reportedly", "is believed to", "according to reports")?
 */
export function unnamedSourcing(r: RefClaims, lead: RefClaims['claims'][number]): boolean {
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

