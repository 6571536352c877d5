// attribution/unattributed-quote: direct speech with no speaker a reader can identify.
import type { Rule, RawFinding } from '../../rule';
import type { Evidence, Fix } from '../../types';
import type { Draft } from '../../draft/draft';
import type { Corpus } from '../../corpus/corpus';
import { draftModel } from '../../attribution/documents';
import { evidence, isHeadline, refLabel, shorten } from '../../attribution/evidence';
import type { AttributionModel, Quote } from '../../attribution/model';
import { cachedMatch, type RefQuote } from '../../quotes/match';
import { speakerLabel } from '../../attribution/facts';
import { PRONOUNS, TITLE_WORDS } from '../../attribution/lexicon';
import { unbalancedMarks } from '../../attribution/quote-kind';

export const unattributedQuote: Rule = {
  id: 'attribution/unattributed-quote',
  check: 'attribution',
  description: 'A direct quote with no speaker named in its sentence, its paragraph or the paragraph it continues.',
  defaultLevel: 'warning',
  run({ draft, corpus }) {
    const model = draftModel(draft);
    const out: RawFinding[] = [];
    const seen = new Set<string>();
    for (const q of model.quotes) {
      // Speech only; a speaker the reader can tell (its tag, its sentence, its paragraph) is never questioned.
      if (!q.speech || q.shape === 'scare' || q.basis === 'tag' || q.basis === 'sentence' || q.basis === 'subject') continue;
      // A speaker read from the paragraph is questioned only when the references give the words to someone else.
      if (q.clear && q.basis !== 'previous-paragraph' && q.basis !== 'paragraph') continue;
      if (isHeadline(draft, model.sentences[q.sentence])) continue;
      // Short phrases quoted inside a sentence ("framing it as “defeated and ineffective”") are not direct speech.
      if (q.shape === 'partial' && (q.words < 4 || !hasVerb(model, q))) continue;
      const guess = q.speaker ? speakerLabel(q) ?? undefined : undefined;
      // The references' speakers for this quote, when they carry it word for word.
      const match = corpus.size ? cachedMatch(corpus, q.inner) : undefined;
      const speakers = new Map<string, RefQuote[]>();
      for (const src of match?.sources ?? []) {
        // A speaker named inside the quote itself is a misreading of the reference, not evidence.
        if (!src.speaker || mentions(q.inner, src.speaker)) continue;
        const list = speakers.get(src.speaker) ?? [];
        list.push(src);
        speakers.set(src.speaker, list);
      }
      const confirmed = !!guess && [...speakers.keys()].some((sp) => sameSpeaker(sp, guess));
      if (confirmed) continue;
      // The references' speaker is named in the quote's paragraph or the one before: the draft gives the reader the speaker.
      const p = draft.paragraphs[Math.max(0, q.paragraph - 1)];
      if ([...speakers.keys()].some((sp) => mentions(draft.text.slice(p.start, q.start), sp))) continue;
      // A speaker taken from the paragraph or carried over from the paragraph before: questioned only when the
      // references give the quote to someone else by name (the guess was a name too), or (carried over) when
      // nothing in the quote ties it to that speaker. "Someone else" only when each reference names its speaker
      // in the quote's own sentence: a pronoun we resolved ("he told CNN") or a description ("the California
      // Democrat", "prosecutors") may well be the draft's speaker.
      const misread = (q.basis === 'previous-paragraph' || q.basis === 'paragraph') && !!guess && q.speaker?.kind === 'named' && speakers.size > 0 && [...speakers].every(([sp, list]) => list.some((src) => src.namedHere) && !sameSpeaker(sp, guess));
      // A quote taken as the previous paragraph's speaker going on is questioned when the references quote that
      // speaker's words it runs on from and nowhere these: in the references the speaker's quote ends there.
      const stopped = !misread && !!q.carried && !match?.sources.length && quotedInReferences(corpus, draft, q.carried, guess);
      if (q.clear && !misread && !stopped) continue;
      const confidence = quoteConfidence(draft, q, misread);
      if (confidence < MIN_CONFIDENCE) continue;
      const key = `${q.start}:${q.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
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
        : stopped && guess
          ? ` (the paragraph before quotes ${guess}, but the references' quote of ${guess} ends there) —`
          : guess && q.basis === 'previous-paragraph'
          ? ` (the paragraph before quotes ${guess}, but nothing ties this quote to them) —`
          : ' —';
      out.push({
        range: { start: q.start, end: q.end },
        message: `No speaker for the quote ${shorten(q.text, 70)}${why} ${known || 'say who said it.'}`,
        evidence: evidenceList,
        fixes,
        data: { quote: q.inner, guess: guess ?? null, basis: q.basis, speakers: [...speakers.keys()] },
        confidence,
      });
    }
    return out;
  },
};

/** The references carry the draft quote at `range` word for word, from the same speaker when they name one. */
function quotedInReferences(corpus: Corpus, draft: Draft, range: { innerStart: number; innerEnd: number }, guess: string | undefined): boolean {
  const inner = draft.text.slice(range.innerStart, range.innerEnd);
  if (!corpus.size || !inner.trim()) return false;
  return cachedMatch(corpus, inner).sources.some((src) => !guess || !src.speaker || sameSpeaker(src.speaker, guess));
}

/** Findings below this are not reported. */
const MIN_CONFIDENCE = 0.5;

/**
 * How sure we are that a reader cannot tell who speaks. Strongest when the references name someone else; a
 * whole quoted sentence with nobody near it comes next; a partial quote (the sentence around it may carry its
 * speaker in ways we do not parse) or a paragraph whose marks do not pair up (mis-typed copy) counts for less.
 */
function quoteConfidence(draft: Draft, q: Quote, misread: boolean): number {
  // 'fallback': someone speaks in the sentences around it, which in edited copy is nearly always the speaker.
  let c = misread ? 0.9 : q.basis === 'previous-paragraph' ? 0.6 : q.basis === 'fallback' ? 0.45 : 0.8;
  if (q.shape === 'partial') c -= 0.2;
  if (q.words <= 3) c -= 0.2;
  const p = draft.paragraphs[q.paragraph];
  if (unbalancedMarks(draft.prose.slice(p.start, p.end))) c -= 0.25;
  return Math.round(c * 100) / 100;
}

/** The quote names the speaker (a name word of 4+ letters), so the speaker was read off the quote's own words. */
function mentions(quote: string, speaker: string): boolean {
  const names = speaker.split(/\s+/).filter((w) => /^\p{Lu}[\p{L}'’-]{3,}$/u.test(w) && !TITLE_WORDS.has(w.toLowerCase()));
  return names.some((n) => new RegExp(`\\b${n.replace(/[’']s$/, '')}\\b`).test(quote));
}

const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another', 'two', 'three', 'four', 'several', 'some', 'many', 'senior', 'former']);
const POST_MODIFIER = /\s+(with|familiar|close|from|in|at|on|of|who|briefed|speaking)\s+.*$/i;

/** Could two speaker phrases be the same speaker? They share a name, or their head nouns agree ("official" / "US officials"). */
export function sameSpeaker(a: string, b: string): boolean {
  const words = (x: string) => x.replace(POST_MODIFIER, '').split(/\s+/).map((w) => w.replace(/[’']s$/, '').replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);
  const names = (x: string) => words(x).filter((w) => /^\p{Lu}/u.test(w) && !DETERMINERS.has(w.toLowerCase()) && !TITLE_WORDS.has(w.toLowerCase()));
  const na = names(a);
  const nb = names(b);
  if (na.some((n) => nb.some((m) => m === n || nearName(m, n)))) return true;
  const wa = words(a);
  const wb = words(b);
  if (!wa.length || !wb.length || (wa.length === 1 && PRONOUNS.has(wa[0].toLowerCase())) || (wb.length === 1 && PRONOUNS.has(wb[0].toLowerCase()))) return true;
  const head = (w: string[]) => w[w.length - 1].toLowerCase().replace(/s$/, '');
  return head(wa) === head(wb);
}

/** One letter apart, in names of five letters or more (a typo in one outlet: "Fitton" / "Filton"). */
function nearName(a: string, b: string): boolean {
  if (a.length < 5 || b.length < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const rest = (x: string, k: number) => x.slice(k);
  return rest(a, i + 1) === rest(b, i + 1) || rest(a, i + 1) === rest(b, i) || rest(a, i) === rest(b, i + 1);
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
