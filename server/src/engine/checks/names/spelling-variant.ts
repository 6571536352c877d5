// names/spelling-variant: a name that is a near miss of a name in the references (Gallent → Gallant,
// Hezbolla → Hezbollah), for people and organisations, or a spelling the house register replaces.
import type { Rule, RawFinding } from '../../rule';
import type { Fix } from '../../types';
import { draftNames } from '../../names/draft-names';
import { bareName, isNameWord, looksLikePerson, type NameRun } from '../../names/mentions';
import { nearMiss } from '../../names/near-miss';
import { conventionVariant, isCommonWord, isPartyTag, periodsOnly, sameWordFamily, styleVariant } from '../../names/name-words';
import { markedSic, outletName, sentenceEvidence, type NamesRegister, type WordEntry } from '../../names/registry';
import { dedupeOverlapping, MIN_CONFIDENCE } from '../../names/confidence';

interface Candidate {
  entry: WordEntry;
  distance: number;
}

const memo = new WeakMap<NamesRegister, Map<string, Candidate[]>>();

/** Reference name words one slip away from `word`, best first. Memoised per register: a keystroke re-asks about the same words. */
export function referenceCandidates(word: string, register: NamesRegister): Candidate[] {
  let cache = memo.get(register);
  if (!cache) memo.set(register, (cache = new Map()));
  const hit = cache.get(word);
  if (hit) return hit;
  const found: Candidate[] = [];
  for (let len = word.length - 2; len <= word.length + 2; len++) {
    for (const entry of register.wordsByLength.get(len) ?? []) {
      const d = nearMiss(word, entry.word);
      if (d !== undefined) found.push({ entry, distance: d });
    }
  }
  found.sort((a, b) => a.distance - b.distance || b.entry.refs.size - a.entry.refs.size || b.entry.count - a.entry.count);
  cache.set(word, found);
  return found;
}

/** Reference people by their name with one word left out ("Tomas *" → Bergh), built once per register. */
const wildcardMemo = new WeakMap<NamesRegister, Map<string, string[]>>();

function peopleByWildcard(register: NamesRegister): Map<string, string[]> {
  let index = wildcardMemo.get(register);
  if (index) return index;
  index = new Map();
  for (const person of register.people.keys()) {
    const parts = person.split(' ');
    if (parts.length < 2) continue;
    parts.forEach((word, i) => {
      const key = parts.map((p, j) => (j === i ? '*' : p)).join(' ');
      index!.set(key, [...(index!.get(key) ?? []), word]);
    });
  }
  wildcardMemo.set(register, index);
  return index;
}

/** For "Tomas Bergh": a reference person whose other name words match exactly and whose surname is one slip away. */
function sameNameCandidates(words: string[], word: string, register: NamesRegister): Candidate[] {
  if (words.length < 2) return [];
  const at = words.indexOf(word);
  const found: Candidate[] = [];
  for (const other of peopleByWildcard(register).get(words.map((w, i) => (i === at ? '*' : w)).join(' ')) ?? []) {
    const d = nearMiss(word, other, true);
    const entry = register.words.get(other);
    if (d !== undefined && entry) found.push({ entry, distance: d });
  }
  return found;
}

/**
 * A reference word that names someone or something: part of a person's name, a word that is no ordinary
 * English word, or one the references only ever write capitalised and as a proper noun ("Hezbollah", "Twitter").
 */
function nameLike(entry: WordEntry, register: NamesRegister): boolean {
  if (entry.given + entry.surname > 0 || !isCommonWord(entry.word)) return true;
  return !register.lowercase.has(entry.word.toLowerCase()) && entry.propn * 2 > entry.count;
}

/** The reference uses this word only as a first name ("Carly" in "Carly Fiorina"): not a rival of a surname or a single name. */
function givenOnly(entry: WordEntry): boolean {
  return entry.given > 0 && entry.surname === 0;
}

/** A first name of a person the draft names in full ("Carl" in "Carl Berg"): compared only within that full name. */
function isGivenName(run: NameRun, index: number): boolean {
  return index === 0 && run.words.length >= 2 && looksLikePerson(run);
}

interface Evidence {
  /** Times the draft writes the flagged spelling. */
  draftUses: number;
  /** The draft also writes the references' spelling: a slip next to the right name. */
  draftHasReference: boolean;
  /** The rest of the person's name matches a reference person exactly. */
  sameName: boolean;
  style: boolean;
}

/**
 * How sure the finding is. A misspelling next to the right name is near certain. A spelling the draft keeps
 * throughout is the outlet's own (a house style or transliteration), wrong only if the references agree on
 * another and the difference is not a style one. One reference writing a name once is weak evidence: on
 * real copy that reference is as often the misspelled one.
 */
export function spellingConfidence(entry: WordEntry, e: Evidence): number {
  if (e.draftHasReference) return 0.9;
  const support = entry.refs.size;
  let c: number;
  if (e.draftUses >= 2) c = support >= 2 ? 0.6 : 0.4;
  else if (support >= 2) c = 0.75;
  else if (entry.count >= 2) c = 0.6;
  else c = e.sameName ? 0.5 : 0.45;
  if (e.style) c -= 0.2;
  return Math.max(0, Math.min(1, c));
}

