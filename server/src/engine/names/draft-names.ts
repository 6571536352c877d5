// The draft's names, linked to the references' people, computed once per check run and shared by
// the names rules (each rule file asks; the first computes).
import type { Corpus } from '../corpus/corpus';
import type { Draft } from '../draft/draft';
import { bareName, looksLikePerson, type NameRun } from './mentions';
import { documentNames, linkSurname, surnameIndex, type DocumentNames } from './people';
import { namesRegister, type NamesRegister } from './registry';

export interface DraftPerson extends NameRun {
  /** Full name in the references (or in the draft when the references never mention the person). */
  person: string;
  inReferences: boolean;
}

export interface DraftNames {
  doc: DocumentNames;
  register: NamesRegister;
  people: DraftPerson[];
}

/** "Steve" and "Steven", "Dan" and "Daniel": one given name the start of the other, three letters or more. */
function sameGivenName(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short);
}

const cache = new WeakMap<Draft, { version: number; value: DraftNames }>();

export function draftNames(draft: Draft, corpus: Corpus): DraftNames {
  const hit = cache.get(draft);
  if (hit && hit.version === corpus.version) return hit.value;
  const register = namesRegister(corpus);
  const doc = documentNames(draft);
  const ownSurnames = surnameIndex(doc.fullNames);
  const people: DraftPerson[] = [];
  for (const run of doc.runs) {
    const name = bareName(run.text);
    if (register.people.has(name) && (run.words.length >= 2 || looksLikePerson(run))) {
      people.push({ ...run, person: name, inReferences: true });
      continue;
    }
    if (run.words.length === 1) {
      // Surname only: prefer the person the draft itself named in full, then the references' people.
      const own = linkSurname(name, ownSurnames);
      const ref = linkSurname(name, register.surnames);
      if (own) people.push({ ...run, person: own, inReferences: register.people.has(own) });
      else if (ref) people.push({ ...run, person: ref, inReferences: true });
      continue;
    }
    if (!looksLikePerson(run)) continue;
    // "Steven Mnuchin" where the references name "Steve Mnuchin": the one reference person with that
    // surname and a given name the draft's shortens or lengthens.
    const ref = linkSurname(bareName(run.words[run.words.length - 1].text), register.surnames);
    if (ref && sameGivenName(bareName(run.words[0].text), ref.split(' ')[0])) people.push({ ...run, person: ref, inReferences: true });
    else people.push({ ...run, person: name, inReferences: false });
  }
  const value = { doc, register, people };
  cache.set(draft, { version: corpus.version, value });
  return value;
}
