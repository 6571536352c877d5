// What a finding compares, as word diffs: the draft's words (the finding's range) against what each
// group of references says ("Foreign Minister", a quote's wording), and where those words sit in
// each evidence sentence, so hovers and the CLI can mark them. Shared by the language server and the
// CLI. Pure.
//
// Attribution findings are not "X, not Y" comparisons (their `says` describes a source), so they get
// no diff.
import type { Evidence, Finding, Span } from '../types';
import { addedSpans, hasWordChange, wordDiff, type DiffPart } from './word-diff';

export interface SideDiff {
  /** What these references say, as the finding's evidence gives it. */
  says: string;
  /** The draft's words → the references' words. */
  parts: DiffPart[];
  evidence: Evidence[];
}

/** One diff per distinct thing the references say, most-supported first. Empty when nothing differs by word. */
export function findingDiffs(finding: Finding, draftText: string): SideDiff[] {
  if (finding.check === 'attribution') return [];
  const draftWords = wordsOf(draftText.slice(finding.range.start, finding.range.end));
  if (!draftWords) return [];
  const groups = new Map<string, Evidence[]>();
  for (const e of finding.evidence) {
    if (!e.says) continue;
    groups.set(e.says, [...(groups.get(e.says) ?? []), e]);
  }
  const out: SideDiff[] = [];
  for (const [says, evidence] of groups) {
    const parts = wordDiff(draftWords, wordsOf(comparable(says, draftWords)));
    if (hasWordChange(parts)) out.push({ says, parts, evidence });
  }
  return out.sort((a, b) => b.evidence.length - a.evidence.length);
}

const QUOTE_EDGE = /^[\s"“”'‘’«»]+|[\s"“”'‘’«»,.;:]+$/g;

/** The words a diff compares: quote marks around them and a closing comma or stop are not wording. */
export function wordsOf(s: string): string {
  return s.replace(QUOTE_EDGE, '');
}

/**
 * The part of `says` that compares with the draft's words: a trailing parenthesis that the draft's
 * words do not have is context ("Thursday (March 13)" against "Friday"), not wording.
 */
export function comparable(says: string, draftWords: string): string {
  if (draftWords.includes('(')) return says;
  const bare = says.replace(/\s*\([^()]*\)\s*$/, '');
  return bare || says;
}

/**
 * Spans of an evidence excerpt to mark: the references' words that differ from the draft, found
 * where the excerpt has what the side says. Empty when the excerpt does not contain it.
 */
export function markedSpans(excerpt: string, side: SideDiff, draftWords: string): Span[] {
  const wording = wordsOf(comparable(side.says, wordsOf(draftWords)));
  const at = findLoosely(excerpt, wording);
  if (at < 0) return [];
  const added = addedSpans(side.parts);
  // A pure removal (the draft has a word the references do not) marks the whole wording.
  if (!added.length) return [{ start: at, end: at + wording.length }];
  return added.map((s) => ({ start: at + s.start, end: at + s.end }));
}

/** indexOf that treats typographic quote marks and apostrophes as straight ones (same lengths). */
function findLoosely(haystack: string, needle: string): number {
  if (!needle) return -1;
  const exact = haystack.indexOf(needle);
  if (exact >= 0) return exact;
  const norm = (s: string) => s.replace(/[‘’‛]/g, "'").replace(/[“”„]/g, '"');
  return norm(haystack).indexOf(norm(needle));
}
