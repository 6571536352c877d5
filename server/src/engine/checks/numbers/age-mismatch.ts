// numbers/age-mismatch: a person's age that the references contradict ("Hernan Rivera, 72," where the
// references say "Hernan Rivera, 70,"; "34-year-old Brandon Bostian" against "Brandon Bostian, 32").
// Ages are matched by the person they are written beside, not by sentence alignment, and a birthday
// between the two publication days is allowed for (see numbers/ages.ts).
import { referenceLabel } from '../../corpus/reference';
import type { RawFinding, Rule } from '../../rule';
import type { Fix } from '../../types';
import { evidenceOf } from '../../events/align';
import { agesAllowed, draftAges, referenceAgesOf, type ReferenceAge } from '../../numbers/ages';
import { groupByValue, valueAndSources } from '../../numbers/reference-values';

export const ageMismatch: Rule = {
  id: 'numbers/age-mismatch',
  check: 'numbers',
  description: "A person's age contradicts the age the references give for the same person.",
  defaultLevel: 'warning',
  run: ({ draft, corpus }) => {
    const out: RawFinding[] = [];
    if (!corpus.size) return out;
    for (const fact of draftAges(draft, corpus)) {
      const known = referenceAgesOf(corpus, fact.person);
      if (!known.length) continue;
      const fits = (r: ReferenceAge) => {
        const [lo, hi] = agesAllowed(r.age, r.ref.meta.published, draft.published);
        return fact.age >= lo && fact.age <= hi;
      };
      if (known.some(fits)) continue;
      const groups = groupByValue(known, (r) => r.age);
      const values = groups.map((g) => valueAndSources(g, g[0].age));
      const message = groups.length === 1
        ? `${fact.person} is ${groups[0][0].age} in the references, not ${fact.age}: ${values[0]}.`
        : `${fact.person}'s age ${fact.age} matches no reference, and the references disagree with each other: ${values.join(' vs ')}.`;
      const fixes: Fix[] = groups.map((g, i) => ({
        title: `Change to ${g[0].age} as ${referenceLabel(g[0].ref)} says`,
        edits: [{ range: { start: fact.start, end: fact.end }, newText: String(g[0].age) }],
        safe: groups.length === 1,
        preferred: i === 0,
      }));
      out.push({
        range: { start: fact.start, end: fact.end },
        message,
        evidence: groups.flatMap((g) => g.map((r) => evidenceOf({ ref: r.ref, sentence: r.sentence }, String(r.age)))),
        fixes,
        confidence: groups.length === 1 ? 0.9 : 0.7,
        data: { person: fact.person, age: fact.age, referenceAges: groups.map((g) => g[0].age) },
      });
    }
    return out;
  },
};
