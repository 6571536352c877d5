// attribution/unattributed-quote: direct speech with no speaker a reader can identify.
import type { Rule, RawFinding } from '../../rule';
import type { Evidence, Fix } from '../../types';
import type { Draft } from '../../draft/draft';
import { draftModel } from '../../attribution/documents';
import { evidence, isHeadline, refLabel, shorten } from '../../attribution/evidence';
import type { AttributionModel, Quote } from '../../attribution/model';
import { cachedMatch } from '../../quotes/match';

export const unattributedQuote: Rule = {
  id: 'attribution/unattributed-quote',
  check: 'attribution',
  description: 'A direct quote with no speaker named in its sentence, its paragraph or the paragraph it continues.',
  defaultLevel: 'warning',
  run({ draft, corpus }) {
    const model = draftModel(draft);
    const out: RawFinding[] = [];
    for (const q of model.quotes) {
      if (q.clear || q.shape === 'scare') continue;
      if (isHeadline(draft, model.sentences[q.sentence])) continue;
      // Short phrases quoted inside a sentence ("framing it as “defeated and ineffective”") are not direct speech.
      if (q.shape === 'partial' && (q.words < 4 || !hasVerb(model, q))) continue;
      const guess = q.speaker ? (q.speaker.kind === 'named' ? q.speaker.name : q.speaker.text) : undefined;
      // When the references carry the quote, say whose words they are and offer to name the speaker.
      const evidenceList: Evidence[] = [];
      const fixes: Fix[] = [];
      let known = '';
      if (corpus.size) {
        const match = cachedMatch(corpus, q.inner);
        const speakers = new Map<string, typeof match.sources>();
        for (const src of match.sources) {
          if (!src.speaker) continue;
          const list = speakers.get(src.speaker) ?? [];
          list.push(src);
          speakers.set(src.speaker, list);
        }
        for (const [speaker, list] of speakers) {
          for (const src of list.slice(0, 2)) evidenceList.push(evidence(src.ref, src.sentence, `said by ${speaker}`));
          const fix = attributeFix(draft, model, q, speaker);
          if (fix) fixes.push({ ...fix, preferred: fixes.length === 0 });
        }
        if (speakers.size) known = `${refLabel(match.sources[0].ref)} has it from ${[...speakers.keys()].join(' / ')}.`;
      }
      out.push({
        range: { start: q.start, end: q.end },
        message: `No speaker for the quote ${shorten(q.text, 70)}${guess && q.basis === 'previous-paragraph' ? ` (the paragraph before quotes ${guess}, but nothing ties this quote to them)` : ''} — ${known || 'say who said it.'}`,
        evidence: evidenceList,
        fixes,
        data: { quote: q.inner, guess: guess ?? null, basis: q.basis },
      });
    }
    return out;
  },
};

function hasVerb(model: AttributionModel, q: Quote): boolean {
  return model.sentences[q.sentence].tokens.some((t) => t.start >= q.innerStart && t.end <= q.innerEnd && (t.pos === 'VERB' || t.pos === 'AUX'));
}

/** `"Q."` → `"Q," Speaker said.` for a quote that ends its sentence; null when the quote sits inside a sentence. */
function attributeFix(draft: Draft, model: AttributionModel, q: Quote, speaker: string): Omit<Fix, 'preferred'> | null {
  if (!q.closed) return null;
  const s = model.sentences[q.sentence];
  const after = draft.text.slice(q.end, s.end).trim();
  if (after && !/^[.!?]$/.test(after)) return null;
  const inner = draft.text.slice(q.innerStart, q.innerEnd);
  const m = /([.!?…]?)(\s*)$/.exec(inner)!;
  const stop = m[1];
  const edits = [];
  if (stop === '.' || stop === '') {
    // The full stop inside the quote becomes a comma before the tag.
    const at = q.innerEnd - m[0].length;
    edits.push({ range: { start: at, end: q.innerEnd }, newText: ',' });
  }
  const tagEnd = after ? q.end + draft.text.slice(q.end).indexOf(after) + after.length : q.end;
  edits.push({ range: { start: q.end, end: tagEnd }, newText: ` ${speaker} said.` });
  return { title: `Name the speaker the references give: ${speaker}`, edits };
}
