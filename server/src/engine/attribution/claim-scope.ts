// The part of an attributed sentence that is the source's claim. "Officials said the email, which Reuters first
// reported, was part of the response to the attack that killed four" attributes one thing to the officials: that
// the email was part of the response. What the sentence says around that (who first reported the email, who the
// attack killed, the context before the source) is the writer's own background, stated as fact.
import type { Cue, Tok } from './cues';
import { TIME_WORDS } from './lexicon';
import type { AttrSentence } from './model';

/** Words that open a subordinate clause or a phrase of context before a source ("When asked…, Vik said …"). */
const CONTEXT_OPENERS = new Set(['when', 'after', 'before', 'as', 'while', 'if', 'although', 'though', 'since', 'because', 'once', 'until', 'asked', 'speaking', 'following', 'despite', 'during', 'in', 'on', 'at', 'with', 'earlier', 'later']);
/** Words that open a new clause after a comma (the scope of a hedge ends there). */
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'although', 'though', 'whereas', 'so', 'yet']);
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where']);
const DETERMINERS = new Set(['the', 'a', 'an']);

const isVerb = (t: Tok) => t.pos === 'VERB' || t.pos === 'AUX';
const isComma = (t: Tok | undefined) => !!t && t.text === ',';

/**
 * Which tokens of `s` carry the claim its outer cue attributes (or hedges). Null when the whole sentence is the
 * claim (no cue, a quote given to its speaker, or nothing else to tell apart).
 */
export function claimScope(s: AttrSentence, cue: Cue | null): ((t: Tok) => boolean) | null {
  const core = claimTokens(s, cue);
  if (!core) return null;
  const kept = new Set(core);
  return (t) => kept.has(t);
}

/** The tokens of the claim itself (see claimScope); null for the whole sentence. */
export function claimTokens(s: AttrSentence, cue: Cue | null): Tok[] | null {
  if (!cue || (cue.role !== 'report' && cue.role !== 'hedge')) return null;
  const T = s.tokens;
  let core: Tok[];
  if (cue.role === 'hedge' && !cue.source && cue.lemma !== 'according to') core = hedgedClause(T, cue);
  else {
    const a = Math.min(cue.start, cue.source?.start ?? cue.start);
    const b = Math.max(cue.end, cue.source?.end ?? cue.end);
    core = complement(s, T.filter((t) => t.end <= a), T.filter((t) => t.start >= b));
  }
  return core.length ? withoutAsides(core) : null;
}

/**
 * The reporting verb's complement: after the frame ("Vik said [that] …", "According to Vik, …"), before it
 * ("…, Vik said."), or both around a frame set off by commas ("The ferry, Vik said, sank …"). Context before a
 * frame that opens the sentence ("Earlier Wednesday,", "When asked about it,", an earlier clause) is not the claim,
 * nor a later clause with a report of its own ("…, while the board said …").
 */
function complement(s: AttrSentence, before: Tok[], after: Tok[]): Tok[] {
  const reports = s.cues.filter((c) => c.role === 'report' && c.source);
  const ownReport = (t: Tok) => reports.some((c) => c.start <= t.start && t.start < c.end) || reports.some((c) => c.source!.start <= t.start && t.start < c.source!.end);
  // Cut the part after the frame at a later clause with a report of its own ("…, while the board said it …"); a
  // report inside the complement ("Officials said Vik told police he …") is part of the claim.
  const cut = after.findIndex(ownReport);
  if (cut >= 0) {
    let k = cut;
    while (k > 0 && !isComma(after[k - 1])) k--;
    if (k > 0) after = after.slice(0, k - 1);
  }
  const rest = after.findIndex((t) => !(TIME_WORDS.has(t.lower) || t.pos === 'NUM' || t.lower === 'on'));
  const prevComma = isComma(before[before.length - 1]);
  const nextComma = rest >= 0 && isComma(after[rest]);
  const opener = before.find((t) => t.pos !== 'PUNCT');
  const claimBefore = before.some(isVerb) && !(opener && CONTEXT_OPENERS.has(opener.lower));
  if (prevComma && (claimBefore || nextComma)) return nextComma ? [...before, ...after] : before;
  if (after.some(isVerb)) return after;
  if (claimBefore) return before;
  return [...before, ...after];
}

/** The clause a hedge sits in: "The site is thought to be the main one, and all six tests took place there." */
function hedgedClause(T: Tok[], cue: Cue): Tok[] {
  const clauses: Tok[][] = [[]];
  T.forEach((t, i) => {
    const next = T[i + 1];
    if (/^[;\u2014\u2013]$/.test(t.text) || (isComma(t) && !!next && CLAUSE_OPENERS.has(next.lower) && T.slice(i + 2).some(isVerb))) clauses.push([]);
    else clauses[clauses.length - 1].push(t);
  });
  return clauses.find((c) => c.some((t) => t.start >= cue.start && t.start < cue.end)) ?? T;
}

