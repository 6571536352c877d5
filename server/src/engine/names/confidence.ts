// The bar a names finding must clear, and one finding per stretch of text.
import type { RawFinding } from '../rule';

/** Findings whose evidence is weaker than this are not reported. */
export const MIN_CONFIDENCE = 0.5;

/**
 * One finding per stretch of text: when two findings of a rule overlap (one title read for two names,
 * one phrase matched twice), keep the most confident, then the first.
 */
export function dedupeOverlapping(findings: RawFinding[]): RawFinding[] {
  const kept: RawFinding[] = [];
  const order = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (b.f.confidence ?? 1) - (a.f.confidence ?? 1) || a.i - b.i);
  for (const { f } of order) {
    if (kept.some((k) => k.range.start < f.range.end && f.range.start < k.range.end)) continue;
    kept.push(f);
  }
  return kept.sort((a, b) => a.range.start - b.range.start);
}
