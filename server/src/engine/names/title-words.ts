// General English resources for recognising and comparing titles of office. Nothing here is about
// one story: these are the words any newsroom style guide lists.

/** Nouns that head a title of office ("Defense Minister", "press secretary"). */
export const OFFICE_HEADS = new Set([
  'minister', 'secretary', 'president', 'premier', 'chancellor', 'adviser', 'advisor', 'ambassador', 'governor',
  'senator', 'congressman', 'congresswoman', 'representative', 'mayor', 'speaker', 'king', 'queen', 'prince',
  'princess', 'emir', 'sheikh', 'ayatollah', 'pope', 'judge', 'justice', 'prosecutor', 'attorney', 'chairman',
  'chairwoman', 'chairperson', 'chair', 'treasurer', 'commissioner', 'spokesperson', 'spokesman', 'spokeswoman',
  'director', 'commander', 'general', 'admiral', 'colonel', 'lieutenant', 'major', 'captain', 'sergeant', 'envoy',
  'coordinator', 'ceo', 'cfo', 'coo', 'superintendent', 'inspector', 'rabbi', 'cardinal', 'bishop', 'archbishop',
  'solicitor', 'surgeon', 'postmaster', 'whip', 'delegate', 'brigadier', 'marshal', 'corporal',
]);

/** Abbreviated titles as wire copy writes them before a name ("Sen.", "Lt. Gen."), with the word each stands for. */
export const TITLE_ABBREVIATIONS: Record<string, string> = {
  'sen.': 'senator', 'sens.': 'senator', 'rep.': 'representative', 'reps.': 'representative', 'gov.': 'governor',
  'govs.': 'governor', 'gen.': 'general', 'gens.': 'general', 'lt.': 'lieutenant', 'maj.': 'major', 'col.': 'colonel',
  'adm.': 'admiral', 'sgt.': 'sergeant', 'capt.': 'captain', 'cmdr.': 'commander', 'cdr.': 'commander',
  'brig.': 'brigadier', 'cpl.': 'corporal', 'pres.': 'president', 'amb.': 'ambassador', 'atty.': 'attorney',
  'supt.': 'superintendent', 'sec.': 'secretary', 'lt.-gen.': 'lieutenant general', 'maj.-gen.': 'major general',
};

/** Military ranks: a rank is held alongside a post ("Gen." and "national security adviser" can both be true). */
export const MILITARY_RANKS = new Set([
  'general', 'admiral', 'colonel', 'lieutenant', 'major', 'captain', 'sergeant', 'commander', 'brigadier', 'marshal', 'corporal',
]);

/** Posts held inside a body by one of its members: a senator chairs a committee, a representative is Speaker. */
export const MEMBER_POSTS = new Set(['chair', 'speaker', 'majority-leader', 'minority-leader', 'whip', 'ranking']);

/**
 * Elected seats: a seat has no portfolio, so other words before it only say where ("Alabama Sen.", "California
 * Sen.") and never name another office. "State" stays: a state senator is not a U.S. senator.
 */
export const SEAT_HEADS = new Set(['senator', 'representative', 'governor', 'mayor', 'delegate', 'assemblyman', 'assemblywoman', 'councilman', 'councilwoman', 'lawmaker']);

/** Nouns for the body a post sits in: "Senate Judiciary Chairman" and "Judiciary Committee Chairman" are one post. */
export const BODY_WORDS = new Set(['committee', 'subcommittee', 'panel', 'caucus', 'conference']);

/** Party words in a title say which party, not which office ("Republican Senator"). */
export const PARTY_WORDS = new Set(['republican', 'democratic', 'democrat', 'gop', 'independent']);

/** Synonymous offices, by their canonical form. */
export const OFFICE_SYNONYMS: Record<string, string> = {
  congressman: 'representative',
  congresswoman: 'representative',
  premier: 'prime minister',
};

/** Heads too loose to contradict another title ("leader", "chief" and "head" can all be true of one person). */
export const GENERIC_HEADS = new Set(['leader', 'chief', 'head', 'official', 'envoy', 'coordinator', 'founder', 'member', 'prosecutor']);

/** All heads (office + generic). */
export const TITLE_HEADS = new Set([...OFFICE_HEADS, ...GENERIC_HEADS]);

/** Words that change which office is meant when added to a title: "Deputy Defense Minister" is not the minister. */
export const RANK_MODIFIERS = new Set(['deputy', 'vice', 'assistant', 'associate', 'acting', 'interim', 'under', 'co', 'junior', 'shadow']);

/** Rank words that say the office is held for now, not a lower one: "Secretary" is fair for the acting secretary. */
export const TEMPORARY_MODIFIERS = new Set(['acting', 'interim']);

/** Words that put a title in the past ("former", "then-"): a past office does not contradict a present one. */
export const PAST_MARKERS = new Set(['former', 'then', 'ex', 'onetime', 'one-time', 'late', 'erstwhile']);

