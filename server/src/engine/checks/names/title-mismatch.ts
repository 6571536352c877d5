// names/title-mismatch: a person's title contradicts what the references give for that person
// ("Interior Minister Yoav Gallant" where the references say Defense Minister). When the references
// disagree among themselves, the message says so and the fix offers the title most of them use.
import type { Rule, RawFinding } from '../../rule';
import type { Evidence, Fix } from '../../types';
import { draftNames } from '../../names/draft-names';
import { outletName, sentenceEvidence, type TitleSighting } from '../../names/registry';
import { headOf, inDraftConvention, titleCase, titleKey, titlesCompatible, withAcronymOf } from '../../names/titles';
import { GENERIC_HEADS, MEMBER_POSTS, MILITARY_RANKS } from '../../names/title-words';
import type { DraftPerson } from '../../names/draft-names';
import type { TitleSpan } from '../../names/mentions';
import type { PersonEntry } from '../../names/registry';
import { dedupeOverlapping, MIN_CONFIDENCE } from '../../names/confidence';

/** Answers of compatibleWith per group and draft title: a draft names its people again and again. */
const compatibility = new WeakMap<TitleGroup, Map<string, boolean>>();

/** Whether the draft's title can be true of the office a group of reference titles names, acronyms read both ways. */
function compatibleWith(title: string, group: TitleGroup): boolean {
  let answers = compatibility.get(group);
  if (!answers) compatibility.set(group, (answers = new Map()));
  let answer = answers.get(title);
  if (answer === undefined) {
    const ref = group.sightings[0].text;
    answers.set(title, (answer = titlesCompatible(titleKey(withAcronymOf(title, ref)), titleKey(withAcronymOf(ref, title)))));
  }
  return answer;
}

/**
 * How sure a title finding is: two or more references agreeing on another office is strong; one reference is
 * weaker; references that disagree among themselves (and one of them agrees with the draft) are the weakest.
 */
function titleConfidence(majority: TitleGroup, draftAgreesWithSome: boolean): number {
  if (draftAgreesWithSome) return 0.5;
  return majority.refs.size >= 2 ? 0.8 : 0.6;
}

interface TitleGroup {
  key: string[];
  sightings: TitleSighting[];
  refs: Set<string>;
}

/** A person's title groups, present or past offices: the register is rebuilt (new entries) per corpus version. */
const groupsOf = new WeakMap<PersonEntry, { past?: TitleGroup[]; present?: TitleGroup[] }>();

/** The title groups of a person's sightings of past (or present) offices, worked out once per register entry.
 *  Callers sort a copy: the cached list keeps groupSightings' order. */
function entryGroups(entry: PersonEntry, past: boolean): TitleGroup[] {
  let byTense = groupsOf.get(entry);
  if (!byTense) groupsOf.set(entry, (byTense = {}));
  const tense = past ? 'past' : 'present';
  return (byTense[tense] ??= groupSightings(entry.titles.filter((s) => s.past === past)));
}

function groupSightings(sightings: TitleSighting[]): TitleGroup[] {
  const groups = new Map<string, TitleGroup>();
  for (const s of sightings) {
    const k = s.key.join(' ');
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { key: s.key, sightings: [], refs: new Set() }));
    g.sightings.push(s);
    g.refs.add(s.ref.id);
  }
  const all = [...groups.values()];
  // A less specific title ("minister") is not a rival of the full one ("defence minister"): only the most specific titles compete.
  return all.filter((g) => !all.some((o) => o !== g && o.key.length > g.key.length && g.key.every((w) => o.key.includes(w))));
}

/** A group's display title and outlet list, worked out once per group (groups live per register entry). */
const shown = new WeakMap<TitleGroup, { title?: string; outlets?: string }>();
const shownOf = (group: TitleGroup) => {
  let s = shown.get(group);
  if (!s) shown.set(group, (s = {}));
  return s;
};

/** How the references write a group's title: prefer a capitalised form, as a title before a name reads. */
function displayTitle(group: TitleGroup): string {
  return (shownOf(group).title ??= displayTitleOf(group));
}

function displayTitleOf(group: TitleGroup): string {
  const capitalised = group.sightings.find((s) => /^\p{Lu}/u.test(s.text) && s.text.split(/\s+/).every((w) => !/^\p{Ll}/u.test(w) || w.length <= 3));
  return capitalised?.text ?? titleCase(group.sightings[0].text);
}

function outlets(group: TitleGroup): string {
  return (shownOf(group).outlets ??= outletsOf(group));
}

function outletsOf(group: TitleGroup, max = 3): string {
  const names = [...new Map(group.sightings.map((s) => [s.ref.id, outletName(s.ref)])).values()];
  return names.length > max ? `${names.slice(0, max).join(', ')} and ${names.length - max} more` : names.join(', ');
}

function evidenceFor(group: TitleGroup, says: string, max = 3): Evidence[] {
  const byRef = new Map<string, TitleSighting>();
  for (const s of group.sightings) if (!byRef.has(s.ref.id)) byRef.set(s.ref.id, s);
  return [...byRef.values()].slice(0, max).map((s) => sentenceEvidence(s.ref, s.sentence, says));
}

/** Heads that name an office outright (senator, governor, minister), not a rank, a post or a loose description. */
function officeHeads(key: string[]): string[] {
  return headOf(key).filter((h) => !GENERIC_HEADS.has(h) && !MILITARY_RANKS.has(h) && !MEMBER_POSTS.has(h));
}

/**
 * A lowercase title, in apposition ("Ada Berg, a former Ohio senator,") or before the name as news style
 * writes descriptive titles ("White House press secretary Ada Berg"), is a looser description than a
 * title-case title, so it is flagged only when its office shares no head with what two or more references
 * agree on ("senator" where they say governor, "communications director" where they say press secretary),
 * never for a different portfolio of the same office.
 */
