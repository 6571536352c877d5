// attribution/unattributed-quote: direct speech with no speaker a reader can identify.
import type { Rule, RawFinding } from '../../rule';
import { draftModel } from '../../attribution/documents';
import { isHeadline, shorten } from '../../attribution/evidence';

export const unattributedQuote: Rule = {
  id: 'attribution/unattributed-quote',
  check: 'attribution',
  description: 'A direct quote with no speaker named in its sentence, its paragraph or the paragraph it continues.',
  defaultLevel: 'warning',
  run({ draft }) {
    const model = draftModel(draft);
    const out: RawFinding[] = [];
    for (const q of model.quotes) {
      if (q.clear || q.shape === 'scare') continue;
      if (isHeadline(draft, model.sentences[q.sentence])) continue;
      // Short phrases quoted inside a sentence ("framing it as “defeated and ineffective”") are not direct speech.
      if (q.shape === 'partial' && (q.words < 4 || !hasVerb(model, q))) continue;
      const guess = q.speaker ? (q.speaker.kind === 'named' ? q.speaker.name : q.speaker.text) : undefined;
      out.push({
        range: { start: q.start, end: q.end },
        message: `Quote has no speaker: ${shorten(q.text, 70)}${guess && q.basis === 'previous-paragraph' ? ` (the previous paragraph quotes ${guess}, but nothing ties this quote to them)` : ''}. Say who said it.`,
        evidence: [],
        fixes: [],
        data: { quote: q.inner, guess: guess ?? null, basis: q.basis },
      });
    }
    return out;
  },
};

function hasVerb(model: ReturnType<typeof draftModel>, q: ReturnType<typeof draftModel>['quotes'][number]): boolean {
  return model.sentences[q.sentence].tokens.some((t) => t.start >= q.innerStart && t.end <= q.innerEnd && (t.pos === 'VERB' || t.pos === 'AUX'));
}
