// The values the references give for one thing, grouped by value, for the messages and fixes of the
// numbers rules ("they give 70 (CNN, 2015-05-13; NPR, 2015-05-14)").
import { referenceLabel, type Reference } from '../corpus/reference';

/** Readings grouped by the value they give, the value the most references give first. */
export function groupByValue<T extends { ref: Reference }>(readings: T[], value: (r: T) => string | number): T[][] {
  const groups = new Map<string | number, T[]>();
  for (const r of readings) groups.set(value(r), [...(groups.get(value(r)) ?? []), r]);
  const refs = (g: T[]) => new Set(g.map((r) => r.ref.id)).size;
  return [...groups.values()].sort((a, b) => refs(b) - refs(a));
}

/** "70 (CNN, 2015-05-13; NPR, 2015-05-14)": a group's value and the references that give it. */
export function valueAndSources(group: { ref: Reference }[], value: string | number): string {
  return `${value} (${[...new Set(group.map((r) => referenceLabel(r.ref)))].join('; ')})`;
}
