// attribution/vague-attribution: "reportedly", "critics say", "it is believed", "sources say" with no
// source named anywhere in the paragraph.
import type { Rule, RawFinding } from '../../rule';
import { draftModel } from '../../attribution/documents';
import { isHeadline } from '../../attribution/evidence';
import { vagueness } from '../../attribution/vagueness';
import { captionLine } from '../../attribution/quote-kind';

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
      // "The Oslo Post reports that …": an outlet reporting, which the cue reader takes for the noun "reports".
      const outletReports = sentences.some((s) => /\p{Lu}[\p{L}.&'’-]*\s+reports\b/u.test(draft.text.slice(s.start, s.end)));
      if (named || outletReports) continue;
      // Captions, promos and all-capitals headlines are not prose.
      const p = draft.paragraphs[sentences[0].paragraph];
      const para = draft.prose.slice(p.start, p.end);
      if (captionLine(para) || !/\p{Ll}/u.test(para)) continue;
      const ranges: { start: number; end: number }[] = [];
      for (const s of sentences)
        for (const c of s.cues) {
          const vague = vagueness(c, s, draft.text);
          if (!vague || vague.confidence < MIN_CONFIDENCE) continue;
          // The cue and its source when they sit together ("sources said"), else the cue alone.
          const src = c.source;
          // The cue and its source together ("sources said", "analysts generally say"), else the source alone
          // ("Critics, including some allies, say" → "Critics"), else the cue.
          const gap = src ? (src.end <= c.start ? draft.text.slice(src.end, c.start) : draft.text.slice(c.end, src.start)) : '';
          const joined = !!src && !/[,;:—–()]/.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= 3;
          const start = src ? (joined ? Math.min(src.start, c.start) : src.start) : c.start;
          const end = src ? (joined ? Math.max(src.end, c.end) : src.end) : c.end;
          // One finding per phrase: a cue already covered by another range is the same phrase.
          if (ranges.some((r) => start < r.end && end > r.start)) continue;
          ranges.push({ start, end });
          out.push({
            range: { start, end },
            message: `Vague attribution (${vague.what}) and no source named in the paragraph. Who says so?`,
            evidence: [],
            fixes: [],
            data: { cue: draft.text.slice(start, end) },
            confidence: vague.confidence,
          });
        }
    }
    return out;
  },
};

/** Findings below this are not reported. */
const MIN_CONFIDENCE = 0.5;
