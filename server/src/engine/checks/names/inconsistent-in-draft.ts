// names/inconsistent-in-draft: two spellings (Araghchi … Araqchi) or two titles of the same person
// inside one draft. Where the references settle the question the other names rules speak instead;
// this rule covers what only the draft itself can show.
import type { Rule, RawFinding } from '../../rule';
import type { Draft } from '../../draft/draft';
import type { Evidence } from '../../types';
import { DRAFT_REF } from '../../types';
import { draftNames } from '../../names/draft-names';
import { bareName, isNameWord, looksLikePerson, type NameRun, type Word } from '../../names/mentions';
import { nearMiss } from '../../names/near-miss';
import { isCommonWord, isPartyTag, sameWordFamily, styleVariant } from '../../names/name-words';
import { sentenceEvidence } from '../../names/registry';
import { titlesCompatible } from '../../names/titles';
import { dedupeOverlapping, MIN_CONFIDENCE } from '../../names/confidence';

/** The rest of each full name a word is the first name of ("Carl" → "Berg" for "Carl Berg"). */
function firstNameOf(runs: NameRun[]): Map<string, Set<string>> {
  const rests = new Map<string, Set<string>>();
  for (const run of runs) {
    if (run.words.length < 2 || !looksLikePerson(run)) continue;
    const [first, ...rest] = run.words.map((w) => bareName(w.text));
    (rests.get(first) ?? rests.set(first, new Set()).get(first)!).add(rest.join(' '));
  }
  return rests;
}

/**
 * Whether two spellings can name the same person or thing: both names (not ordinary words, not one word family),
 * and first names only when the rest of the name is the same ("Carl Berg"/"Carly Berg", not "Carl Berg"/"Carly Fiorina").
 */
function sameKindOfName(a: string, b: string, firstNames: Map<string, Set<string>>, otherUses: Set<string>): boolean {
  if (isCommonWord(a) || isCommonWord(b) || isPartyTag(a) || isPartyTag(b) || sameWordFamily(a, b)) return false;
  const ga = firstNames.get(a), gb = firstNames.get(b);
  const onlyFirstA = !!ga && !otherUses.has(a), onlyFirstB = !!gb && !otherUses.has(b);
  if (!onlyFirstA && !onlyFirstB) return true;
  if (onlyFirstA !== onlyFirstB) return false;
  return [...ga!].some((rest) => gb!.has(rest));
}

/** The other words of every full name a word appears in ("Adel" in "Ahmed Adel" → "Ahmed"). */
function nameContexts(runs: NameRun[]): Map<string, Set<string>> {
  const contexts = new Map<string, Set<string>>();
  for (const run of runs) {
    if (run.words.length < 2 || !looksLikePerson(run)) continue;
    const words = run.words.map((w) => bareName(w.text));
    words.forEach((w, i) => {
      const rest = words.filter((_, j) => j !== i);
      const set = contexts.get(w) ?? contexts.set(w, new Set()).get(w)!;
      for (const r of rest) set.add(r);
    });
  }
  return contexts;
}

/** Both spellings sit only in full names that share no other word ("Michaele Salahi", "Michael Shear"): two people. */
function differentPeople(a: string, b: string, contexts: Map<string, Set<string>>): boolean {
  const ca = contexts.get(a), cb = contexts.get(b);
  return !!ca?.size && !!cb?.size && ![...ca].some((w) => cb.has(w));
}

function draftEvidence(draft: Draft, at: number, says: string): Evidence {
  const s = draft.sentences.find((x) => x.start <= at && at < x.end);
  return { ref: DRAFT_REF, range: s ? { start: s.start, end: s.end } : { start: at, end: at }, excerpt: (s?.text ?? '').replace(/\s+/g, ' ').trim(), says };
}

