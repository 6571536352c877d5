// People in text: runs of capitalised name words, with the title written right before them
// ("Defense Secretary Lloyd Austin", "deputy Pentagon press secretary Sabrina Singh").
// Built on wink's POS tags; memoised per sentence text so a keystroke re-reads one sentence.
import type { Sentence } from '../text/analyzed-text';
import {
  LOWERCASE_MODIFIERS,
  MONTHS,
  NAME_PARTICLES,
  PLACE_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
  TITLE_CONNECTORS,
  TITLE_HEADS,
  WEEKDAYS,
  looksLikeDemonym,
} from './title-words';
import { isPastTitle, titleKey } from './titles';
import { MB, Memo } from '../memo';

export interface Word {
  start: number;
  end: number;
  text: string;
  pos: string;
}

export interface TitleSpan {
  start: number;
  end: number;
  text: string;
  key: string[];
  /** Title case before the name ("Defense Minister"), as opposed to a lowercase description. */
  capitalized: boolean;
  /** An office held before ("former Senator", "then-Solicitor General"). */
  past: boolean;
  /**
   * The words before the title may still belong to it ("Bureau of Investigation Director" read as
   * "Investigation Director", "U.S. Attorney" split at "U."): such a fragment is too unsure to compare.
   */
  partial?: boolean;
}

export interface NameRun {
  start: number;
  end: number;
  text: string;
  words: Word[];
  title?: TitleSpan;
  /** A lowercase title in apposition right after the name ("Ada Berg, a former Ohio senator,"). */
  appositive?: TitleSpan;
  sentence: Sentence;
  /** Index of the first word in the sentence's word list (for context checks). */
  wordIndex: number;
}

/** Words that make a capitalised run an organisation, place or publication rather than a person. */
const NON_PERSON_WORDS = new Set([
  'post', 'journal', 'times', 'street', 'council', 'strip', 'east', 'west', 'north', 'south', 'republic', 'ministry',
  'department', 'office', 'house', 'forces', 'force', 'news', 'agency', 'party', 'group', 'university', 'bank',
  'company', 'corp', 'inc', 'city', 'sea', 'river', 'valley', 'island', 'islands', 'airport', 'hospital', 'committee',
  'assembly', 'parliament', 'congress', 'senate', 'court', 'union', 'nations', 'states', 'kingdom', 'hurricane',
  'operation', 'administration', 'government', 'army', 'guard', 'corps', 'authority', 'command', 'institute',
  'center', 'centre', 'foundation', 'association', 'organization', 'organisation', 'network', 'channel', 'tv',
  'radio', 'press', 'media', 'magazine', 'review', 'herald', 'tribune', 'gazette', 'daily', 'weekly', 'online',
  'cabinet', 'bureau', 'service', 'services', 'fund', 'board', 'commission', 'movement', 'front', 'brigade',
  'brigades', 'district', 'province', 'county', 'region', 'gulf', 'ocean', 'bay', 'square', 'avenue', 'road',
  'bridge', 'tower', 'palace', 'hall', 'church', 'mosque', 'temple', 'school', 'college', 'academy', 'club',
  'league', 'cup', 'games', 'prize', 'award', 'war', 'act', 'bill', 'plan', 'accord', 'agreement', 'treaty',
  'summit', 'conference', 'day', 'week', 'year', 'age', 'era', 'security', 'defense', 'defence', 'affairs',
  'strategic', 'national', 'international', 'general', 'federal', 'central', 'state', 'supreme', 'high', 'new',
]);

/** Organisation words that are also given names. */
const GIVEN_NAME_HOMOGRAPHS = new Set(['bill']);

