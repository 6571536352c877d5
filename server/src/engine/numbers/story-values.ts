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
 * Every reference figure of the same thing as `d`, when they all agree with each other; none when the
 * references give two values (two events, or a count that moved) or one of them is not `usable`.
 * `sameThing` may look only at the kind, unit and modifiers of `d`, and `usable` only at the reference
 * figure: the answer is kept per corpus version for that description, so a keystroke that re-checks a
 * figure of the same thing neither filters the unit's figures nor compares them pairwise again.
 */
export function storyValues(corpus: Corpus, d: Quantity, sameThing: (d: Quantity, r: Quantity) => boolean, usable: (r: StoryFigure) => boolean): StoryFigure[] {
  const answers = corpus.derived('numbers/story-values/answers', () => new Map<string, StoryFigure[]>());
  const key = `${d.kind}\u0000${d.unit}\u0000${[...d.modifiers].sort().join(' ')}`;
  let answer = answers.get(key);
  if (!answer) {
    const all = (figuresByUnit(corpus).get(d.unit) ?? []).filter((r) => sameThing(d, r));
    const oneValue = all.every(usable) && !all.some((a, i) => all.some((b, j) => j > i && contradicts(a, b)));
    answers.set(key, (answer = oneValue ? all : []));
  }
  return answer;
}
