// People and organisations for `copydesk facts` and the Story facts view.
import type { FactsDocument } from '../facts';
import { bareName, looksLikePerson, type NameRun } from './mentions';
import { documentNames } from './people';

export interface MentionFact {
  start: number;
  end: number;
  text: string;
  title: string | null;
}
export interface PersonFact {
  name: string;
  titles: string[];
  mentions: MentionFact[];
}
export interface OrganizationFact {
  name: string;
  mentions: { start: number; end: number; text: string }[];
}

export function peopleFacts(doc: FactsDocument): PersonFact[] {
  const byName = new Map<string, PersonFact>();
  for (const p of documentNames(doc).people) {
    let fact = byName.get(p.person);
    if (!fact) byName.set(p.person, (fact = { name: p.person, titles: [], mentions: [] }));
    const title = p.title?.text ?? null;
    if (title && !fact.titles.includes(title)) fact.titles.push(title);
    fact.mentions.push({ start: p.start, end: p.end, text: p.text, title });
  }
  return [...byName.values()];
}

/**
 * Capitalised names that are not people: organisations, and (without a gazetteer we cannot tell them
 * apart) places. Sentence-initial single words are left out: they are too often ordinary words.
 */
export function organizationFacts(doc: FactsDocument): OrganizationFact[] {
  const names = documentNames(doc);
  const personRuns = new Set(names.people.map((p) => p.start));
  const byName = new Map<string, OrganizationFact>();
  // Headlines capitalise every word: a name seen only in headings is not evidence of an organisation.
  const inHeading = (r: NameRun) => doc.paragraphs[r.sentence.paragraph]?.heading ?? false;
  const outsideHeadings = new Set(names.runs.filter((r) => !inHeading(r)).map((r) => bareName(r.text)));
  for (const r of names.runs) {
    if (personRuns.has(r.start) || (looksLikePerson(r) && r.words.length >= 2)) continue;
    if (r.words.length === 1 && r.wordIndex === 0 && r.words[0].pos !== 'PROPN') continue;
    if (inHeading(r) && !outsideHeadings.has(bareName(r.text))) continue;
    const name = bareName(r.text);
    let fact = byName.get(name);
    if (!fact) byName.set(name, (fact = { name, mentions: [] }));
    fact.mentions.push({ start: r.start, end: r.start + name.length, text: name });
  }
  return [...byName.values()];
}
