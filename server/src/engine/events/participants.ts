// Who takes part in an event: the names near it, normalised to one key per participant
// ("President Joe Biden" and "Biden's" → biden; "Iranian", "Tehran" and "Iran" → iran).
// The gazetteer is general geography (countries, their adjectives and capitals), no story knowledge.
import type { Token } from '../text/analyzed-text';

const COUNTRIES: [key: string, ...variants: string[]][] = [
  ['us', 'united states', 'u.s.', 'us', 'usa', 'u.s.a.', 'america', 'american', 'americans', 'washington'],
  ['uk', 'united kingdom', 'u.k.', 'uk', 'britain', 'great britain', 'british', 'london'],
  ['israel', 'israel', 'israeli', 'israelis', 'jerusalem'],
  ['iran', 'iran', 'iranian', 'iranians', 'tehran'],
  ['russia', 'russia', 'russian', 'russians', 'moscow', 'kremlin'],
  ['ukraine', 'ukraine', 'ukrainian', 'ukrainians', 'kyiv', 'kiev'],
  ['china', 'china', 'chinese', 'beijing'],
  ['france', 'france', 'french', 'paris', 'elysee'],
  ['germany', 'germany', 'german', 'germans', 'berlin'],
  ['lebanon', 'lebanon', 'lebanese', 'beirut'],
  ['syria', 'syria', 'syrian', 'syrians', 'damascus'],
  ['iraq', 'iraq', 'iraqi', 'iraqis', 'baghdad'],
  ['egypt', 'egypt', 'egyptian', 'egyptians', 'cairo'],
  ['jordan', 'jordan', 'jordanian', 'amman'],
  ['saudi', 'saudi arabia', 'saudi', 'saudis', 'riyadh'],
  ['qatar', 'qatar', 'qatari', 'doha'],
  ['turkey', 'turkey', 'turkish', 'ankara', 'turkiye'],
  ['yemen', 'yemen', 'yemeni', 'sanaa'],
  ['palestine', 'palestine', 'palestinian', 'palestinians', 'ramallah'],
  ['gaza', 'gaza'],
  ['japan', 'japan', 'japanese', 'tokyo'],
  ['korea-n', 'north korea', 'north korean', 'pyongyang'],
  ['korea-s', 'south korea', 'south korean', 'seoul'],
  ['india', 'india', 'indian', 'new delhi', 'delhi'],
  ['pakistan', 'pakistan', 'pakistani', 'islamabad'],
  ['afghanistan', 'afghanistan', 'afghan', 'kabul'],
  ['canada', 'canada', 'canadian', 'ottawa'],
  ['mexico', 'mexico', 'mexican'],
  ['brazil', 'brazil', 'brazilian', 'brasilia'],
  ['argentina', 'argentina', 'argentine', 'argentinian', 'buenos aires'],
  ['italy', 'italy', 'italian', 'rome'],
  ['spain', 'spain', 'spanish', 'madrid'],
  ['poland', 'poland', 'polish', 'warsaw'],
  ['netherlands', 'netherlands', 'dutch', 'the hague', 'amsterdam'],
  ['belgium', 'belgium', 'belgian', 'brussels'],
  ['sweden', 'sweden', 'swedish', 'stockholm'],
  ['norway', 'norway', 'norwegian', 'oslo'],
  ['finland', 'finland', 'finnish', 'helsinki'],
  ['denmark', 'denmark', 'danish', 'copenhagen'],
  ['greece', 'greece', 'greek', 'athens'],
  ['hungary', 'hungary', 'hungarian', 'budapest'],
  ['romania', 'romania', 'romanian', 'bucharest'],
  ['serbia', 'serbia', 'serbian', 'belgrade'],
  ['australia', 'australia', 'australian', 'canberra'],
  ['nigeria', 'nigeria', 'nigerian', 'abuja'],
  ['kenya', 'kenya', 'kenyan', 'nairobi'],
  ['ethiopia', 'ethiopia', 'ethiopian', 'addis ababa'],
  ['sudan', 'sudan', 'sudanese', 'khartoum'],
  ['libya', 'libya', 'libyan', 'tripoli'],
  ['algeria', 'algeria', 'algerian', 'algiers'],
  ['morocco', 'morocco', 'moroccan', 'rabat'],
  ['tunisia', 'tunisia', 'tunisian', 'tunis'],
  ['south africa', 'south africa', 'south african', 'pretoria'],
  ['venezuela', 'venezuela', 'venezuelan', 'caracas'],
  ['colombia', 'colombia', 'colombian', 'bogota'],
  ['chile', 'chile', 'chilean', 'santiago'],
  ['peru', 'peru', 'peruvian', 'lima'],
  ['cuba', 'cuba', 'cuban', 'havana'],
  ['taiwan', 'taiwan', 'taiwanese', 'taipei'],
  ['vietnam', 'vietnam', 'vietnamese', 'hanoi'],
  ['thailand', 'thailand', 'thai', 'bangkok'],
  ['indonesia', 'indonesia', 'indonesian', 'jakarta'],
  ['philippines', 'philippines', 'philippine', 'filipino', 'manila'],
  ['armenia', 'armenia', 'armenian', 'yerevan'],
  ['azerbaijan', 'azerbaijan', 'azerbaijani', 'baku'],
  ['georgia', 'georgia', 'georgian', 'tbilisi'],
  ['belarus', 'belarus', 'belarusian', 'minsk'],
  ['moldova', 'moldova', 'moldovan', 'chisinau'],
  ['eu', 'european union', 'eu', 'e.u.'],
  ['un', 'united nations', 'un', 'u.n.'],
  ['nato', 'nato'],
];