/** Lowercase words that may sit inside a title ("deputy Pentagon press secretary", "defence minister"). */
export const LOWERCASE_MODIFIERS = new Set([
  ...RANK_MODIFIERS, 'senior', 'principal', 'chief', 'press', 'prime', 'foreign', 'defense', 'defence', 'interior',
  'finance', 'security', 'national', 'state', 'general', 'executive', 'communications', 'strategic', 'affairs',
  'economy', 'economic', 'health', 'justice', 'education', 'energy', 'trade', 'transport', 'environment', 'culture',
  'home', 'treasury', 'labor', 'labour', 'agriculture', 'intelligence', 'military', 'army', 'navy', 'air', 'force',
  'white', 'house', 'cabinet', 'public', 'diplomacy', 'former', 'top', 'lead', 'first',
]);

/** Connectors inside titles ("Minister for Strategic Affairs", "Secretary of State"). */
export const TITLE_CONNECTORS = new Set(['for', 'of', 'on', 'and', 'the', '&']);

/** Words dropped when comparing titles: they say where, not which office. */
export const IGNORED_IN_COMPARISON = new Set(['former', 'then', 'ex', 'onetime', 'late', 'retired', 'current', 'incumbent', 'outgoing', 'newly', 'appointed', 'top']);

/** Spelling conventions that are not differences (US/UK, hyphenation). Keys map to one canonical form. */
export const SPELLING_PAIRS: Record<string, string> = {
  defence: 'defense',
  advisor: 'adviser',
  labour: 'labor',
  programme: 'program',
  organisation: 'organization',
  centre: 'center',
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  chairman: 'chair',
  chairwoman: 'chair',
  chairperson: 'chair',
  'secretary-general': 'secretary general',
  'vice-president': 'vice president',
  'prime-minister': 'prime minister',
};

/** The reverse direction, to keep a draft's own convention in fixes ("Defence" stays British). */
export const SPELLING_VARIANTS: Record<string, string[]> = Object.entries(SPELLING_PAIRS).reduce(
  (acc, [variant, canonical]) => {
    if (!canonical.includes(' ')) (acc[canonical] ??= []).push(variant);
    return acc;
  },
  {} as Record<string, string[]>,
);

/** Prefixes that place a title in a country or body rather than naming the office ("US", "Israeli"). */
export const PLACE_ABBREVIATIONS = new Set(['us', 'u.s.', 'u.s', 'uk', 'u.k.', 'eu', 'un', 'u.n.', 'usa', 'nato']);

/** Nationality adjectives (a general resource: every country, not one story's). */
const DEMONYMS = new Set(
  (
    'Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian Australian Austrian Azerbaijani ' +
    'Bahraini Bangladeshi Belarusian Belgian Bolivian Bosnian Brazilian British Bulgarian Burmese Cambodian Cameroonian ' +
    'Canadian Chadian Chilean Chinese Colombian Congolese Croatian Cuban Cypriot Czech Danish Dutch Ecuadorian Egyptian ' +
    'Emirati English Eritrean Estonian Ethiopian European Filipino Finnish French Georgian German Ghanaian Greek ' +
    'Guatemalan Haitian Honduran Hungarian Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian Ivorian ' +
    'Jamaican Japanese Jordanian Kazakh Kenyan Korean Kosovar Kurdish Kuwaiti Kyrgyz Latvian Lebanese Libyan ' +
    'Lithuanian Luxembourgish Macedonian Malagasy Malaysian Malian Maltese Mexican Moldovan Mongolian Montenegrin ' +
    'Moroccan Mozambican Namibian Nepali Nepalese Nigerian Nigerien Norwegian Omani Pakistani Palestinian Panamanian ' +
    'Paraguayan Persian Peruvian Polish Portuguese Qatari Romanian Russian Rwandan Saudi Scottish Senegalese Serbian ' +
    'Singaporean Slovak Slovakian Slovenian Somali Spanish Sudanese Swedish Swiss Syrian Taiwanese Tajik Tanzanian Thai ' +
    'Tunisian Turkish Turkmen Ugandan Ukrainian Uruguayan Uzbek Venezuelan Vietnamese Welsh Yemeni Zambian Zimbabwean ' +
    'Arab Western Soviet Gulf Iberian Balkan Nordic Baltic Scandinavian Latin African Asian'
  ).split(' '),
);

export function looksLikeDemonym(word: string): boolean {
  return DEMONYMS.has(word);
}

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Name particles that may sit inside a person's name ("Mohammed bin Salman", "Ursula von der Leyen"). */
export const NAME_PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'de', 'del', 'der', 'van', 'von', 'da', 'di', 'la', 'le', 'abu', 'ben']);

/** Endings that derive a word from a name ("Israel" → "Israeli", "Gaza" → "Gazan"): not misspellings. */
export const DERIVATION_SUFFIXES = ['i', 'n', 'an', 'ian', 'ese', 'ish', 's', 'es', 'ite', 'ites', 'ist', 'ists', 'ism'];
