// People's ages as news copy states them: "Hernan Rivera, 72,", "Brandon Bostian, 32, of New York",
// "32-year-old Brandon Bostian", "Rick Gates, a 45-year-old consultant", "Ana Lind, aged 61". An age
// belongs to the person it is written beside, so it is compared by who, not by sentence alignment:
// the references' age for the same full name, allowing for birthdays between the two publication days.
import type { AnalyzedText, Sentence } from '../text/analyzed-text';
import type { Corpus } from '../corpus/corpus';
import type { Reference } from '../corpus/reference';
import { documentNames, surnameOf, type DocumentNames } from '../names/people';
import { draftNames } from '../names/draft-names';
import type { Draft } from '../draft/draft';
import { parseIsoDay } from '../dates/calendar';

export interface AgeFact {
  /** The full name the age is written beside ("Hernan Rivera"), linked from a surname-only mention. */
  person: string;
  age: number;
  /** Offsets of the age's digits in the document. */
  start: number;
  end: number;
  sentence: Sentence;
}

/** "Name, 72," "Name, 32, of New York" "Name (72)" "Name, a 45-year-old consultant" "Name, aged 61". */
const AFTER_NAME = /^(?:,\s+(?:(?:a|an|the)\s+)?(?:aged\s+)?|\s+\()(\d{1,3})(?:-year-old\b|(?=\s*(?:[;)]|[,.](?!\d)|$|\s+(?:and|of|from|who|was|is|were|had|has)\b)))/;
/** "32-year-old Brandon Bostian", "the 17-year-old gunman Ian Ross": a few lowercase words may stand between. */
const BEFORE_NAME = /(\d{1,3})-year-old\s+(?:(?!(?:from|of|in|at|for|with|and|or|to|by|on|near)\s)[a-z]+\s+){0,3}$/;

const plausible = (n: number) => n >= 1 && n <= 120;

/** Every age written beside a person's name in a document (whose names may already be known). */
export function documentAges(doc: AnalyzedText, names: DocumentNames = documentNames(doc)): AgeFact[] {
  const out: AgeFact[] = [];
  for (const mention of names.people) {
    const after = AFTER_NAME.exec(doc.text.slice(mention.end, mention.end + 40));
    if (after && plausible(+after[1])) {
      const start = mention.end + after[0].lastIndexOf(after[1], after[0].length - (after[0].endsWith('-year-old') ? 9 : 0));
      out.push({ person: mention.person, age: +after[1], start, end: start + after[1].length, sentence: mention.sentence });
      continue;
    }
    const from = Math.max(mention.sentence.start, mention.start - 40);
    const before = BEFORE_NAME.exec(doc.text.slice(from, mention.start));
    if (before && plausible(+before[1])) {
      const start = from + before.index;
      out.push({ person: mention.person, age: +before[1], start, end: start + before[1].length, sentence: mention.sentence });
    }
  }
  return out;
}

const draftCache = new WeakMap<Draft, AgeFact[]>();

/** documentAges of a draft, once per draft (the age rule and the figure rule both ask), on the names the names rules found. */
export function draftAges(draft: Draft, corpus: Corpus): AgeFact[] {
  let ages = draftCache.get(draft);
  if (!ages) draftCache.set(draft, (ages = documentAges(draft, draftNames(draft, corpus).doc)));
  return ages;
}

export interface ReferenceAge extends AgeFact {
  ref: Reference;
}

const surnameKey = (person: string) => surnameOf(person).toLowerCase();

/** The references' ages by surname: parsed once per reference, indexed once per corpus version. */
function referenceAgeIndex(corpus: Corpus): Map<string, ReferenceAge[]> {
  return corpus.derived('ages-by-surname', (c) => {
    const index = new Map<string, ReferenceAge[]>();
    for (const { ref, value } of c.perReference('ages', (r) => documentAges(r))) {
      for (const a of value) {
        const key = surnameKey(a.person);
        index.set(key, [...(index.get(key) ?? []), { ...a, ref }]);
      }
    }
    return index;
  });
}

/** What the references say the person is aged. */
export function referenceAgesOf(corpus: Corpus, person: string): ReferenceAge[] {
  return (referenceAgeIndex(corpus).get(surnameKey(person)) ?? []).filter((a) => samePerson(a.person, person));
}

const YEAR_DAYS = 365.2425;

/**
 * The ages a person the reference gives `age` can have on the draft's day: the same, or one more (or
 * less) when a birthday may fall between the two publication days.
 */
export function agesAllowed(age: number, refPublished: string | undefined, draftPublished: string): [number, number] {
  const a = parseIsoDay(refPublished);
  const b = parseIsoDay(draftPublished);
  if (a === undefined || b === undefined || a === b) return a === b ? [age, age] : [age - 1, age + 1];
  const years = (b - a) / YEAR_DAYS;
  return [age + Math.floor(years), age + Math.ceil(years)];
}

/**
 * Same person: the same surname and a given name in common ("Reverend Daniel Simmons" is "Daniel
 * Simmons"), or the same surname where one side gives only the surname.
 */
export function samePerson(a: string, b: string): boolean {
  const x = a.toLowerCase().split(/\s+/);
  const y = b.toLowerCase().split(/\s+/);
  if (x.pop() !== y.pop()) return false;
  return !x.length || !y.length || x.some((w) => y.includes(w));
}
