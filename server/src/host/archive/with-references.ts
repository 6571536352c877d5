// A draft's own references (its archive articles) join the corpus for one synchronous check only.
import type { Corpus } from '../../engine/corpus/corpus';
import type { Reference } from '../../engine/corpus/reference';

/** Run `fn` with `refs` in the corpus (those not already there), then take them out again. */
export function withReferences<T>(corpus: Corpus, refs: readonly Reference[] | undefined, fn: () => T): T {
  const added = (refs ?? []).filter((r) => !corpus.get(r.id));
  for (const r of added) corpus.add(r);
  try {
    return fn();
  } finally {
    for (const r of added) corpus.delete(r.id);
  }
}
