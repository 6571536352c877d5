// Two shapes of date that say which fact they date by their form, whatever verb the sentence uses:
// - an anchor of a record: "the first emergency cut since 2008", "the deadliest school shooting since the
//   attack in Parkland on Feb. 14", "the largest strike since the last walkout at the company, in 2007":
//   the date of the previous occurrence, compared only with another such anchor;
// - the end of a span: "from 2010 to 2014", "from April 2010 to February 2011": when two sentences give
//   the same start, their ends date the same thing.
import type { Sentence, Token } from '../text/analyzed-text';
import { HARD_BOUNDARY } from '../events/lexicon';
import { tokenSpan } from '../align/slots';
import { nameAt } from '../align/terms';
import type { DateMention } from './resolve';

/** Words between "since" and its date that end the anchor: another clause starts there. */
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'when', 'where', 'because', 'after', 'before', 'while', 'as']);
/** Words that make a record of what comes before "since" ("the first … since", "the worst … since"). */
const RECORD_WORDS = new Set(['first', 'only', 'worst', 'most', 'least', 'best', 'biggest', 'largest', 'deadliest', 'longest', 'highest', 'lowest']);
const ANCHOR_REACH = 10;

const isSuperlative = (t: Token) => RECORD_WORDS.has(t.text.toLowerCase()) || (t.pos === 'ADJ' && /^[a-z]{3,}est$/.test(t.text));

/**
 * When the date names the previous occurrence in a record ("the first … since 2008": "since" comes before
 * it in its clause with no verb between, and a superlative or "first" comes before "since"), the names
 * between "since" and the date ("since Hurricane Wilma in 2005" → wilma, hurrican); otherwise undefined.
 */
export function recordAnchor(sentence: Sentence, d: DateMention): Set<string> | undefined {
  const tokens = sentence.tokens;
  const span = tokenSpan(tokens, d.start, d.end);
  if (!span) return undefined;
  for (let i = span[0] - 1, n = 0; i >= 0 && n < ANCHOR_REACH; i--, n++) {
    const t = tokens[i];
    const w = t.text.toLowerCase();
    if (HARD_BOUNDARY.has(w) || CLAUSE_WORDS.has(w) || t.pos === 'VERB' || t.pos === 'AUX') return undefined;
    if (w !== 'since') continue;
    if (!tokens.slice(0, i).some(isSuperlative)) return undefined;
    const names = new Set<string>();
    for (let j = i + 1; j < span[0]; j++) {
      const name = nameAt(tokens, j);
      if (name) names.add(name);
    }
    return names;
  }
  return undefined;
}

/** Two anchors of one record: the names of one anchor all in the other ("since Wilma" and "since Hurricane
 *  Wilma"), or names in at most one of them; "since Hurricane Marit" is not "since Hurricane Bodil". */
export function sameAnchor(a: Set<string>, b: Set<string>): boolean {
  return [...a].every((n) => b.has(n)) || [...b].every((n) => a.has(n));
}

const SPAN_JOIN = /^\s*(?:-|–|to|through|until|till|and)\s+(?:(?:sunrise|sunset|noon|midnight|the|early|late|mid|end of|start of)\s+)*$/i;
const SPAN_OPEN = /\b(?:from|between)\s+(?:(?:at least|about|around|roughly|sunrise|sunset|noon|midnight|the|early|late|mid|end of|start of)\s+)*$/i;

/** The start of the span `d` ends ("from 2010 to 2014" → 2010), in the sentence's own date mentions. */
export function spanStart(sentence: Sentence, dates: DateMention[], d: DateMention): DateMention | undefined {
  const i = dates.indexOf(d);
  if (i <= 0) return undefined;
  const p = dates[i - 1];
  const text = sentence.text;
  const at = (offset: number) => offset - sentence.start;
  if (!SPAN_JOIN.test(text.slice(at(p.end), at(d.start)))) return undefined;
  return SPAN_OPEN.test(text.slice(Math.max(0, at(p.start) - 40), at(p.start))) ? p : undefined;
}