const PLACE = new Map<string, string>();
for (const [key, ...variants] of COUNTRIES) for (const v of variants) PLACE.set(v, key);
const MAX_PLACE_WORDS = 3;

/** Words that start a capitalised run but are not names (titles, common sentence openers). */
const NOT_NAME = new Set([
  'president', 'prime', 'minister', 'ministers', 'secretary', 'defense', 'defence', 'foreign', 'interior', 'security',
  'national', 'adviser', 'advisor', 'deputy', 'press', 'chief', 'general', 'gen.', 'gen', 'lt.', 'col.', 'sgt.', 'mr.', 'mrs.',
  'ms.', 'dr.', 'sen.', 'rep.', 'gov.', 'senator', 'representative', 'governor', 'mayor', 'king', 'queen', 'prince', 'crown',
  'spokesperson', 'spokesman', 'spokeswoman', 'ambassador', 'envoy', 'commander', 'strategic', 'affairs', 'state', 'the', 'a',
  'an', 'in', 'on', 'at', 'as', 'but', 'and', 'or', 'if', 'when', 'while', 'after', 'before', 'since', 'this', 'that', 'these',
  'those', 'it', 'he', 'she', 'they', 'we', 'i', 'his', 'her', 'their', 'our', 'its', 'us-based', 'vice', 'senior', 'former',
  'acting', 'leader', 'head', 'director', 'official', 'officials', 'mr', 'mrs', 'ms', 'dr', 'lord', 'lady', 'sir', 'pope',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.',
  'dec.', 'dozens', 'hundreds', 'thousands', 'some', 'about', 'around', 'nearly', 'over', 'according', 'following', 'despite', 'meanwhile', 'however', 'still', 'also', 'then', 'later', 'earlier',
]);

const TITLE_AFTER = new Set(['minister', 'ministers', 'secretary', 'secretaries', 'adviser', 'advisor', 'commissioner', 'chief', 'spokesperson', 'spokesman', 'spokeswoman']);

const ORG_TAIL = /^(?:ministry|office|council|house|department|forces|force|party|army|navy|agency|times|post|journal|news|committee|court|parliament|cabinet|pentagon|corps|group|bank|fund|union|organization|organisation|association|institute|university|company|corp|inc|command|guard|guards|movement|front|brigades|authority|administration|government|media|network|channel|radio|tv)\.?$/i;

export interface Name {
  /** Normalised key. */
  key: string;
  /** Token index range in the sentence (inclusive start, exclusive end). */
  from: number;
  to: number;
  /** A country, capital, adjective of nationality or an organisation: a side, not a person. */
  place: boolean;
  /** Two or more name words ("Joe Biden"): surely a person or organisation. */
  multi: boolean;
  /** The first of several name words, folded like the key ("joe"), to tell "Tomas Bergh" from another Bergh. */
  first?: string;
  /** A single capitalised word opening the sentence ("Nurses ended their strike"): a name only if written
   *  capitalised elsewhere too. */
  initial?: boolean;
}

const isCap = (t: string) => /^\p{Lu}/u.test(t);
const clean = (t: string) => t.replace(/['’]s$/, '').replace(/[’']$/, '');
/** Lower case without accents: "Sundín" and "Sundin" are one key (the names check flags the spelling). */
export const foldName = (t: string) => {
  const l = t.toLowerCase();
  return /[^\x00-\x7f]/.test(l) ? l.normalize('NFD').replace(/\p{M}+/gu, '') : l;
};

/** The names among a sentence's tokens. */
export function namesIn(tokens: Token[]): Name[] {
  const out: Name[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // Places first (they may be multiword and lower-case-insensitive in their variants).
    let matched = false;
    for (let n = Math.min(MAX_PLACE_WORDS, tokens.length - i); n >= 1; n--) {
      const words = tokens.slice(i, i + n).map((x) => clean(x.text));
      if (!isCap(words[0])) break;
      const key = PLACE.get(words.join(' ').toLowerCase());
      if (key) {
        out.push({ key, from: i, to: i + n, place: true, multi: n > 1 });
        i += n;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    if (!isCap(t.text) || (t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'X') || NOT_NAME.has(t.text.toLowerCase())) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && isCap(tokens[j].text) && !NOT_NAME.has(tokens[j].text.toLowerCase()) && !PLACE.has(clean(tokens[j].text).toLowerCase()) && tokens[j].pos !== 'PUNCT') {
      j++;
      if (/['’]s$/.test(tokens[j - 1].text) || (j < tokens.length && /^['’]s$/.test(tokens[j].text))) break;
    }
    if (j === i) j = i + 1;
    // "Health Minister", "Trade Secretary": a portfolio before a title, not a name.
    if (j < tokens.length && TITLE_AFTER.has(tokens[j].text.toLowerCase())) {
      i = j;
      continue;
    }
    const words = tokens.slice(i, j).map((x) => clean(x.text));
    const last = words[words.length - 1];
    const org = ORG_TAIL.test(last) || /^[A-Z]{2,}$/.test(last);
    const name: Name = { key: foldName(org ? words.join(' ') : last), from: i, to: j, place: org, multi: words.length > 1 };
    if (!org && (words.length === 2 || words.length === 3)) name.first = foldName(words[0]);
    if (!org && words.length === 1 && tokens.slice(0, i).every((x) => x.pos === 'PUNCT')) name.initial = true;
    out.push(name);
    i = j;
  }
  return out;
}
