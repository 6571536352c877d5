// What the Story Facts view shows an editor: people and organisations, not every capitalised word.
// The engine's facts list every name it finds (that is what `copydesk facts` is for); the view keeps
// what an editor checks. Pure; general English only, no story's names.
import type { OrganizationFact, PersonFact } from '../engine/names/facts';

/** Nationality and group words ("Israelis", "Swedish"): as a general pattern, not a list of countries. */
const DEMONYM = /^[A-Z][a-z]+(?:ians?|ans?|ese|is|ish|ch|ic|ites?)$/;
/** Words that name people by role when a quote has no named speaker ("an official said"). */
const PERSON_NOUNS =
  /\b(?:official|officials|spokes(?:man|woman|person)|aide|aides|lawyer|attorney|minister|officer|diplomat|analyst|source|sources|witness|witnesses|resident|residents|director|president|chief|leader|member|expert|economist|adviser|advisor|secretary|executive|commander|senator|representative|governor|mayor|judge|prosecutor|police|researcher|scientist|doctor|teacher|worker|workers|negotiator|people|person|man|woman)$/i;
/** Pronouns that never name a speaker for an editor. */
const NOT_A_SPEAKER = /^(?:it|this|that|these|those|there|which|what)$/i;
/**
 * People named in full: a single word ("Excuse", "Sources", a first name alone) is folded into the
 * person whose full name has it as first or last word, and left out when there is none.
 */
export function editorialPeople(people: PersonFact[]): PersonFact[] {
  const full = people.filter((p) => p.name.trim().split(/\s+/).length >= 2).map((p) => ({ ...p, titles: [...p.titles], mentions: [...p.mentions] }));
  for (const p of people) {
    const words = p.name.trim().split(/\s+/);
    if (words.length >= 2) continue;
    const owners = full.filter((f) => {
      const parts = f.name.split(/\s+/);
      return parts[0] === words[0] || parts[parts.length - 1] === words[0];
    });
    // Two people share the word ("Berg"): the mention is ambiguous, and an editor sees it under neither.
    if (owners.length !== 1) continue;
    const owner = owners[0];
    for (const t of p.titles) if (!owner.titles.includes(t)) owner.titles.push(t);
    owner.mentions.push(...p.mentions);
    owner.mentions.sort((a, b) => a.start - b.start);
  }
  return full;
}

/**
 * Organisations: names of two or more words ("Harbour Commission") or all-capital acronyms ("NATO").
 * A single capitalised word is as often a place, a person's surname or a generic noun ("Council") as
 * an organisation, so it is left out; so are demonyms and the names of people in the draft.
 */
export function editorialOrganizations(orgs: OrganizationFact[], people: PersonFact[]): OrganizationFact[] {
  const personWords = new Set(people.flatMap((p) => p.name.split(/\s+/)));
  return orgs.filter((o) => {
    const words = o.name.trim().split(/\s+/);
    if (words.some((w) => personWords.has(w)) && words.length <= 2) return false;
    if (words.length === 1) return /^[A-Z]{2,6}$/.test(words[0]);
    if (words.every((w) => DEMONYM.test(w))) return false;
    return true;
  });
}

/** A quote's speaker as an editor reads it: a name or a person described by role, else none. */
export function editorialSpeaker(speaker: string | null): string | null {
  if (!speaker) return null;
  const s = speaker.trim();
  if (NOT_A_SPEAKER.test(s)) return null;
  // A capitalised word that is not the sentence's first ("a US official", "Sullivan") or a role noun.
  const words = s.split(/\s+/);
  const named = words.some((w, i) => /^[A-Z]/.test(w) && !(i === 0 && /^(?:A|An|The)$/.test(w)));
  if (named) return s;
  return PERSON_NOUNS.test(s) ? s : null;
}