const CAPITALISED = /^\p{Lu}[\p{L}\p{M}’'.-]*$/u;

/** Merge hyphen- or apostrophe-joined tokens with no space between ("al-Assad", "Jean-Luc"). */
export function sentenceWords(sentence: Sentence, text: string): Word[] {
  const words: Word[] = [];
  for (const t of sentence.tokens) {
    const prev = words[words.length - 1];
    // "Maj" + "." is one abbreviated title ("Maj. Gen."), as wink splits some abbreviations from their period.
    const abbreviation = prev && t.text === '.' && !!TITLE_ABBREVIATIONS[`${prev.text.toLowerCase()}.`];
    const joins = prev && prev.end === t.start && (t.text === '-' || prev.text.endsWith('-') || abbreviation);
    if (joins) {
      prev.end = t.end;
      prev.text = text.slice(prev.start, prev.end);
      if (t.pos === 'PROPN') prev.pos = 'PROPN';
      continue;
    }
    words.push({ start: t.start, end: t.end, text: t.text, pos: t.pos });
  }
  return words;
}

export function isNameWord(w: Word): boolean {
  if (!CAPITALISED.test(w.text) || w.text.length < 2) return false;
  if (w.pos !== 'PROPN' && w.pos !== 'NOUN' && w.pos !== 'ADJ') return false;
  const lower = w.text.toLowerCase();
  if (TITLE_HEADS.has(lower) || TITLE_ABBREVIATIONS[lower] || LOWERCASE_MODIFIERS.has(lower) || MONTHS.has(lower.replace(/\.$/, '')) || WEEKDAYS.has(lower)) return false;
  if (PLACE_ABBREVIATIONS.has(lower) || /^\p{Lu}+$/u.test(w.text.replace(/\./g, ''))) return false; // acronyms: US, IDF
  return true;
}

/** A word that heads a title, alone or hyphenated ("Secretary-General"). */
function isHeadWord(w: Word): boolean {
  const lower = w.text.toLowerCase();
  return TITLE_HEADS.has(lower) || !!TITLE_ABBREVIATIONS[lower] || lower.split('-').some((p) => TITLE_HEADS.has(p));
}

/** A sentence in headline case ("Senator Tells Minister Berg To Resign"): its capitals say nothing about titles. */
function headlineCase(words: Word[]): boolean {
  const long = words.filter((w) => /^\p{L}{4,}/u.test(w.text));
  return long.length >= 5 && long.every((w) => /^\p{Lu}/u.test(w.text));
}

function isTitleWord(w: Word): boolean {
  return isHeadWord(w) || LOWERCASE_MODIFIERS.has(w.text.toLowerCase());
}

/** The title written immediately before words[at] (the first word of a name), if any. */
function titleBefore(words: Word[], at: number, text: string): TitleSpan | undefined {
  let i = at - 1;
  let first = -1;
  while (i >= 0 && at - i <= 8) {
    const w = words[i];
    const lower = w.text.toLowerCase();
    if (lower === 'under' && words[i + 1]?.text.toLowerCase() !== 'secretary') {
      // "under President X" is a preposition; only "Under Secretary" is a rank.
      break;
    } else if (isTitleWord(w)) {
      first = i;
    } else if ((lower === 'for' || lower === 'of' || lower === 'on') && first !== -1 && i > 0 && isTitleWord(words[i - 1])) {
      // "Minister for Strategic Affairs", "Secretary of State": a connector inside a title, after a title word.
    } else if (lower === 'and' && first !== -1 && !isHeadWord(words[first]) && i > 0 && CAPITALISED.test(words[i - 1].text) && !(i > 1 && CAPITALISED.test(words[i - 2].text) && !PLACE_ABBREVIATIONS.has(words[i - 2].text.toLowerCase()))) {
      // "Housing and Urban Development Secretary": a connector inside the name of a department, after one
      // word of it, or after "U.S." ("President Barack Obama and Georgia Rep." joins a person, not a department).
    } else if (CAPITALISED.test(w.text) && w.pos === 'PROPN' && first !== -1) {
      // An organisation or place word inside the title ("Pentagon press secretary", "Hezbollah leader").
      first = i;
    } else {
      break;
    }
    i--;
  }
  if (first === -1) return undefined;
  // A title that starts with its head ("Rep. Ada Berg and Sen. …") is whole whatever comes before it.
  const partial = !isHeadWord(words[first]) && continuesLeft(words, first);
  // Drop leading country/demonym words and connectors: they place the office, they don't name it.
  while (first < at && (PLACE_ABBREVIATIONS.has(words[first].text.toLowerCase()) || looksLikeDemonym(words[first].text) || TITLE_CONNECTORS.has(words[first].text.toLowerCase()) || /[’']s$/.test(words[first].text))) first++;
  if (first >= at) return undefined;
  // Without a head ("minister", "secretary") the words before the name describe, they don't title.
  const titleWords = words.slice(first, at);
  const heads = titleWords.filter(isHeadWord);
  if (!heads.length) return undefined;
  const start = titleWords[0].start;
  const end = titleWords[titleWords.length - 1].end;
  const titleText = text.slice(start, end);
  return {
    start,
    end,
    text: titleText,
    key: titleKey(titleText),
    capitalized: heads.every((h) => /^\p{Lu}/u.test(h.text)),
    past: isPastTitle(titleText, first > 0 ? words[first - 1].text : ''),
    ...(partial ? { partial } : {}),
  };
}

/**
 * Whether the title starting at words[first] may be the tail of a longer name: the word before it is a
 * capitalised word inside the sentence ("U." of "U.S.") or "of"/"for" after one ("Bureau of", "Party of").
 */
function continuesLeft(words: Word[], first: number): boolean {
  // A lone initial ("S." of "U.S.", split by the tokenizer) starts no title.
  if (/^\p{Lu}\.$/u.test(words[first].text)) return true;
  const before = words[first - 1];
  if (!before) return false;
  if (/^\p{Lu}/u.test(before.text) && first - 1 > 0) return true;
  const lower = before.text.toLowerCase();
  // "and" is left out: "Ada Berg and acting Defense Secretary Lee" joins two people. "Department of Homeland
  // Security Secretary" is whole: the words after "Department of" are the portfolio ("Bureau of Investigation" is not).
  if (lower !== 'of' && lower !== 'for') return false;
  const owner = words[first - 2];
  return !!owner && /^\p{Lu}/u.test(owner.text) && !/^(department|ministry)$/i.test(owner.text);
}

/** A title in apposition after the name ending at words[last]: ", a former Ohio senator" (lowercase head, then a stop). */
function titleAfter(words: Word[], last: number, text: string): TitleSpan | undefined {
  let i = last + 1;
  if (words[i]?.text !== ',') return undefined;
  i++;
  if (/^(a|an|the)$/i.test(words[i]?.text ?? '')) i++;
  const from = i;
  let head = -1;
  while (i < words.length && i - from < 6) {
    const w = words[i];
    if (isHeadWord(w) && /^\p{Ll}/u.test(w.text)) head = i;
    else if (!(isTitleWord(w) || (CAPITALISED.test(w.text) && w.pos === 'PROPN'))) break;
    i++;
  }
  // The head must end the apposition: "a former senator, said" or "a former senator." — not "a senator's aide".
  if (head === -1 || head !== i - 1 || !/^[,.;]$|^(who|and)$/.test(words[i]?.text ?? '.')) return undefined;
  const start = words[from].start, end = words[head].end;
  const titleText = text.slice(start, end);
  return { start, end, text: titleText, key: titleKey(titleText), capitalized: false, past: isPastTitle(titleText) };
}

const memo = new Memo<{ runs: Omit<NameRun, 'sentence'>[]; base: number }>(2 * MB, 16);

/** The runs per sentence object: a sentence a keystroke left in place is the same object (see analyze). Read only. */
const placed = new WeakMap<Sentence, NameRun[]>();

/** Capitalised name runs in a sentence (people, organisations and places alike), each with its title. */
export function nameRuns(sentence: Sentence, text: string): NameRun[] {
  let runs = placed.get(sentence);
  if (!runs) placed.set(sentence, (runs = sentenceRuns(sentence, text)));
  return runs;
}

function sentenceRuns(sentence: Sentence, text: string): NameRun[] {
  const key = sentence.text;
  const cached = memo.get(key);
  if (cached) {
    const shift = sentence.start - cached.base;
    return cached.runs.map((r) => shiftRun(r, shift, sentence));
  }
  const words = sentenceWords(sentence, text);
  const runs: Omit<NameRun, 'sentence'>[] = [];
  const headline = headlineCase(words);
  for (let i = 0; i < words.length; i++) {
    if (!isNameWord(words[i])) continue;
    let j = i + 1;
    while (j < words.length) {
      if (isNameWord(words[j]) && words[j].start - words[j - 1].end <= 1) j++;
      else if (NAME_PARTICLES.has(words[j].text.toLowerCase()) && j + 1 < words.length && isNameWord(words[j + 1])) j += 2;
      else break;
    }
    const runWords = words.slice(i, j);
    // A leading demonym is not part of the name ("Israeli Yoav Gallant").
    while (runWords.length > 1 && looksLikeDemonym(runWords[0].text)) runWords.shift();
    const first = words.indexOf(runWords[0]);
    runs.push({
      start: runWords[0].start,
      end: runWords[runWords.length - 1].end,
      text: text.slice(runWords[0].start, runWords[runWords.length - 1].end),
      words: runWords,
      title: headline ? undefined : titleBefore(words, first, text),
      appositive: headline ? undefined : titleAfter(words, j - 1, text),
      wordIndex: first,
    });
    i = j - 1;
  }
  memo.set(key, { runs, base: sentence.start });
  return runs.map((r) => ({ ...r, sentence }));
}

function shiftRun(r: Omit<NameRun, 'sentence'>, shift: number, sentence: Sentence): NameRun {
  if (shift === 0) return { ...r, sentence };
  return {
    ...r,
    start: r.start + shift,
    end: r.end + shift,
    words: r.words.map((w) => ({ ...w, start: w.start + shift, end: w.end + shift })),
    title: r.title && { ...r.title, start: r.title.start + shift, end: r.title.end + shift },
    appositive: r.appositive && { ...r.appositive, start: r.appositive.start + shift, end: r.appositive.end + shift },
    sentence,
  };
}

/** Whether a run names a person: two or more name words with no organisation/place word, or a title before it. */
export function looksLikePerson(run: NameRun): boolean {
  const lowers = run.words.map((w) => w.text.toLowerCase());
  // "Bill" opening a name is a given name (Bill Nelson); elsewhere it is legislation ("Defense Bill").
  if (lowers.some((w, i) => NON_PERSON_WORDS.has(w) && !(i === 0 && lowers.length >= 2 && GIVEN_NAME_HOMOGRAPHS.has(w)))) return false;
  if (run.title && run.title.key.length) return true;
  return run.words.length >= 2 && run.words.length <= 4;
}

/** The name with a trailing possessive removed ("Gallant’s" → "Gallant"). */
export function bareName(text: string): string {
  return text.replace(/[’']s?$/, '');
}