export const spellingVariant: Rule = {
  id: 'names/spelling-variant',
  check: 'names',
  description: 'A name spelled differently from the references (a near miss of a person or organisation they name).',
  defaultLevel: 'warning',
  run({ draft, corpus, config, configPath }) {
    const findings: RawFinding[] = [];
    const { doc, register } = draftNames(draft, corpus);
    if (!corpus.size && !Object.keys(config.names.spellings).length) return findings;
    const accepted = new Set(config.names.accept);
    const draftLowercase = new Set<string>();
    for (const s of draft.sentences) for (const t of s.tokens) if (/^\p{Ll}/u.test(t.text)) draftLowercase.add(t.text);
    const draftUses = new Map<string, number>();
    for (const run of doc.runs) for (const w of run.words) draftUses.set(bareName(w.text), (draftUses.get(bareName(w.text)) ?? 0) + 1);

    for (const run of doc.runs) {
      run.words.forEach((w, index) => {
        const word = bareName(w.text);
        // "Africa-" at a line break or before a dash is a fragment of a compound, not a spelling.
        if (!isNameWord(w) || accepted.has(word) || /-$/.test(word)) return;
        const range = { start: w.start, end: w.start + word.length };
        const accept = (): Fix => ({ title: `Accept the spelling "${word}" (copydesk.json)`, edits: [], configEdit: { path: ['names', 'accept'], value: word } });

        const house = config.names.spellings[word];
        if (house) {
          findings.push({
            range,
            message: `The house spelling is "${house}", not "${word}".`,
            evidence: [{ ref: configPath ?? 'copydesk.json', range: null, excerpt: `names.spellings: "${word}": "${house}"`, says: house }],
            fixes: [{ title: `Change to "${house}"`, edits: [{ range, newText: house }], safe: true, preferred: true }, accept()],
            data: { name: word, expected: house },
            confidence: 1,
          });
          return;
        }
        // Only proper nouns: a capitalised common word at a sentence start is not a name.
        if (w.pos !== 'PROPN' || register.words.has(word)) return;
        if (isPartyTag(word) || markedSic(draft.text, w.end)) return;
        const words = run.words.map((x) => bareName(x.text));
        // "Gov. Greg Abbot" where the references name "Greg Abbott": the rest of the full name anchors the
        // slip, even when the slipped surname is also an ordinary word (abbot, walls, foot, miler).
        const same = sameNameCandidates(words, word, register).filter((c) => !sameWordFamily(word, c.entry.word) && !periodsOnly(word, c.entry.word));
        const lower = word.toLowerCase();
        const ordinary = register.lowercase.has(lower) || draftLowercase.has(lower) || isCommonWord(word);
        // Otherwise an ordinary word ("Democrat", "Officer") is no misspelled name.
        if (ordinary && !same.length) return;
        // A first name is compared only within the full name: "Carl Berg" and "Carly Fiorina" are two people.
        const given = isGivenName(run, index);
        const near = given || ordinary
          ? []
          : referenceCandidates(word, register).filter(
              (c) => nameLike(c.entry, register) && !givenOnly(c.entry) && !sameWordFamily(word, c.entry.word) && !periodsOnly(word, c.entry.word),
            );
        const candidates = near.length ? near : same;
        if (!candidates.length) return;
        const best = candidates[0];
        const draftHasReference = draftUses.has(best.entry.word);
        // Accents, a final i/y, a scraper's dropped letter: outlets differ so; only the draft mixing both is a
        // slip, and not when the draft holds its own spelling throughout (the other one is then a quoted title).
        if (conventionVariant(word, best.entry.word) && (!draftHasReference || (draftUses.get(word) ?? 1) > (draftUses.get(best.entry.word) ?? 0))) return;
        const confidence = spellingConfidence(best.entry, {
          draftUses: draftUses.get(word) ?? 1,
          draftHasReference,
          sameName: same.some((c) => c.entry === best.entry),
          style: styleVariant(word, best.entry.word),
        });
        if (confidence < MIN_CONFIDENCE) return;
        // Two equally close reference names (Hezbollah/Hizbollah for "Hizbolah"): offer both, apply neither automatically.
        const tied = candidates.filter((c) => c.distance === best.distance);
        const target = config.names.spellings[best.entry.word] ?? best.entry.word;
        const refs = [...best.entry.refs.values()];
        const where = refs.slice(0, 3).map((r) => outletName(r.ref)).join(', ');
        findings.push({
          range,
          message: `"${word}" is not how the references spell it: they write "${target}" (${where}${refs.length > 3 ? ` and ${refs.length - 3} more` : ''}).`,
          evidence: refs.slice(0, 3).map((r) => sentenceEvidence(r.ref, r.sentence, best.entry.word)),
          fixes: [
            ...tied.map((c, i) => {
              const to = config.names.spellings[c.entry.word] ?? c.entry.word;
              return { title: `Change to "${to}"`, edits: [{ range, newText: to }], safe: tied.length === 1, preferred: i === 0 };
            }),
            accept(),
          ],
          data: { name: word, expected: target, distance: best.distance },
          confidence,
        });
      });
    }
    return dedupeOverlapping(findings);
  },
};
