// Who is mentioned in one document: full names, later surname-only mentions linked back to them,
// and the titles written before each mention.
import type { AnalyzedText } from '../text/analyzed-text';
import { bareName, looksLikePerson, nameRuns, type NameRun } from './mentions';

export interface PersonMention extends NameRun {
  /** The full name this mention refers to ("Yoav Gallant" for a later "Gallant"). */
  person: string;
}

export interface DocumentNames {
  /** Every capitalised name run (people, organisations, places). */
  runs: NameRun[];
  /** Runs that are people, linked to a full name. */
  people: PersonMention[];
  /** Full names, in order of first mention. */
  fullNames: string[];
}

export function surnameOf(fullName: string): string {
  const parts = fullName.split(/\s+/);
  return parts[parts.length - 1];
}

/** Surname → the one full name ending with it, or null when two people share the surname (then we don't guess). */
export type SurnameIndex = Map<string, string | null>;

export function surnameIndex(fullNames: Iterable<string>): SurnameIndex {
  const index: SurnameIndex = new Map();
  for (const full of fullNames) {
    if (!full.includes(' ')) continue;
    const surname = surnameOf(full);
    const seen = index.get(surname);
    index.set(surname, seen === undefined || seen === full ? full : null);
  }
  return index;
}

/** Link a surname-only mention to the unique full name with that surname. */
export function linkSurname(name: string, index: SurnameIndex): string | undefined {
  return index.get(name) ?? undefined;
}

export function documentNames(doc: AnalyzedText): DocumentNames {
  const runs: NameRun[] = [];
  for (const s of doc.sentences) runs.push(...nameRuns(s, doc.text));
  const fullNames: string[] = [];
  const seen = new Set<string>();
  // Headlines capitalise every word ("Harbour Pact Signed"): a name seen only in headings is not a person.
  const inHeading = (r: NameRun) => doc.paragraphs[r.sentence.paragraph]?.heading ?? false;
  const outsideHeadings = new Set(runs.filter((r) => !inHeading(r)).map((r) => bareName(r.text)));
  for (const r of runs) {
    const name = bareName(r.text);
    if (inHeading(r) && !outsideHeadings.has(name)) continue;
    if (r.words.length >= 2 && looksLikePerson(r) && !seen.has(name)) {
      seen.add(name);
      fullNames.push(name);
    }
  }
  const people: PersonMention[] = [];
  const surnames = surnameIndex(fullNames);
  for (const r of runs) {
    const name = bareName(r.text);
    if (seen.has(name)) people.push({ ...r, person: name });
    else if (r.words.length === 1) {
      const full = linkSurname(name, surnames);
      if (full) people.push({ ...r, person: full });
    }
  }
  return { runs, people, fullNames };
}
