// attribution/vague-attribution: "reportedly", "critics say", "it is believed", "sources say" with no
// source named anywhere in the paragraph.
import type { Rule, RawFinding } from '../../rule';
import { draftModel } from '../../attribution/documents';
import { isHeadline } from '../../attribution/evidence';
import type { Cue } from '../../attribution/cues';

export const vagueAttribution: Rule = {
  id: 'attribution/vague-attribution',
  check: 'attribution',
  description: 'A hedge or a vague source ("reportedly", "sources say", "critics say", "it is believed") with no source named in the paragraph.',
  defaultLevel: 'info',
  run({ draft }) {
    const model = draftModel(draft);
    const out: RawFinding[] = [];
    const byParagraph = new Map<number, typeof model.sentences>();
    for (const s of model.sentences) {
      if (isHeadline(draft, s)) continue;
      const list = byParagraph.get(s.paragraph) ?? [];
      list.push(s);
      byParagraph.set(s.paragraph, list);
    }
    for (const sentences of byParagraph.values()) {
      const cues = sentences.flatMap((s) => s.cues);
      const named = cues.some((c) => c.source && c.source.kind !== 'vague' && c.role !== 'directive') ||
        model.quotes.some((q) => q.paragraph === sentences[0].paragraph && q.clear && q.speaker && q.speaker.kind !== 'vague');
      if (named) continue;
      for (const c of cues) {
        const vague = vagueness(c);
        if (!vague) continue;
        const start = c.source && c.source.start < c.start ? c.source.start : c.start;
        const end = c.source && c.source.end > c.end ? c.source.end : c.end;
        out.push({
          range: { start, end },
          message: `Vague attribution (${vague}) and no source named in the paragraph. Who says so?`,
          evidence: [],
          fixes: [],
          data: { cue: draft.text.slice(start, end) },
        });
      }
    }
    return out;
  },
};

function vagueness(c: Cue): string | null {
  if (c.role === 'hedge') return `"${c.text}"`;
  if ((c.role === 'report' || c.role === 'describing') && c.source?.kind === 'vague') return `"${c.source.text}"`;
  return null;
}
