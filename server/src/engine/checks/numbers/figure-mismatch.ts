// numbers/figure-mismatch: a figure that no aligned reference allows for the same thing ("around two
// dozen missiles intercepted" where the references say "around a dozen"; "158,000 views" against
// "185,000 views"; "$50,000" against "$5,000"). Approximate wording is read as a range, so "about 200"
// agrees with both "roughly 200" and "over 180"; only a figure outside every aligned reference's range
// is flagged, and only against the sentence that states the same fact (see numbers/aligned.ts).
import { referenceLabel } from '../../corpus/reference';
import type { RawFinding, Rule } from '../../rule';
import type { Fix } from '../../types';
import { evidenceOf } from '../../events/align';
import { figureConflicts } from '../../numbers/aligned';
import { groupByValue, valueAndSources } from '../../numbers/reference-values';
import { draftAges } from '../../numbers/ages';
import { contradicts, TIME_UNITS, type Quantity } from '../../numbers/quantities';

/** JSON has no Infinity: an open upper bound is null. */
const range = (x: { lo: number; hi: number }) => [x.lo, Number.isFinite(x.hi) ? x.hi : null];

/** "the views", "the sum", "the share": what the figure counts, for messages. */
function thing(f: Quantity): string {
  switch (f.kind) {
    case 'money': return 'the sum';
    case 'percent': return 'the share';
    case 'age': return 'the age';
    case 'ordinal': return `the ${f.noun} count`;
    case 'measure': return TIME_UNITS.has(f.unit) ? (f.modifiers.length ? `the length of the ${f.modifiers[0]}` : 'the duration') : 'the measure';
    default: return `the ${f.noun}`;
  }
}

export const figureMismatch: Rule = {
  id: 'numbers/figure-mismatch',
  check: 'numbers',
  description: 'A count or amount contradicts what the references give for the same thing.',
  defaultLevel: 'warning',
  run: ({ draft, corpus }) => {
    const out: RawFinding[] = [];
    // An age beside a name is the person's: numbers/age-mismatch compares it by who, not by sentence.
    const ages = draftAges(draft, corpus);
    for (const { figure: f, against, confidence } of figureConflicts(draft, corpus)) {
      if (f.kind === 'age' && ages.some((a) => a.start < f.end && f.start < a.end)) continue;
      const list = groupByValue(against, (r) => r.text.toLowerCase());
      const disagree = list.some((a, i) => list.some((b, j) => j > i && contradicts(a[0], b[0])));
      const values = list.map((g) => valueAndSources(g, g[0].text));
      const what = thing(f);
      const message = list.length === 1
        ? `"${f.text}" contradicts the references for ${what}: they give ${values[0]} ("${list[0][0].text}", not "${f.text}").`
        : disagree
          ? `"${f.text}" matches no reference for ${what}, and the references disagree with each other: ${values.join(' vs ')}.`
          : `"${f.text}" contradicts the references for ${what}: they give ${values.join(', ')}.`;
      const fixes: Fix[] = list.map((g, i) => {
        let newText = g[0].text;
        newText = /^[A-Z]/.test(f.text) ? newText[0].toUpperCase() + newText.slice(1) : newText[0].toLowerCase() + newText.slice(1);
        return { title: `Change to "${newText}" as ${referenceLabel(g[0].ref)} says`, edits: [{ range: { start: f.start, end: f.end }, newText }], safe: list.length === 1, preferred: i === 0 };
      });
      out.push({
        range: { start: f.start, end: f.end },
        message,
        evidence: list.flatMap((g) => g.map((r) => evidenceOf(r, r.text))),
        fixes,
        confidence: Math.round(confidence * 100) / 100,
        data: { unit: f.unit, kind: f.kind, draftRange: range(f), referenceValues: list.map((g) => ({ text: g[0].text, range: range(g[0]) })), referencesDisagree: disagree },
      });
    }
    return out;
  },
};
