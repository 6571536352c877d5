// One slip, one finding. A figure changed inside a quote is the misquote's to report (it shows the
// speaker's wording and restores it); numbers/figure-mismatch would say the same thing a second time.
import type { Finding } from './types';

export function dropRepeats(findings: Finding[]): Finding[] {
  const quoteChanges = findings.filter((f) => f.rule === 'quotes/misquote').flatMap((f) => f.fixes.flatMap((x) => x.edits.map((e) => e.range)));
  if (!quoteChanges.length) return findings;
  return findings.filter((f) => f.rule !== 'numbers/figure-mismatch' || !quoteChanges.some((r) => r.start < f.range.end && f.range.start < r.end));
}
