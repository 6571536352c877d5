// Which reference figures count the same thing as a draft figure: the same counted noun, the same
// kind of event (intercepted vs launched), compatible descriptions ("ballistic" vs "cruise"), shared
// participants and, when both sentences are dated, nearby dates.
import type { Corpus } from '../corpus/corpus';
import type { Reference } from '../corpus/reference';
import type { Draft } from '../draft/draft';
import { sameKind } from '../events/lexicon';
import { corpusPersons, MAX_DAYS_APART, personsOf, sameKey } from '../events/align';
import type { Name } from '../events/participants';
import { documentFigures, type Figure } from './figures';

export interface RefFigure extends Figure {
  ref: Reference;
}

export function referenceFigures(corpus: Corpus): RefFigure[] {
  return corpus.derived('numbers/ref-figures', (c) =>
    c.perReference('numbers/figures', (ref) => documentFigures(ref.sentences, ref.meta.published)).flatMap(({ ref, value }) => value.map((f) => ({ ...f, ref }))),
  );
}

const hasKey = (names: Name[], key: string) => names.some((n) => sameKey(n.key, key));

function datesCompatible(a: Figure, b: Figure): boolean {
  const da = a.dates.filter((d) => d.first !== undefined && d.granularity !== 'year');
  const db = b.dates.filter((d) => d.first !== undefined && d.granularity !== 'year');
  if (!da.length || !db.length) return true;
  return da.some((x) => db.some((y) => (x.first as number) - MAX_DAYS_APART <= (y.last as number) && (y.first as number) - MAX_DAYS_APART <= (x.last as number)));
}

export function sameQuantity(d: Figure, r: Figure, persons: Set<string>): boolean {
  if (d.unit !== r.unit || !d.kind || !r.kind || !sameKind(d.kind, r.kind)) return false;
  if (d.modifiers.length && r.modifiers.length && !d.modifiers.some((m) => r.modifiers.includes(m))) return false;
  // Shared participants: a name near one figure found anywhere in the other's sentence.
  if (!d.participants.some((n) => hasKey(r.sentenceNames, n.key)) && !r.participants.some((n) => hasKey(d.sentenceNames, n.key))) return false;
  const isPerson = (n: Name) => !n.place && persons.has(n.key);
  const dOnly = d.participants.filter((n) => isPerson(n) && !hasKey(r.sentenceNames, n.key));
  const rOnly = r.participants.filter((n) => isPerson(n) && !hasKey(d.sentenceNames, n.key));
  if (dOnly.length && rOnly.length) return false;
  return datesCompatible(d, r);
}

export const overlaps = (a: { lo: number; hi: number }, b: { lo: number; hi: number }) => a.lo <= b.hi && b.lo <= a.hi;

export interface FigureConflict {
  figure: Figure;
  against: RefFigure[];
}

const cache = new WeakMap<Draft, { version: number; conflicts: FigureConflict[] }>();

/** Draft figures that no aligned reference figure allows. */
export function figureConflicts(draft: Draft, corpus: Corpus): FigureConflict[] {
  const hit = cache.get(draft);
  if (hit && hit.version === corpus.version) return hit.conflicts;
  const refs = referenceFigures(corpus);
  const conflicts: FigureConflict[] = [];
  if (refs.length) {
    const persons = new Set(corpusPersons(corpus));
    for (const k of personsOf(draft.sentences)) persons.add(k);
    for (const f of documentFigures(draft.sentences, draft.published)) {
      if (!f.kind || !f.participants.length) continue;
      const aligned = refs.filter((r) => sameQuantity(f, r, persons));
      if (!aligned.length || aligned.some((r) => overlaps(f, r))) continue;
      conflicts.push({ figure: f, against: aligned });
    }
  }
  cache.set(draft, { version: corpus.version, conflicts });
  return conflicts;
}
