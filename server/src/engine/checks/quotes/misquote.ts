// quotes/misquote: a quote that gives the same utterance as a reference quote (same speaker, nearly the
// same words) with a word or two changed — a number, a negation, a swapped word. Style (marks,
// contractions, elisions, the editor's insertions), partial quotes and wordings the references
// themselves disagree on are not misquotes; each finding carries a confidence and weak ones are dropped.
import type { Rule, RawFinding } from '../../rule';
import type { Evidence, Fix } from '../../types';
import { draftModel } from '../../attribution/documents';
import { evidence, isHeadline, refLabel, shorten } from '../../attribution/evidence';
import { cachedMatch } from '../../quotes/match';
import { speakerName } from '../../quotes/speakers';
import { quoteTokens } from '../../quotes/tokens';
import { CONFIDENCE_BAR, findMisquote, type Misquote } from '../../quotes/utterance';
import { changeText, referenceWording } from '../../quotes/wording';
import type { Corpus } from '../../corpus/corpus';
import type { QToken } from '../../quotes/tokens';

/** Per corpus version: the misquote analysis of a quote (its words and speaker), so a keystroke redoes only the quote it changed. */
function cachedMisquote(corpus: Corpus, inner: string, d: QToken[], person: string | null): Misquote | null {
  const memo = corpus.derived('quotes/misquote-memo', () => new Map<string, Misquote | null>());
  const key = `${person ?? ''}\u0000${inner}`;
  let m = memo.get(key);
  if (m === undefined) {
    if (memo.size > 5000) memo.clear();
    m = findMisquote(corpus, d, person);
    memo.set(key, m);
  }
  return m;
}

export const misquote: Rule = {
  id: 'quotes/misquote',
  check: 'quotes',
  description: 'A quote that gives the same utterance as a reference quote with a word or two changed.',
  defaultLevel: 'warning',
  run({ draft, corpus }) {
    if (!corpus.size) return [];
    const model = draftModel(draft);
    const out: RawFinding[] = [];
    const seen = new Set<string>();
    for (const q of model.quotes) {
      if (q.shape === 'scare' || isHeadline(draft, model.sentences[q.sentence])) continue;
      if (cachedMatch(corpus, q.inner).exact) continue;
      const d = quoteTokens(q.inner, q.innerStart);
      const person = speakerName(q);
      const m = cachedMisquote(corpus, q.inner, d, person);
      if (!m || m.confidence < CONFIDENCE_BAR) continue;
      const changes = m.changes.map((g) => changeText(m.best, g, d, draft.text));
      // The same quote with the same change again (a repeated paragraph, a headline's quote): report it once.
      const key = d.map((t) => t.w).join(' ') + '\u0000' + changes.map((c) => `${c.draft}>${c.reference}`).join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      if (out.some((f) => f.range.start < q.end && q.start < f.range.end)) continue;

      const ref = m.best.quote;
      const wording = referenceWording(m.best);
      const straight = /["']/.test(q.text) && !/[“”‘’]/.test(q.text);
      const restyle = (s: string) => (straight ? s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"') : s);
      const who = ref.speaker ? ` (${ref.speaker})` : '';
      const diff = changes.map((c) => `"${shorten(c.reference, 60)}", not "${shorten(c.draft, 60)}"`).join('; ');
      const ev: Evidence[] = [ref, ...m.support].slice(0, 3).map((x) => evidence(x.ref, x.sentence, x === ref ? wording : undefined));
      const fix: Fix = {
        title: `Restore the wording of ${refLabel(ref.ref)}: ${diff}`,
        edits: changes.map((c) => ({ range: c.range, newText: restyle(c.reference) })),
        preferred: true,
        safe: m.agreed,
      };
      out.push({
        range: { start: q.start, end: q.end },
        message: `Quote differs from ${refLabel(ref.ref)}${who}: ${diff}. ${ref.post ? 'The post reads' : 'It has'} "${shorten(wording, 120)}".`,
        evidence: ev,
        fixes: [fix],
        data: { quote: q.inner, changes: changes.map((c) => ({ kind: c.kind, draft: c.draft, reference: c.reference })), wording },
        confidence: Math.round(m.confidence * 100) / 100,
      });
    }
    return out;
  },
};
