// Event alignment: a draft's dated statement is compared only with reference statements about the
// same event — the same kind of event (call, visit, attack…), the same facet (happened / called off),
// shared participants and no participant that contradicts, and a compatible time. A reference about
// another visit months earlier, or a call between other people, is never used.
import { distance } from 'fastest-levenshtein';
import type { Corpus } from '../corpus/corpus';
import { referenceEvidence } from '../corpus/evidence';
import type { Reference } from '../corpus/reference';
import type { Draft } from '../draft/draft';
import type { Evidence } from '../types';
import { documentStatements, sentenceStatements, type DatedStatement } from './statements';
import type { Token } from '../text/analyzed-text';
import { KIND_NOUN, kindGroup } from './lexicon';
import { namesIn, type Name } from './participants';
import { nearMiss } from '../names/near-miss';
import { MB, Memo } from '../memo';

/** Dates further apart than this are taken to be different events of the same kind. */
export const MAX_DAYS_APART = 10;

export interface RefStatement extends DatedStatement {
  ref: Reference;
}

/** Day-precise statements of every reference, computed once per parsed reference. */
export function referenceStatements(corpus: Corpus): RefStatement[] {
  return corpus.derived('events/ref-statements', (c) =>
    c.perReference('events/statements', (ref) =>
      documentStatements(ref.sentences, ref.meta.published).filter((s) => s.date.granularity === 'day' && !s.negated),
    ).flatMap(({ ref, value }) => value.map((s) => ({ ...s, ref }))),
  );
}

/** Surnames and names that are people somewhere in the corpus ("Joe Biden" makes "Biden" a person). */
export function corpusPersons(corpus: Corpus): Set<string> {
  return corpus.derived('events/persons', (c) => {
    const set = new Set<string>();
    for (const { value } of c.perReference('events/persons', (ref) => personsOf(ref.sentences))) for (const k of value) set.add(k);
    return set;
  });
}

/** Names written capitalised inside a sentence somewhere in the corpus, not only as its first word. */
export function corpusNames(corpus: Corpus): Set<string> {
  return corpus.derived('events/names', (c) => {
    const set = new Set<string>();
    for (const { value } of c.perReference('events/names', (ref) => namesOf(ref.sentences))) for (const k of value) set.add(k);
    return set;
  });
}

interface SentenceKeys {
  persons: string[];
  names: string[];
}
const keysMemo = new Memo<SentenceKeys>(2 * MB, 16);

function sentenceKeys(s: { text: string; tokens: Token[] }): SentenceKeys {
  let keys = keysMemo.get(s.text);
  if (!keys) {
    const names = namesIn(s.tokens);
    keys = { persons: names.filter((n) => n.multi && !n.place).map((n) => n.key), names: names.filter((n) => !n.initial).map((n) => n.key) };
    keysMemo.set(s.text, keys);
  }
  return keys;
}

/** People named with two or more words in these sentences (memoised per sentence text). */
export function personsOf(sentences: { text: string; tokens: Token[] }[]): string[] {
  const out = new Set<string>();
  for (const s of sentences) for (const k of sentenceKeys(s).persons) out.add(k);
  return [...out];
}

/** Names written capitalised other than as a sentence's first word (memoised per sentence text). */
export function namesOf(sentences: { text: string; tokens: Token[] }[]): string[] {
  const out = new Set<string>();
  for (const s of sentences) for (const k of sentenceKeys(s).names) out.add(k);
  return [...out];
}

/**
 * What must be equal for two statements to be about the same event: the kind of event, and whether it
 * was called off. A postponement is one decision about a trip, whichever word names the trip.
 */
function eventKey(s: DatedStatement): string {
  const g = kindGroup(s.kind);
  if (!s.cancelled) return s.phase ? `${g}:${s.phase}` : g;
  return `cancelled:${g === 'departure' || g === 'arrival' ? 'visit' : g}`;
}

/** Reference statements by kind group and day, so a draft statement meets only its neighbours. */
function referenceIndex(corpus: Corpus): Map<string, Map<number, RefStatement[]>> {
  return corpus.derived('events/ref-index', () => {
    const index = new Map<string, Map<number, RefStatement[]>>();
    for (const r of referenceStatements(corpus)) {
      const g = eventKey(r);
      let byDay = index.get(g);
      if (!byDay) index.set(g, (byDay = new Map()));
      const d = r.date.first as number;
      byDay.set(d, [...(byDay.get(d) ?? []), r]);
    }
    return index;
  });
}

function candidates(index: Map<string, Map<number, RefStatement[]>>, d: DatedStatement): RefStatement[] {
  const byDay = index.get(eventKey(d));
  if (!byDay) return [];
  const out: RefStatement[] = [];
  const day = d.date.first as number;
  for (let x = day - MAX_DAYS_APART; x <= day + MAX_DAYS_APART; x++) {
    const list = byDay.get(x);
    if (list) out.push(...list);
  }
  return out;
}

