// Does the draft attribute a claim in the claim's own paragraph? Only a source that is plausibly the one the
// references give for that claim covers it: "Police said X. Y." leaves Y attributed to the police when the
// references also have Y from the police, but not when they have it from the mayor, a survivor or an
// anonymous official. A sentence's own attribution is the caller's business (the rule checks it first).
import type { Source } from './cues';
import type { AttrSentence, AttributionModel } from './model';
import { resolveSource, sentenceStems } from './claims';

/** Words of a source phrase that say nothing about who it is. */
const FILLER = new Set([
  'the', 'a', 'an', 'of', 'in', 'at', 'for', 'on', 'and', 'or', 'with', 'to', 'by', 'from', 'who', 'that', 'which',
  'his', 'her', 'their', 'its', 'our', 'one', 'two', 'three', 'four', 'several', 'some', 'other', 'another', 'both',
  'familiar', 'matter', 'close', 'condition', 'anonymity', 'speaking', 'senior', 'top', 'former', 'said', 'told',
  'according', 'mr', 'mrs', 'ms', 'dr', 'u.s', 'us', 'new', 'local', 'state', 'federal', 'national', 'county', 'city',
]);

/** Heads that stand for a source left unnamed: any two such sources may be the same people. */
const UNNAMED_KINDS = new Set(['anonymous', 'vague']);

export interface SourceKey {
  words: Set<string>;
  unnamed: boolean;
  /** A name ("Pressman", "Gov. Greg Abbott"). */
  named: boolean;
  /** A definite role that may stand for a named person or body ("his lawyer", "the governor", "the company"). */
  role: boolean;
}

const DEFINITE_ROLE = /^(his|her|their|its|the|\p{Lu}[\p{L}.-]*['’]s)\s+(\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*$/u;

/** The identifying words of a source ("Gov. Greg Abbott" → greg, abbott; "the weather service" → weather, service). */
export function sourceKey(src: Pick<Source, 'text' | 'name' | 'kind'>): SourceKey {
  const words = new Set<string>();
  for (const phrase of [src.text, src.name]) {
    for (const raw of phrase.toLowerCase().split(/[^\p{L}\p{N}.]+/u)) {
      const w = raw.replace(/\.+$/, '').replace(/['’]s$/, '');
      if (w.length < 2 || FILLER.has(w)) continue;
      words.add(w.length > 4 ? w.replace(/s$/, '') : w);
    }
  }
  const role = (src.kind === 'anonymous' || src.kind === 'office') && DEFINITE_ROLE.test(src.text.trim());
  // "the mayor" names one person by role: not an unnamed source like "an official" (they share a word when alike).
  return { words, unnamed: UNNAMED_KINDS.has(src.kind) && !role, named: src.kind === 'named', role };
}

/**
 * Could the two phrases name the same source? A shared identifying word, both left unnamed, or a name and a
 * definite role that may be the same person ("Pressman" and "his lawyer": we cannot tell them apart).
 */
export function sameSource(a: SourceKey, b: SourceKey): boolean {
  if (a.unnamed && b.unnamed) return true;
  if ((a.named && b.role) || (a.role && b.named)) return true;
  for (const w of a.words) if (b.words.has(w)) return true;
  return false;
}

export interface ParagraphSourcing {
  /** Sources the paragraph's other sentences report from, pronouns resolved where the draft allows. */
  sources: SourceKey[];
  /** Another sentence of the paragraph hedges without a source ("reportedly", "is believed to"). */
  hedged: boolean;
}

/** A later sentence with no more content words than this beside its frame confirms rather than claims ("A union official confirmed the plan on Friday."). */
const SMALL_CLAIM = 3;

/** "Vik said the charges have nothing to do with her": a report with a clause of its own (a verb after the cue), not a confirmation. */
function reportsOwnClause(n: AttrSentence): boolean {
  return n.cues.some((c) => c.role === 'report' && n.tokens.some((t) => t.start >= c.end && (t.pos === 'VERB' || t.pos === 'AUX')));
}

/** A sentence that only points back at what came before ("That is what two aides told the Gazette."). */
const POINTS_BACK = /^\W*(that|this|these|those|it|such|both)\b/i;

/**
 * How the sentences of `s`'s paragraph that can attribute it are sourced: those before it ("Police said the
 * gunman fled. He was caught an hour later.": the reader is still hearing the police), and a later one only
 * when it points back at the claim ("That is what two aides said.", "An aide confirmed the plan."); a later "X said Y" attributes Y alone.
 */
export function paragraphSourcing(model: AttributionModel, s: AttrSentence, text: string): ParagraphSourcing {
  const out: ParagraphSourcing = { sources: [], hedged: false };
  for (const n of model.sentences) {
    if (n === s || n.paragraph !== s.paragraph) continue;
    if (n.index > s.index && !POINTS_BACK.test(text.slice(n.start, n.end)) && (sentenceStems(n, false, text).size > SMALL_CLAIM || reportsOwnClause(n))) continue;
    if (n.hedged) out.hedged = true;
    for (const c of n.cues) {
      if ((c.role !== 'report' && c.role !== 'describing') || !c.source) continue;
      const src = resolveSource(model, n, c.source, text);
      out.sources.push(sourceKey(src));
    }
  }
  return out;
}

/** Is a claim the references give from `refSources` attributed by its paragraph's sourcing? */
export function coveredByParagraph(p: ParagraphSourcing, refSources: SourceKey[], refHedged: boolean): boolean {
  if (p.hedged && refHedged) return true;
  return p.sources.some((d) => refSources.some((r) => sameSource(d, r)));
}
