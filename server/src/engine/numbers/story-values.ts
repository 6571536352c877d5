// The story's value for a specific thing: every figure the references give for "roommates", "a
// 25-minute video", "fellow service members", indexed once per corpus version by the counted noun.
// When every reference that counts the thing gives one value, that value is the story's, and a draft
// figure for it need not sit in a sentence worded like the reference's: outlets tell "detained his two
// roommates" and "questioned the two men he lived with" in sentences that share little else.
import type { Corpus } from '../corpus/corpus';
import type { Reference } from '../corpus/reference';
import type { Sentence } from '../text/analyzed-text';
import { contradicts, sentenceQuantities, type Quantity } from './quantities';

export interface StoryFigure extends Quantity {
  ref: Reference;
  sentence: Sentence;
}

function figuresByUnit(corpus: Corpus): Map<string, StoryFigure[]> {
  return corpus.derived('numbers/story-values', (c) => {
    const byUnit = new Map<string, StoryFigure[]>();
    for (const { ref, value } of c.perReference('numbers/figures', (r) => r.sentences.flatMap((s) => sentenceQuantities(s, r.meta.published).map((q) => ({ ...q, sentence: s }))))) {
      for (const q of value) {
        let list = byUnit.get(q.unit);
        if (!list) byUnit.set(q.unit, (list = []));
        list.push({ ...q, ref });
      }
    }
    return byUnit;
  });
}

/**
 * Every reference figure of the same thing as `d` (the test is the caller's), when they all agree with
 * each other; none when the references give two values (two events, or a count that moved).
 */
export function storyValues(corpus: Corpus, d: Quantity, sameThing: (d: Quantity, r: Quantity) => boolean, usable: (r: StoryFigure) => boolean): StoryFigure[] {
  const all = (figuresByUnit(corpus).get(d.unit) ?? []).filter((r) => sameThing(d, r));
  if (all.some((r) => !usable(r))) return [];
  if (all.some((a, i) => all.some((b, j) => j > i && contradicts(a, b)))) return [];
  return all;
}
