// One draft through the engine: check, or fix-until-stable then check, plus the stable fingerprint of
// every finding. Runs the same in the main thread and in worker threads (results are plain data).
import { createHash } from 'node:crypto';
import type { Engine } from '../engine/index';
import type { Draft } from '../engine/draft/draft';
import type { Reference } from '../engine/corpus/reference';
import { applyEdits, safeFixEdits } from '../engine/fixes';
import type { Finding } from '../engine/types';
import { corpusWith } from '../host/archive/with-references';

export type FixMode = 'none' | 'fix' | 'dry-run';

export interface DraftTask {
  /** Index in the run's file list (results are reordered by it). */
  index: number;
  path: string;
  text: string;
  published?: string;
  fix: FixMode;
  /** This draft's own references besides the shared corpus (the archive articles about its story). */
  references?: Reference[];
}

export interface DraftResult {
  index: number;
  path: string;
  /** The text the findings refer to (after fixes in fix modes). */
  text: string;
  /** Present when fixes changed the text. */
  original?: string;
  fixesApplied: number;
  findings: Finding[];
  /** One per finding, same order: stable across edits elsewhere in the draft. */
  fingerprints: string[];
}

/** Fix passes: a fix can uncover or unblock another (overlapping edits are applied on the next pass). */
export const MAX_FIX_PASSES = 5;

export function analyzeDraft(engine: Engine, task: DraftTask): DraftResult {
  // The draft's archive articles are checked like references, in a corpus of their own with the shared ones.
  const options = { path: task.path, published: task.published, corpus: corpusWith(engine.corpus, task.references ?? []) };
  let text = task.text;
  let draft = engine.buildDraft(text, options);
  let findings = engine.checkDraft(draft, options);
  let fixesApplied = 0;
  if (task.fix !== 'none') {
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const edits = safeFixEdits(findings);
      if (!edits.length) break;
      const next = applyEdits(text, edits);
      if (!next.applied || next.text === text) break;
      fixesApplied += next.applied;
      text = next.text;
      draft = engine.buildDraft(text, options);
      findings = engine.checkDraft(draft, options);
    }
  }
  return {
    index: task.index,
    path: task.path,
    text,
    original: text !== task.text ? task.text : undefined,
    fixesApplied,
    findings,
    fingerprints: fingerprints(draft, findings),
  };
}

/**
 * Fingerprints that survive edits to other lines: a hash of the rule, the flagged text and the
 * normalised sentence around it — no line numbers, no offsets. Identical findings in identical
 * sentences get an occurrence suffix so each stays distinct.
 */
export function fingerprints(draft: Draft, findings: Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = fingerprintBase(f.rule, draft.text.slice(f.range.start, f.range.end), contextOf(draft, f.range.start, f.range.end));
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}:${n}`;
  });
}

export function fingerprintBase(rule: string, flagged: string, context: string): string {
  return createHash('sha256').update(`${rule}\u0000${normalise(flagged)}\u0000${normalise(context)}`).digest('hex').slice(0, 32);
}

function normalise(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[*_`#>[\]()|~]/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The sentence around a span (else its line): what the finding is about, independent of position. */
function contextOf(draft: Draft, start: number, end: number): string {
  const sentences = draft.sentences;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (s.end <= start) lo = mid + 1;
    else if (s.start > start) hi = mid - 1;
    else {
      // The span may run over several sentences: take them all.
      let last = mid;
      while (last + 1 < sentences.length && sentences[last + 1].start < end) last++;
      return draft.text.slice(s.start, Math.max(sentences[last].end, end));
    }
  }
  const lineStart = draft.text.lastIndexOf('\n', start - 1) + 1;
  const nl = draft.text.indexOf('\n', end);
  return draft.text.slice(lineStart, nl < 0 ? draft.text.length : nl);
}
