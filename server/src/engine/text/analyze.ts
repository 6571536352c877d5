// Sentences and POS-tagged tokens with exact offsets, from wink-nlp.
// wink works on plain strings and reports tokens, not offsets; we recover offsets by walking the
// paragraph text token by token. Paragraph analyses are memoised by their text, so a keystroke
// re-analyses only the paragraph it touched.
import winkNLP, { type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { AnalyzedText, Paragraph, Sentence, Token } from './analyzed-text';
import { MB, Memo } from '../memo';

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | undefined;
/** The model's lexicon (lowercase English words wink knows), captured when wink reads the model: reading it again costs a second. */
let lexiconWords: string[] = [];
function wink(): Wink {
  // Loading the model costs ~100 ms: do it on first use, once per process.
  const source = model as unknown as { core(): unknown };
  nlp ??= winkNLP({
    ...model,
    core() {
      const core = source.core();
      // A copy: wink appends every unknown word it meets to this list.
      lexiconWords = ((core as { features?: { lexeme?: { list?: string[] } } }).features?.lexeme?.list ?? []).slice();
      return core;
    },
  } as typeof model);
  return nlp;
}

let dictionary: Set<string> | undefined;
/**
 * Whether a lowercase word is an ordinary English word in wink's lexicon ("democrat", "office", "police").
 * A general language resource: names of people are mostly not in it, common words are.
 */
export function isDictionaryWord(lower: string): boolean {
  if (!dictionary) {
    wink();
    dictionary = new Set(lexiconWords);
  }
  return dictionary.has(lower);
}

export interface Block {
  start: number;
  end: number;
  heading?: boolean;
}

/** A paragraph's sentences with offsets relative to the paragraph start. */
interface RelativeSentence {
  start: number;
  end: number;
  tokens: Token[];
}

/** Abbreviated titles written before a name, which wink sometimes takes for a sentence end. */
const TITLE_ABBREVIATION = /^(Maj|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Brig|Cpl|Sen|Rep|Gov|Rev|Dr|Mr|Mrs|Ms|Gens|Sens|Reps)$/;
const memo = new Memo<RelativeSentence[]>(8 * MB, 64);

/** Longer runs without white space are not words (wink's tokenizer is quadratic in a token's length). */
const MAX_TOKEN_CHARS = 200;
const LONG_RUN = new RegExp(`\\S{${MAX_TOKEN_CHARS + 1},}`, 'g');

/** Break runs past MAX_TOKEN_CHARS with a space every MAX_TOKEN_CHARS characters (same length, same offsets). */
export function splitLongTokens(text: string): string {
  return text.replace(LONG_RUN, (run) => run.replace(new RegExp(`([\\s\\S]{${MAX_TOKEN_CHARS - 1}})[\\s\\S]`, 'g'), '$1 '));
}

function analyzeParagraph(original: string): RelativeSentence[] {
  const cached = memo.get(original);
  if (cached) return cached;
  const text = splitLongTokens(original);
  const w = wink();
  const its = w.its;
  const doc = w.readDoc(text);
  const sentences: RelativeSentence[] = [];
  let cursor = 0;
  doc.sentences().each((s: ItemSentence) => {
    const tokens: Token[] = [];
    const values = s.tokens().out(its.value) as string[];
    const tags = s.tokens().out(its.pos) as string[];
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      const at = text.indexOf(value, cursor);
      // wink keeps token text verbatim; if it ever does not, keep the token without moving the cursor far.
      const start = at >= 0 && at - cursor < 64 ? at : cursor;
      const end = at >= 0 && at - cursor < 64 ? at + value.length : cursor;
      tokens.push({ start, end, text: text.slice(start, end), pos: tags[i] });
      cursor = end;
    }
    if (!tokens.length) return;
    // wink ends a sentence after some abbreviated titles ("Maj." in "Maj. Gen. Nils Brandt"): join them back.
    const prev = sentences[sentences.length - 1];
    const last = prev?.tokens.slice(-2);
    if (last?.length === 2 && last[1].text === '.' && last[0].end === last[1].start && TITLE_ABBREVIATION.test(last[0].text) && /^\p{Lu}/u.test(tokens[0].text)) {
      prev.tokens.push(...tokens);
      prev.end = tokens[tokens.length - 1].end;
      return;
    }
    sentences.push({ start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens });
  });
  memo.set(original, sentences);
  return sentences;
}

/**
 * Analyse the prose blocks of a document.
 * @param text  the document's original text (offsets refer to it)
 * @param prose the same text with non-prose masked by spaces (same length); what wink reads
 */
/** The last sentence object placed from each memoised sentence analysis. Sentence objects are read only. */
const placed = new WeakMap<RelativeSentence, Sentence>();

export function analyze(text: string, prose: string, blocks: Block[]): AnalyzedText {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    const paragraphText = prose.slice(block.start, block.end);
    if (!paragraphText.trim()) continue;
    const paragraph: Paragraph = { index: paragraphs.length, start: block.start, end: block.end, heading: !!block.heading, sentences: [] };
    for (const rel of analyzeParagraph(paragraphText)) {
      const start = block.start + rel.start;
      const end = block.start + rel.end;
      const text = prose.slice(start, end);
      // The same sentence at the same place as in the last document built (a keystroke elsewhere): the same
      // object, so the per-sentence caches downstream hold across keystrokes, and its tokens are not copied again.
      let sentence = placed.get(rel);
      if (!sentence || sentence.start !== start || sentence.index !== sentences.length || sentence.paragraph !== paragraph.index || sentence.text !== text) {
        sentence = {
          index: sentences.length,
          paragraph: paragraph.index,
          start,
          end,
          text,
          tokens: rel.tokens.map((t) => ({ start: t.start + block.start, end: t.end + block.start, text: t.text, pos: t.pos })),
        };
        placed.set(rel, sentence);
      }
      paragraph.sentences.push(sentence);
      sentences.push(sentence);
    }
    paragraphs.push(paragraph);
  }
  return { text, paragraphs, sentences };
}

/** One block per non-empty line: scraped and extracted articles put each paragraph on its own line. */
export function lineBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = lines.exec(text))) if (m[0].trim()) blocks.push({ start: m.index, end: m.index + m[0].length });
  return blocks;
}