function looseTitleFinding(mention: DraftPerson, entry: PersonEntry, t: TitleSpan | undefined): RawFinding | undefined {
  if (!t) return undefined;
  const heads = officeHeads(t.key);
  if (!heads.length) return undefined;
  const groups = [...entryGroups(entry, t.past)].sort((a, b) => b.refs.size - a.refs.size);
  const majority = groups[0];
  if (!majority || majority.refs.size < 2) return undefined;
  if (groups.some((g) => compatibleWith(t.text, g) || headOf(g.key).some((h) => heads.includes(h) || GENERIC_HEADS.has(h)))) return undefined;
  const refHeads = officeHeads(majority.key);
  if (!refHeads.length) return undefined;
  const expected = displayTitle(majority);
  return {
    range: { start: t.start, end: t.end },
    message: `${mention.person} is "${expected}" in the references (${outlets(majority)}), not "${t.text}".`,
    evidence: evidenceFor(majority, expected),
    fixes: [],
    data: { person: mention.person, title: t.text, expected, disagree: groups.length > 1 },
    confidence: 0.6,
  };
}

export const titleMismatch: Rule = {
  id: 'names/title-mismatch',
  check: 'names',
  description: "A person's title contradicts the title the references give that person.",
  defaultLevel: 'warning',
  run({ draft, corpus, config, configPath }) {
    const findings: RawFinding[] = [];
    const { people, register } = draftNames(draft, corpus);
    for (const mention of people) {
      const title = mention.title;
      // Only a title written as a title (capitalised, before the name) is a claim about the office;
      // "Israel's defense minister, Yoav Gallant" and lowercase descriptions are left alone, except an
      // apposition naming another office outright.
      if (!title || !title.capitalized || !title.key.length || title.partial) {
        const loose = !title ? mention.appositive : !title.partial && title.key.length ? title : undefined;
        const entry = loose && mention.inReferences ? register.people.get(mention.person) : undefined;
        const found = entry && !config.names.titles[mention.person] ? looseTitleFinding(mention, entry, loose) : undefined;
        if (found) findings.push(found);
        continue;
      }
      const accepted = config.names.acceptTitles[mention.person] ?? [];
      if (accepted.some((a) => titleKey(a).join(' ') === title.key.join(' '))) continue;
      const fixes: Fix[] = [];
      const accept: Fix = {
        title: `Accept "${title.text}" as a title of ${mention.person} (copydesk.json)`,
        edits: [],
        configEdit: { path: ['names', 'acceptTitles', mention.person], value: title.text },
      };

      const house = config.names.titles[mention.person];
      if (house) {
        if (titlesCompatible(title.key, titleKey(house))) continue;
        const suggestion = inDraftConvention(house, title.text);
        findings.push({
          range: { start: title.start, end: title.end },
          message: `The house register gives ${mention.person} the title "${house}", not "${title.text}".`,
          evidence: [{ ref: configPath ?? 'copydesk.json', range: null, excerpt: `names.titles: "${mention.person}": "${house}"`, says: house }],
          fixes: [{ title: `Change to "${suggestion}"`, edits: [{ range: { start: title.start, end: title.end }, newText: suggestion }], safe: true, preferred: true }, accept],
          data: { person: mention.person, title: title.text, expected: house },
          confidence: 1,
        });
        continue;
      }

      const entry = mention.inReferences ? register.people.get(mention.person) : undefined;
      // A past office is compared with past offices only: "former Senator" does not contradict "Secretary".
      const groups = entry ? [...entryGroups(entry, title.past)] : [];
      if (!groups.length) continue;
      groups.sort((a, b) => b.refs.size - a.refs.size || b.sightings.length - a.sightings.length);
      const majority = groups[0];
      const compatible = groups.filter((g) => compatibleWith(title.text, g));
      if (compatible.some((g) => g.refs.size >= majority.refs.size)) continue;
      const confidence = titleConfidence(majority, compatible.length > 0);
      if (confidence < MIN_CONFIDENCE) continue;

      const expected = displayTitle(majority);
      const suggestion = inDraftConvention(titleCase(expected), title.text);
      const disagree = groups.length > 1;
      const rivals = compatible.length ? compatible : groups.slice(1);
      let message: string;
      if (compatible.length) {
        const minority = compatible[0];
        message =
          `The references disagree on ${mention.person}'s title: "${expected}" in ${majority.refs.size} (${outlets(majority)}), ` +
          `"${displayTitle(minority)}" in ${minority.refs.size} (${outlets(minority)}). Most give "${expected}".`;
      } else if (disagree) {
        message = `${mention.person} is "${expected}" in ${majority.refs.size} of the references (${outlets(majority)}), not "${title.text}"; others say ${rivals.map((g) => `"${displayTitle(g)}" (${outlets(g)})`).join(', ')}.`;
      } else {
        message = `${mention.person} is "${expected}" in the references (${outlets(majority)}), not "${title.text}".`;
      }
      const evidence = [...evidenceFor(majority, expected), ...rivals.slice(0, 2).flatMap((g) => evidenceFor(g, displayTitle(g), 1))];
      fixes.push({
        title: `Change to "${suggestion}"`,
        edits: [{ range: { start: title.start, end: title.end }, newText: suggestion }],
        // When the references disagree the writer must choose: never applied by fix-all.
        safe: !disagree,
        preferred: true,
      });
      fixes.push(accept);
      findings.push({
        range: { start: title.start, end: title.end },
        message,
        evidence,
        fixes,
        data: { person: mention.person, title: title.text, expected, disagree },
        confidence,
      });
    }
    return dedupeOverlapping(findings);
  },
};