/** Two name keys one plain slip apart (five letters or more, same first letter). */
export function sameKey(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= 5 && b.length >= 5 && a[0] === b[0] && distance(a, b) <= 1;
}

/** First names that cannot belong to one person: "Maria Lindqvist" is not "Karl Lindqvist" ("Joe"/"Joseph" may be). */
const otherFirstName = (a: Name, b: Name) => !!a.first && !!b.first && a.first[0] !== b.first[0];

/** One name, however spelled: the same key, or one slip apart with the same first name ("Tomas Bergh", "Tomas Berg"). */
function sameName(a: Name, b: Name): boolean {
  if (otherFirstName(a, b)) return false;
  if (sameKey(a.key, b.key)) return true;
  return !!a.first && a.first === b.first && !a.place && !b.place && nearMiss(a.key, b.key, true) !== undefined;
}

/** Could be the same name misspelt (two slips in a long name): too weak to tie two events, enough not to part them. */
function maybeSameName(a: Name, b: Name): boolean {
  return sameName(a, b) || (!a.place && !b.place && !otherFirstName(a, b) && nearMiss(a.key, b.key) !== undefined);
}

const hasName = (names: Name[], n: Name) => names.some((m) => sameName(m, n));
const mayHaveName = (names: Name[], n: Name) => names.some((m) => maybeSameName(m, n));

/** Events between people: a shared place is not enough to call them the same. */
const PERSONAL: ReadonlySet<string> = new Set(['call', 'meeting', 'visit', 'speech', 'arrest', 'death', 'resignation', 'release']);

/**
 * Both statements are about the same participants: a name near both events, or a person near one event
 * found anywhere in the other's sentence (the union leader quoted at its end); a personal event shares a
 * person; and neither names a person near its event whom the other's sentence lacks, allowing for a
 * misspelling. Two calls between different pairs of people stay two calls. A place far from the other
 * event ("…, three days after nurses in Tartu walked out") ties nothing.
 */
export function sameParticipants(d: DatedStatement, r: DatedStatement, persons: Set<string>, known?: Set<string>): boolean {
  const isPerson = (n: Name) => !n.place && persons.has(n.key);
  // "Nurses" opening a sentence is a name only if it is a person or written capitalised elsewhere.
  if (known) {
    const real = (n: Name) => !n.initial || isPerson(n) || known.has(n.key);
    if (!d.participants.every(real)) d = { ...d, participants: d.participants.filter(real), sentenceNames: d.sentenceNames.filter(real) };
    if (!r.participants.every(real)) r = { ...r, participants: r.participants.filter(real), sentenceNames: r.sentenceNames.filter(real) };
  }
  const found = (n: Name, other: DatedStatement) => hasName(other.participants, n) || (isPerson(n) && hasName(other.sentenceNames, n));
  const shared = [...d.participants.filter((n) => found(n, r)), ...r.participants.filter((n) => found(n, d))];
  if (!shared.length) return false;
  if (PERSONAL.has(d.kind) && !shared.some(isPerson) && (d.participants.some(isPerson) || r.participants.some(isPerson))) return false;
  const dOnly = d.participants.filter((n) => isPerson(n) && !mayHaveName(r.sentenceNames, n));
  const rOnly = r.participants.filter((n) => isPerson(n) && !mayHaveName(d.sentenceNames, n));
  return !(dOnly.length && rOnly.length);
}

/** `known`: names written capitalised other than as a sentence's first word (see corpusNames). */
export function sameEvent(d: DatedStatement, r: DatedStatement, persons: Set<string>, known?: Set<string>): boolean {
  if (eventKey(d) !== eventKey(r) || d.negated || r.negated) return false;
  if (Math.abs((d.date.first as number) - (r.date.first as number)) > MAX_DAYS_APART) return false;
  return sameParticipants(d, r, persons, known);
}

export interface DateConflict {
  statement: DatedStatement;
  /** The aligned reference statements, none of which gives the draft's day. */
  against: RefStatement[];
}

/** Person and name keys that only the draft makes so (the corpus's own are fixed per corpus version). */
interface DraftOnlyNames {
  persons: Set<string>;
  names: Set<string>;
}

/**
 * All a sentence's alignment reads of the draft-wide name sets: sameEvent asks `persons.has` and `known.has`
 * only of the names of the sentence's statements and of their candidate reference statements, and the corpus
 * part of both sets is fixed per corpus version; so which of those names the draft alone adds is the whole
 * dependence (usually none).
 */
function draftOnlyFlags(statements: DatedStatement[], groupNames: Map<string, Set<string>>, draftOnly: DraftOnlyNames): string {
  if (!draftOnly.persons.size && !draftOnly.names.size) return '';
  const flags = new Set<string>();
  const note = (key: string) => {
    if (draftOnly.persons.has(key)) flags.add(`p:${key}`);
    if (draftOnly.names.has(key)) flags.add(`n:${key}`);
  };
  for (const d of statements) {
    for (const n of d.participants) note(n.key);
    for (const n of d.sentenceNames) note(n.key);
    // The candidates' names: any reference statement of the same kind (a superset of the days compared).
    const names = groupNames.get(eventKey(d));
    if (names) for (const key of [...draftOnly.persons, ...draftOnly.names]) if (names.has(key)) note(key);
  }
  return [...flags].sort().join('|');
}

