// A draft's own references (its archive articles) checked with the project's: a corpus of their own.
import type { Corpus } from '../../engine/corpus/corpus';
import type { Reference } from '../../engine/corpus/reference';

/** The last few corpora made for drafts' archive articles, per project corpus: a keystroke reuses its draft's. */
const composites = new WeakMap<Corpus, { version: number; key: string; corpus: Corpus }[]>();
const KEEP = 4;

/**
 * The project's corpus plus a draft's archive articles, kept while neither changes: the corpus-wide indexes
 * (alignment, names, quotes) are built once for that set instead of on every check, and what each article
 * yields is shared with the project's corpus.
 */
export function corpusWith(corpus: Corpus, refs: readonly Reference[]): Corpus {
  if (!refs.length) return corpus;
  const key = refs.map((r) => r.id).sort().join('\u0000');
  const list = (composites.get(corpus) ?? []).filter((c) => c.version === corpus.version);
  const hit = list.find((c) => c.key === key);
  if (hit) return hit.corpus;
  const made = corpus.plus(refs);
  composites.set(corpus, [{ version: corpus.version, key, corpus: made }, ...list].slice(0, KEEP));
  return made;
}
