// The names register of the reference corpus: who holds which title according to which reference,
// and every capitalised name word with where it is written. Derived once per corpus version;
// each reference's own names are cached per parsed reference.
import type { Corpus } from '../corpus/corpus';
import type { Reference } from '../corpus/reference';
import type { Sentence } from '../text/analyzed-text';
import type { Evidence } from '../types';
import { referenceEvidence } from '../corpus/evidence';
import { bareName, isNameWord } from './mentions';
import { documentNames, linkSurname, surnameIndex, type DocumentNames, type SurnameIndex } from './people';
import { titleKey } from './titles';

export interface TitleSighting {
  ref: Reference;
  sentence: Sentence;
  /** The title as the reference writes it (without country prefixes). */
  text: string;
  key: string[];
  /** The reference speaks of an office held before ("former", "then-"). */
  past: boolean;
}

export interface PersonEntry {
  name: string;
  titles: TitleSighting[];
  refs: Set<string>;
}

export interface WordEntry {
  word: string;
  count: number;
  refs: Map<string, { ref: Reference; sentence: Sentence }>;
  /** Times the word is a person's first name ("Carl" in "Carl Berg") and a person's surname. */
  given: number;
  surname: number;
  /** Times wink tags it a proper noun: an ordinary word ("Christian groups") is mostly an adjective or noun. */
  propn: number;
}

/** A word the writer marked as someone else's misspelling ("Hezbolla [sic]"): evidence of nothing. */
export function markedSic(text: string, end: number): boolean {
  return /^[’'s]*\s*\[sic\]/i.test(text.slice(end, end + 12));
}

export interface NamesRegister {
  people: Map<string, PersonEntry>;
  surnames: SurnameIndex;
  /** Capitalised name words, by exact spelling. */
  words: Map<string, WordEntry>;
  /** Name words by length, for near-miss search. */
  wordsByLength: Map<number, WordEntry[]>;
  /** Lowercase words seen in the references: a capitalised word that also appears lowercase is a common word. */
  lowercase: Set<string>;
}

export function referenceNames(corpus: Corpus) {
  return corpus.perReference<DocumentNames>('names/document', (ref) => documentNames(ref));
}

export function namesRegister(corpus: Corpus): NamesRegister {
  return corpus.derived('names/register', () => {
    const people = new Map<string, PersonEntry>();
    const words = new Map<string, WordEntry>();
    const lowercase = new Set<string>();
    const perRef = referenceNames(corpus);
    // Full names first, across all references, so a surname in one reference links to a full name in another.
    const allFull = new Set<string>();
    for (const { value } of perRef) value.fullNames.forEach((n) => allFull.add(n));
    const surnames = surnameIndex(allFull);
    for (const { ref, value } of perRef) {
      for (const run of value.runs) {
        const name = bareName(run.text);
        const person = allFull.has(name) ? name : run.words.length === 1 ? linkSurname(name, surnames) : undefined;
        run.words.forEach((w, i) => {
          if (!isNameWord(w) || markedSic(ref.text, w.end)) return;
          const word = bareName(w.text);
          let entry = words.get(word);
          if (!entry) words.set(word, (entry = { word, count: 0, refs: new Map(), given: 0, surname: 0, propn: 0 }));
          entry.count++;
          if (w.pos === 'PROPN') entry.propn++;
          if (!entry.refs.has(ref.id)) entry.refs.set(ref.id, { ref, sentence: run.sentence });
          if (person && run.words.length >= 2 && i === 0) entry.given++;
          if (person && i === run.words.length - 1) entry.surname++;
        });
        if (!person) continue;
        let entry = people.get(person);
        if (!entry) people.set(person, (entry = { name: person, titles: [], refs: new Set() }));
        entry.refs.add(ref.id);
        if (run.title && run.title.key.length && !run.title.partial) {
          entry.titles.push({ ref, sentence: run.sentence, text: run.title.text, key: titleKey(run.title.text), past: run.title.past });
        }
      }
      for (const s of ref.sentences) for (const t of s.tokens) if (/^\p{Ll}/u.test(t.text)) lowercase.add(t.text);
    }
    const wordsByLength = new Map<number, WordEntry[]>();
    for (const e of words.values()) {
      const list = wordsByLength.get(e.word.length) ?? [];
      list.push(e);
      wordsByLength.set(e.word.length, list);
    }
    return { people, surnames, words, wordsByLength, lowercase };
  });
}

/** Evidence for a reference sentence. */
export function sentenceEvidence(ref: Reference, sentence: Sentence, says?: string): Evidence {
  return referenceEvidence(ref, sentence, says);
}

export { referenceName as outletName } from '../corpus/reference';