/** Every name key of the reference statements of each kind group (see referenceIndex). */
function referenceGroupNames(corpus: Corpus): Map<string, Set<string>> {
  return corpus.derived('events/ref-group-names', () => {
    const out = new Map<string, Set<string>>();
    for (const [group, byDay] of referenceIndex(corpus)) {
      const names = new Set<string>();
      for (const list of byDay.values()) for (const r of list) for (const n of [...r.participants, ...r.sentenceNames]) names.add(n.key);
      out.set(group, names);
    }
    return out;
  });
}

const cache = new WeakMap<Draft, { version: number; conflicts: DateConflict[] }>();
const sentenceCache = new Memo<{ version: number; found: { index: number; against: RefStatement[] }[] }>(2 * MB, 8);

/** Draft statements with a day-precise date that every aligned reference statement contradicts. */
export function dateConflicts(draft: Draft, corpus: Corpus): DateConflict[] {
  const hit = cache.get(draft);
  if (hit && hit.version === corpus.version) return hit.conflicts;
  const conflicts: DateConflict[] = [];
  if (referenceStatements(corpus).length) {
    const index = referenceIndex(corpus);
    const groupNames = referenceGroupNames(corpus);
    const corpusPersonKeys = corpusPersons(corpus);
    const corpusNameKeys = corpusNames(corpus);
    const persons = new Set(corpusPersonKeys);
    const draftOnly: DraftOnlyNames = { persons: new Set(), names: new Set() };
    for (const k of personsOf(draft.sentences)) {
      persons.add(k);
      if (!corpusPersonKeys.has(k)) draftOnly.persons.add(k);
    }
    const known = new Set(corpusNameKeys);
    for (const k of namesOf(draft.sentences)) {
      known.add(k);
      if (!corpusNameKeys.has(k)) draftOnly.names.add(k);
    }
    for (const sentence of draft.sentences) {
      const statements = sentenceStatements(sentence, draft.published);
      if (!statements.length) continue;
      // Per sentence, keyed by what the result depends on: a keystroke re-aligns only its own sentence, and an
      // edit to a name elsewhere re-aligns only the sentences whose names (or whose candidates') it concerns.
      const key = `${draft.published}\u0000${draftOnlyFlags(statements, groupNames, draftOnly)}\u0000${sentence.text}`;
      let memo = sentenceCache.get(key);
      if (!memo || memo.version !== corpus.version) {
        const found: { index: number; against: RefStatement[] }[] = [];
        statements.forEach((d, i) => {
          if (d.date.granularity !== 'day' || d.negated || (d.date.form !== 'absolute' && d.date.form !== 'weekday')) return;
          const aligned = candidates(index, d).filter((r) => sameEvent(d, r, persons, known));
          if (!aligned.length || aligned.some((r) => r.date.first === d.date.first)) return;
          // References an event apart by days are about recurring events (two calls, two meetings), not
          // one event they disagree on: stay silent rather than pick one.
          const days = [...new Set(aligned.map((r) => r.date.first as number))];
          if (days.length > 2 || Math.max(...days) - Math.min(...days) > 3) return;
          found.push({ index: i, against: aligned });
        });
        sentenceCache.set(key, (memo = { version: corpus.version, found }));
      }
      for (const f of memo.found) conflicts.push({ statement: statements[f.index], against: f.against });
    }
  }
  cache.set(draft, { version: corpus.version, conflicts });
  return conflicts;
}

export function excerptOf(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function evidenceOf(r: { ref: Reference; sentence: { start: number; end: number } }, says: string): Evidence {
  return referenceEvidence(r.ref, r.sentence, says);
}

/** "the call (Biden, Netanyahu)": the event, named by its kind and the participants both sides share. */
export function describeEvent(d: DatedStatement, against: DatedStatement[]): string {
  const shared: string[] = [];
  const inRef = (n: Name) => against.some((r) => hasName(r.sentenceNames, n));
  const people = d.participants.filter((n) => !n.place && inRef(n));
  for (const n of people.length ? people : d.participants) {
    if (inRef(n)) {
      const name = d.sentence.tokens.slice(n.from, n.to).map((t) => t.text.replace(/['’]s$/, '')).join(' ').replace(/\s+(['’]s)$/, '');
      if (!shared.some((s) => s.toLowerCase() === name.toLowerCase())) shared.push(name);
    }
  }
  const noun = KIND_NOUN[d.kind];
  return shared.length ? `the ${noun} (${shared.join(', ')})` : `the ${noun}`;
}