/**
 * Drop what the claim only mentions in passing: a relative clause set off by commas (", who was home-schooled,")
 * and an appositive ("Boeing, the jet's maker, joined").
 */
export function withoutAsides(core: Tok[]): Tok[] {
  const drop = new Set<number>();
  for (let i = 0; i < core.length; i++) {
    const n = core[i + 1];
    if (drop.has(i) || !isComma(core[i]) || !n || n.inQuote) continue;
    let end = i + 1;
    while (end < core.length && !isComma(core[end])) end++;
    const span = core.slice(i + 1, end);
    const relative = RELATIVES.has(n.lower);
    // "Boeing, the jet's maker," / "Vik, Oslo's deputy mayor,".
    const opensNounPhrase = DETERMINERS.has(n.lower) || (n.pos === 'PROPN' && !!core[i + 2] && /^['’]s$/.test(core[i + 2].text));
    const appositive = opensNounPhrase && end < core.length && span.length <= 12 && !span.some(isVerb) && i > 0 && (core[i - 1].pos === 'PROPN' || core[i - 1].pos === 'NOUN');
    if (relative || appositive) for (let k = i; k < end; k++) drop.add(k);
  }
  return core.filter((_, i) => !drop.has(i));
}

export interface Predicates {
  /** Stems of the verbs that make the claim: not an infinitive ("wants the board to act"), not in a relative clause. */
  verbs: Set<string>;
  /** Stems of the verbs of its relative clauses ("the attack that killed four", "a review that would extend it"). */
  relativeVerbs: Set<string>;
  /** Stems of its nouns, verbs and adjectives outside relative clauses and the nouns they hang on. */
  words: Set<string>;
  /** A form of "be" as the main verb ("The hull was sturdy", not the passive "was built"). */
  copular: boolean;
}

const BE = /^(is|are|was|were|be|been|being|am|'s|’s)$/;

/** What a claim predicates, read from its tokens (the claim's part of a sentence, quotation marks and all). */
export function predicates(all: Tok[], stemOf: (w: string) => string): Predicates {
  const tokens = withoutAsides(all);
  const out: Predicates = { verbs: new Set(), relativeVerbs: new Set(), words: new Set(), copular: false };
  let relative = false;
  // The noun a relative clause hangs on ("the storm that sank …") names what the clause is about, not the claim.
  const antecedents = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // A relative clause runs to the next comma ("the storm that sank two trawlers off the point, …").
    if (isComma(t)) relative = false;
    // "that"/"which"/"who" after a noun, a verb right after it: a relative clause.
    if (/^(that|which|who)$/.test(t.lower) && i > 0 && (tokens[i - 1].pos === 'NOUN' || tokens[i - 1].pos === 'PROPN') && tokens[i + 1] && isVerb(tokens[i + 1])) {
      relative = true;
      antecedents.add(stemOf(tokens[i - 1].lower));
      continue;
    }
    if (relative) {
      if (t.pos === 'VERB') out.relativeVerbs.add(stemOf(t.lower));
      continue;
    }
    if (t.pos === 'AUX' && BE.test(t.lower)) {
      const next = tokens.slice(i + 1).find((x) => x.pos !== 'ADV' && x.pos !== 'PART');
      if (!next || !isVerb(next)) out.copular = true;
    }
    if (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'VERB') out.words.add(stemOf(t.lower));
    if (t.pos === 'VERB' && !(i > 0 && tokens[i - 1].lower === 'to')) out.verbs.add(stemOf(t.lower));
  }
  for (const a of antecedents) out.words.delete(a);
  return out;
}

/**
 * Does a draft sentence (its content stems, and whether its main verb is "be") predicate what the reference's
 * claim does? It shares a verb of the claim itself (not one that only sits there as a noun, "the nomination of
 * …", or an infinitive, "wants the board to act"); or a verb of a relative clause when it also shares a word of the
 * claim's main clause ("agreed to a review … that would extend it" / "will be reviewed … and extended", but not
 * "said the email was part of the response to the attack that killed four" / "four were killed in the attack");
 * or both are copular ("The hull was sturdy").
 */
export function samePredicate(draftWords: Set<string>, draftCopular: boolean, claim: Predicates): boolean {
  const shares = (set: Set<string>) => [...set].some((w) => draftWords.has(w));
  if (shares(claim.verbs)) return true;
  if (shares(claim.relativeVerbs) && shares(claim.words)) return true;
  return draftCopular && claim.copular;
}
