// quotes/misquote: a quote close to a reference quote but not equal to any reference wording.
import type { Rule, RawFinding } from '../../rule';
import type { Evidence, Fix } from '../../types';
import { draftModel } from '../../attribution/documents';
import { evidence, isHeadline, refLabel, shorten } from '../../attribution/evidence';
import { cachedMatch, normWords, referenceWording, wordingKey, type NearQuote } from '../../quotes/match';

export const misquote: Rule = {
  id: 'quotes/misquote',
  check: 'quotes',
  description: 'A quote that is within a few words of a reference quote but matches no reference wording.',
  defaultLevel: 'warning',
  run({ draft, corpus }) {
    if (!corpus.size) return [];
    const model = draftModel(draft);
    const out: RawFinding[] = [];
    for (const q of model.quotes) {
      if (q.shape === 'scare' || isHeadline(draft, model.sentences[q.sentence])) continue;
      const m = cachedMatch(corpus, q.inner);
      if (m.exact || !m.near.length) continue;
      // One entry per distinct reference wording (references may disagree with each other).
      const byWording = new Map<string, NearQuote[]>();
      for (const n of m.near) {
        const key = wordingKey(n);
        const list = byWording.get(key) ?? [];
        list.push(n);
        byWording.set(key, list);
      }
      const variants = [...byWording.values()];
      const best = variants[0][0];
      const dWords = normWords(q.inner, q.innerStart);
      const range = { start: dWords[0].start, end: dWords[dWords.length - 1].end };
      const straight = /["']/.test(q.text) && !/[“”‘’]/.test(q.text);
      const restyle = (s: string) => (straight ? s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"') : s);
      const ev: Evidence[] = [];
      const fixes: Fix[] = [];
      variants.forEach((list, i) => {
        const wording = referenceWording(list[0]);
        for (const n of list.slice(0, 3)) ev.push(evidence(n.quote.ref, n.quote.sentence, wording));
        fixes.push({
          title: `Restore the wording of ${refLabel(list[0].quote.ref)}: "${shorten(wording, 60)}"`,
          edits: [{ range, newText: restyle(wording) }],
          preferred: i === 0,
          safe: variants.length === 1,
        });
      });
      const message =
        variants.length === 1
          ? `Quote differs from ${refLabel(best.quote.ref)}${best.quote.speaker ? ` (${best.quote.speaker})` : ''}: "${shorten(referenceWording(best), 100)}"`
          : `Quote matches no reference wording, and the references differ: ${variants.map((l) => `${refLabel(l[0].quote.ref)} has "${shorten(referenceWording(l[0]), 60)}"`).join('; ')}`;
      out.push({
        range: { start: q.start, end: q.end },
        message,
        evidence: ev,
        fixes,
        data: { quote: q.inner, variants: variants.map((l) => referenceWording(l[0])), distance: best.distance },
      });
    }
    return out;
  },
};