export const inconsistentInDraft: Rule = {
  id: 'names/inconsistent-in-draft',
  check: 'names',
  description: 'The draft spells a name two ways, or gives one person two titles.',
  defaultLevel: 'warning',
  run({ draft, corpus, config }) {
    const findings: RawFinding[] = [];
    const { doc, register, people } = draftNames(draft, corpus);
    const accepted = new Set(config.names.accept);

    // Spellings: group the draft's name words by exact spelling, then pair near misses.
    const bySpelling = new Map<string, Word[]>();
    const firstNames = firstNameOf(doc.runs);
    const contexts = nameContexts(doc.runs);
    const otherUses = new Set<string>();
    for (const run of doc.runs) {
      run.words.forEach((w, i) => {
        const word = bareName(w.text);
        if (i > 0 || run.words.length < 2 || !looksLikePerson(run)) otherUses.add(word);
        if (w.pos !== 'PROPN' || !isNameWord(w) || accepted.has(word)) return;
        (bySpelling.get(word) ?? bySpelling.set(word, []).get(word)!).push(w);
      });
    }
    const spellings = [...bySpelling.keys()];
    const flagged = new Set<string>();
    for (let i = 0; i < spellings.length; i++) {
      for (let j = i + 1; j < spellings.length; j++) {
        const a = spellings[i], b = spellings[j];
        if (nearMiss(a, b, false, true) === undefined || !sameKindOfName(a, b, firstNames, otherUses) || differentPeople(a, b, contexts)) continue;
        const aKnown = register.words.get(a), bKnown = register.words.get(b);
        // Exactly one spelling in the references: names/spelling-variant flags the other one.
        if (!!aKnown !== !!bKnown) continue;
        // Both spellings in the references, differing only as transliterations do: the draft follows its sources.
        const confidence = aKnown && styleVariant(a, b) && styleVariant(b, a) ? 0.4 : aKnown ? 0.6 : 0.75;
        if (confidence < MIN_CONFIDENCE) continue;
        const score = (w: string) => (register.words.get(w)?.refs.size ?? 0) * 1000 + (register.words.get(w)?.count ?? 0) * 10 + bySpelling.get(w)!.length;
        const [keep, change] = score(a) > score(b) || (score(a) === score(b) && bySpelling.get(a)![0].start < bySpelling.get(b)![0].start) ? [a, b] : [b, a];
        if (flagged.has(change)) continue;
        flagged.add(change);
        const keepAt = bySpelling.get(keep)![0].start;
        const refEvidence = [register.words.get(keep), register.words.get(change)].flatMap((e) => (e ? [...e.refs.values()].slice(0, 1).map((r) => sentenceEvidence(r.ref, r.sentence, e.word)) : []));
        for (const w of bySpelling.get(change)!) {
          const range = { start: w.start, end: w.start + change.length };
          findings.push({
            range,
            message: `This draft spells the name both "${change}" and "${keep}"${aKnown ? ' (the references use both)' : ''}: use one spelling.`,
            evidence: [draftEvidence(draft, keepAt, keep), ...refEvidence],
            fixes: [
              { title: `Change to "${keep}"`, edits: [{ range, newText: keep }], safe: false, preferred: true },
              { title: `Accept the spelling "${change}" (copydesk.json)`, edits: [], configEdit: { path: ['names', 'accept'], value: change } },
            ],
            data: { name: change, expected: keep },
            confidence,
          });
        }
      }
    }

    // Titles: one person, two incompatible capitalised titles, where the references don't say which is right.
    const firstTitle = new Map<string, { text: string; key: string[]; at: number }>();
    for (const p of people) {
      const t = p.title;
      if (!t || !t.capitalized || !t.key.length) continue;
      // A surname alone may be another person of that name (a spouse, a predecessor): only full names are compared.
      if (p.words.length < 2) continue;
      if (config.names.titles[p.person] || (register.people.get(p.person)?.titles.length ?? 0) > 0) continue; // title-mismatch decides
      const first = firstTitle.get(p.person);
      if (!first) {
        firstTitle.set(p.person, { text: t.text, key: t.key, at: t.start });
        continue;
      }
      if (titlesCompatible(t.key, first.key) || titlesCompatible(first.key, t.key)) continue;
      findings.push({
        range: { start: t.start, end: t.end },
        message: `${p.person} is "${first.text}" earlier in this draft and "${t.text}" here.`,
        evidence: [draftEvidence(draft, first.at, first.text)],
        fixes: [{ title: `Change to "${first.text}"`, edits: [{ range: { start: t.start, end: t.end }, newText: first.text }], safe: false, preferred: true }],
        data: { person: p.person, title: t.text, expected: first.text },
        confidence: 0.7,
      });
    }
    return dedupeOverlapping(findings);
  },
};
