// numbers/figure-mismatch: a count that no reference allows for the same thing ("around two dozen
// missiles intercepted" where the references say "around a dozen"). Approximate wording is read as a
// range, so "about 200" agrees with both "roughly 200" and "over 180"; only a figure outside every
// aligned reference's range is flagged.
import { referenceLabel } from '../../corpus/reference';
import type { RawFinding, Rule } from '../../rule';
import type { Fix } from '../../types';
import { figureConflicts, overlaps, type RefFigure } from '../../numbers/align';
import { evidenceOf } from '../../events/align';
import { KIND_NOUN } from '../../events/lexicon';

/** JSON has no Infinity: an open upper bound is null. */
const range = (x: { lo: number; hi: number }) => [x.lo, Number.isFinite(x.hi) ? x.hi : null];

function who(r: RefFigure): string {
  return referenceLabel(r.ref);
}

export const figureMismatch: Rule = {
  id: 'numbers/figure-mismatch',
  check: 'numbers',
  description: 'A count or amount contradicts what the references give for the same thing.',
  defaultLevel: 'warning',
  run: ({ draft, corpus }) => {
    const out: RawFinding[] = [];
    for (const { figure: f, against } of figureConflicts(draft, corpus)) {
      const groups = new Map<string, RefFigure[]>();
      for (const r of against) {
        const k = r.text.toLowerCase();
        groups.set(k, [...(groups.get(k) ?? []), r]);
      }
      const list = [...groups.values()].sort((a, b) => new Set(b.map((x) => x.ref.id)).size - new Set(a.map((x) => x.ref.id)).size);
      const disagree = list.some((a, i) => list.some((b, j) => j > i && !overlaps(a[0], b[0])));
      const values = list.map((g) => `${g[0].text} (${[...new Set(g.map(who))].join('; ')})`);
      const thing = `${f.unit}${f.unit.endsWith('s') || f.unit.endsWith('men') || f.unit === 'people' ? '' : 's'}`;
      const what = `the ${thing} in the ${KIND_NOUN[f.kind!]}`;
      const message = list.length === 1
        ? `"${f.text}" contradicts the references for ${what}: they give ${values[0]}.`
        : disagree
          ? `"${f.text}" matches no reference for ${what}, and the references disagree with each other: ${values.join(' vs ')}.`
          : `"${f.text}" contradicts the references for ${what}: they give ${values.join(', ')}.`;
      const fixes: Fix[] = list.map((g, i) => {
        let newText = g[0].text;
        newText = /^[A-Z]/.test(f.text) ? newText[0].toUpperCase() + newText.slice(1) : newText[0].toLowerCase() + newText.slice(1);
        return { title: `Change to "${newText}" as ${who(g[0])} says`, edits: [{ range: { start: f.start, end: f.end }, newText }], safe: list.length === 1, preferred: i === 0 };
      });
      out.push({
        range: { start: f.start, end: f.end },
        message,
        evidence: list.flatMap((g) => g.map((r) => evidenceOf(r, r.text))),
        fixes,
        data: { unit: f.unit, draftRange: range(f), referenceValues: list.map((g) => ({ text: g[0].text, range: range(g[0]) })), referencesDisagree: disagree },
      });
    }
    return out;
  },
};
