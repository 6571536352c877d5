// attribution/unattributed-quote: direct speech with no speaker a reader can identify.
import type { Rule, RawFinding } from '../../rule';
import type { Evidence, Fix } from '../../types';
import type { Draft } from '../../draft/draft';
import { draftModel } from '../../attribution/documents';
import { evidence, isHeadline, refLabel, shorten } from '../../attribution/evidence';
import type { AttributionModel, Quote } from '../../attribution/model';
import { cachedMatch, type RefQuote } from '../../quotes/match';
import { speakerLabel } from '../../attribution/facts';
import { PRONOUNS, TITLE_WORDS } from '../../attribution/lexicon';

export const unattributedQuote: Rule = {
  id: 'attribution/unattributed-quote',
  check: 'attribution',
  description: 'A direct quote with no speaker named in its sentence, its paragraph or the paragraph it continues.',
  defaultLevel: 'warning',
  run({ draft, corpus }) {
    const model = draftModel(draft);
    const out: RawFinding[] = [];
    for (const q of model.quotes) {
      if (q.shape === 'scare' || q.basis === 'tag' || q.basis === 'sentence' || q.basis === 'subject') continue;
      if (isHeadline(draft, model.sentences[q.sentence])) continue;
      // Short phrases quoted inside a sentence ("framing it as “defeated and ineffective”") are not direct speech.
      if (q.shape === 'partial' && (q.words < 4 || !hasVerb(model, q))) continue;
      const guess = q.speaker ? speakerLabel(q) ?? undefined : undefined;
      // The references' speakers for this quote, when they carry it word for word.
      const match = corpus.size ? cachedMatch(corpus, q.inner) : undefined;
      const speakers = new Map<string, RefQuote[]>();
      for (const src of match?.sources ?? []) {
        if (!src.speaker) continue;
        const list = speakers.get(src.speaker) ?? [];
        list.push(src);
        speakers.set(src.speaker, list);
      }
      // A speaker inferred from the paragraph around the quote stands unless the references give the quote to someone else.
      let misread = false;
      const confirmed = !!guess && [...speakers.keys()].some((sp) => sameSpeaker(sp, guess));
      if (!q.clear && q.basis === 'previous-paragraph' && confirmed) continue;
      if (q.clear) {
        if (!guess || !speakers.size || [...speakers.keys()].some((sp) => sameSpeaker(sp, guess))) continue;
        misread = true;
      }
      const evidenceList: Evidence[] = [];
      const fixes: Fix[] = [];
      for (const [speaker, list] of speakers) {
        for (const src of list.slice(0, 2)) evidenceList.push(evidence(src.ref, src.sentence, `said by ${speaker}`));
        const fix = attributeFix(draft, model, q, speaker);
        if (fix) fixes.push({ ...fix, preferred: fixes.length === 0 });
      }
      const known = speakers.size ? `${refLabel([...speakers.values()][0][0].ref)} has it from ${[...speakers.keys()].join(' / ')}.` : '';
      const why = misread
        ? ` reads as ${guess}'s, but`
        : guess && q.basis === 'previous-paragraph'
          ? ` (the paragraph before quotes ${guess}, but nothing ties this quote to them) —`
          : ' —';
      out.push({
        range: { start: q.start, end: q.end },
        message: `No speaker for the quote ${shorten(q.text, 70)}${why} ${known || 'say who said it.'}`,
        evidence: evidenceList,
        fixes,
        data: { quote: q.inner, guess: guess ?? null, basis: q.basis, speakers: [...speakers.keys()] },
      });
    }
    return out;
  },
};

const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another', 'two', 'three', 'four', 'several', 'some', 'many', 'senior', 'former']);
const POST_MODIFIER = /\s+(with|familiar|close|from|in|at|on|of|who|briefed|speaking)\s+.*$/i;

/** Could two speaker phrases be the same speaker? They share a name, or their head nouns agree ("official" / "US officials"). */
export function sameSpeaker(a: string, b: string): boolean {
  const words = (x: string) => x.replace(POST_MODIFIER, '').split(/\s+/).map((w) => w.replace(/[’']s$/, '').replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);
  const names = (x: string) => words(x).filter((w) => /^\p{Lu}/u.test(w) && !DETERMINERS.has(w.toLowerCase()) && !TITLE_WORDS.has(w.toLowerCase()));
  const na = names(a);
  const nb = names(b);
  if (na.some((n) => nb.includes(n))) return true;
  const wa = words(a);
  const wb = words(b);
  if (!wa.length || !wb.length || (wa.length === 1 && PRONOUNS.has(wa[0].toLowerCase())) || (wb.length === 1 && PRONOUNS.has(wb[0].toLowerCase()))) return true;
  const head = (w: string[]) => w[w.length - 1].toLowerCase().replace(/s$/, '');
  return head(wa) === head(wb);
}

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
  const who = speaker.replace(/^(A|An|The|Another|One|Some|Several|Two|Three|Four|Five)\s+(?=\S)/, (m) => m.toLowerCase());
  edits.push({ range: { start: q.end, end: tagEnd }, newText: ` ${who} said.` });
  return { title: `Name the speaker the references give: ${speaker}`, edits };
}
