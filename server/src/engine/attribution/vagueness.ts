// Is a hedge or a vague source really vague? Only where it leaves the reader asking "who says so":
// a bare "reportedly", "sources said", "experts say", "it is believed", "according to reports". Not where the
// cue names its source after all ("according to court records", "a report in the Oslo Post",
// "was first reported by the Oslo Post", "the Oslo Press reports"), hedges a charge rather than a source
// ("allegedly", "purportedly"), reports that something happened ("the flight was reported missing", "no
// injuries were reported"), describes rather than reports ("critics accused him of"), or is a chant.
import type { Cue } from './cues';
import type { AttrSentence } from './model';
import { VAGUE_HEADS, VOICING_LEMMAS } from './lexicon';

/** Hedges of truth, not of sourcing: the charge is the news, whoever makes it. */
const NOT_SOURCING = new Set(['allegedly', 'purportedly', 'supposedly', 'ostensibly', 'apparently', 'seemingly']);
const FUNCTION = /^(the|a|an|this|that|these|those|some|many|several|other|recent|new|latest|early|earlier|unconfirmed|local|published|multiple|numerous|various|widespread|initial|press|news|media)$/i;

export interface Vagueness {
  /** What is vague, for the message ("reportedly", "sources"). */
  what: string;
  confidence: number;
}

/** The vagueness of a cue in sentence `s` of `text`, or null when a reader is told who says it. */
export function vagueness(c: Cue, s: AttrSentence, text: string): Vagueness | null {
  const after = text.slice(c.end, s.end);
  const before = text.slice(s.start, c.start);
  // "disputed a report that …", "denied reports suggesting …": the report is what someone answered, not the
  // writer's source for a claim of its own.
  if (answeredReport(c, before, text)) return null;
  if (c.role === 'hedge') {
    const lemma = c.lemma.toLowerCase();
    if (NOT_SOURCING.has(lemma)) return null;
    // "a copy of which was obtained by the Oslo Post, reportedly …": the sentence names whose report it is.
    if (lemma === 'reportedly' && OUTLET_NAMED.test(text.slice(s.start, s.end))) return null;
    if (c.lemma === 'according to') return accordingTo(after) ? { what: `"${c.text}"`, confidence: 0.65 } : null;
    // "reports" frames a claim only as "reports that …", "reports say …", "amid reports", "according to reports"
    // ("press reports about its work" mentions reports; "the Oslo Press reports" is an outlet reporting).
    if (lemma === 'report' && !/^\s*(that|say|says|said|suggest|suggested|suggests|indicate|indicated|indicates|claim|claimed)\b/i.test(after) && !/\b(amid|to)\s*$/i.test(before)) return null;
    // "reports", "press reports": an outlet's name right before makes it a report by that outlet.
    if (lemma === 'report' && /\b\p{Lu}[\p{L}.&'’-]*\s+(?:\p{L}+\s+)?$/u.test(before) && !/^(amid|to)\b/i.test(before.trim().split(/\s+/).slice(-1)[0] ?? '')) return null;
    // Passives: "was reported" without "to" or "that" says something happened, not who says so.
    const itFrame = /\bit\s*$/i.test(before) || /^it\b/i.test(c.text);
    if (/reported$/i.test(c.text) && !itFrame && !/^\s*(to|that)\b/i.test(after)) return null;
    // "was first reported Friday in the Oslo Post", "were reported by the Oslo Post": the agent comes later.
    if (/^\s*(\S+\s+){0,4}(by|in|on)\s+(the\s+)?\p{Lu}/u.test(after)) return null;
    // "No injuries were reported", "no agents are reported to have been hurt": a count of nothing.
    if (/^\s*no\b/i.test(before) || /\bno\s+[\p{L}-]+(\s+[\p{L}-]+)?\s+(were|was|are|is)\s*$/iu.test(before)) return null;
    const confidence = lemma === 'reportedly' ? 0.8 : 0.7;
    return { what: `"${c.text}"`, confidence };
  }
  if (c.role !== 'report' || c.source?.kind !== 'vague') return null;
  if (VOICING_LEMMAS.has(c.lemma)) return null;
  if (c.lemma === 'according to' && !accordingTo(after)) return null;
  // A participle ("…, saying") took its source from elsewhere in the sentence: not what the writer attributed.
  const gap = c.source.start < c.start ? text.slice(c.source.end, c.start) : text.slice(c.end, c.source.start);
  if (/ing$/i.test(c.text) && gap.trim().length > 2) return null;
  // "Ann Vik and others said": the named one is the source.
  if (/\p{Lu}[\p{L}.'’-]+,?\s+and\s+$/u.test(text.slice(Math.max(s.start, c.source.start - 40), c.source.start))) return null;
  if (/^(\p{L}+\s+)?others\b/iu.test(c.source.text) && /\b(and|,)\s*$/.test(text.slice(s.start, c.source.start))) return null;
  const head = c.source.head;
  const confidence = /^sources?$/.test(head) ? 0.8 : /^(others|some|many)$/.test(head) ? 0.6 : 0.7;
  return { what: `"${c.source.text}"`, confidence };
}

/** A document obtained, published or first reported by a named outlet ("obtained by The Oslo Post", "the Oslo Post obtained"). */
const OUTLET_NAMED = /\b(?:(?:obtained|published|reported|revealed|leaked|seen|reviewed)\s+(?:first\s+)?(?:by|to)\s+(?:the\s+)?\p{Lu}|\p{Lu}[\p{L}.&'’-]*\s+(?:obtained|published|revealed)\b)/u;

/** Verbs of answering a report: its subject disputes, denies or confirms it. */
const ANSWERING = /\b(disput|den(?:y|ies|ied|ying|ial)|dismiss|discount|reject|refut|rebut|debunk|contradict|challeng|confirm|correct|respond(?:ed|s|ing)?\s+to|push(?:ed|es|ing)?\s+back\s+(?:on|against)|knock(?:ed|s|ing)?\s+down)\w*\s+(?:\S+\s+){0,5}$/i;

/**
 * The cue is (or its source is) one report that a verb of answering takes as its object: "the office disputed a
 * report that …" is news about that report. Plural "denied reports that …" stays vague: it passes on a charge
 * from sources nobody names.
 */
function answeredReport(c: Cue, before: string, text: string): boolean {
  const noun = c.role === 'hedge' ? /^report\b/i.test(c.text.trim().replace(/^(a|an|the)\s+/i, '')) : /^(report|story|article)$/i.test(c.source?.head ?? '');
  if (!noun) return false;
  // The words before the report noun, in its clause.
  const from = c.role === 'hedge' ? before : text.slice(Math.max(0, (c.source?.start ?? c.start) - 80), c.source?.start ?? c.start);
  const clause = from.split(/[,;:.!?—–()]/).pop() ?? '';
  return ANSWERING.test(clause);
}

/** "according to" + what: vague when what follows is reports, sources, people or experts with no name. */
function accordingTo(after: string): boolean {
  const phrase = after.trim().split(/[,;:.!?()—–]|\s(?:who|that|which|and)\s/)[0];
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  if (words.some((w, i) => i > 0 && /^\p{Lu}/u.test(w)) || /^\p{Lu}/u.test(words[0]) && !FUNCTION.test(words[0])) return false;
  const content = words.filter((w) => !FUNCTION.test(w));
  if (!content.length) return true;
  return VAGUE_HEADS.has(content[0].toLowerCase()) || /^(reports?|sources?|accounts?|people|experts|analysts|insiders|observers)$/i.test(content[0]);
}
