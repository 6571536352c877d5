// names/spelling-variant: a name that is a near miss of a name in the references (Gallent → Gallant,
// Hezbolla → Hezbollah), for people and organisations, or a spelling the house register replaces.
import type { Rule, RawFinding } from '../../rule';
import type { Fix } from '../../types';
import { draftNames } from '../../names/draft-names';
import { bareName, isNameWord } from '../../names/mentions';
import { nearMiss } from '../../names/near-miss';
import { outletName, sentenceEvidence, type NamesRegister, type WordEntry } from '../../names/registry';

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

/** For "Tomas Bergh": a reference person whose other name words match exactly and whose surname is one slip away. */
function sameNameCandidates(words: string[], word: string, register: NamesRegister): Candidate[] {
  if (words.length < 2) return [];
  const at = words.indexOf(word);
  const found: Candidate[] = [];
  for (const person of register.people.keys()) {
    const parts = person.split(' ');
    if (parts.length !== words.length || parts.some((p, i) => i !== at && p !== words[i])) continue;
    const d = nearMiss(word, parts[at], true);
    const entry = register.words.get(parts[at]);
    if (d !== undefined && entry) found.push({ entry, distance: d });
  }
  return found;
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

    for (const run of doc.runs) {
      for (const w of run.words) {
        const word = bareName(w.text);
        if (!isNameWord(w) || accepted.has(word)) continue;
        const range = { start: w.start, end: w.start + word.length };
        const accept: Fix = { title: `Accept the spelling "${word}" (copydesk.json)`, edits: [], configEdit: { path: ['names', 'accept'], value: word } };

        const house = config.names.spellings[word];
        if (house) {
          findings.push({
            range,
            message: `The house spelling is "${house}", not "${word}".`,
            evidence: [{ ref: configPath ?? 'copydesk.json', range: null, excerpt: `names.spellings: "${word}": "${house}"`, says: house }],
            fixes: [{ title: `Change to "${house}"`, edits: [{ range, newText: house }], safe: true, preferred: true }, accept],
            data: { name: word, expected: house },
          });
          continue;
        }
        // Only proper nouns: a capitalised common word at a sentence start is not a name.
        if (w.pos !== 'PROPN' || register.words.has(word)) continue;
        const lower = word.toLowerCase();
        if (register.lowercase.has(lower) || draftLowercase.has(lower)) continue;
        const near = referenceCandidates(word, register);
        const candidates = near.length ? near : sameNameCandidates(run.words.map((x) => bareName(x.text)), word, register);
        if (!candidates.length) continue;
        const best = candidates[0];
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
            accept,
          ],
          data: { name: word, expected: target, distance: best.distance },
        });
      }
    }
    return findings;
  },
};
