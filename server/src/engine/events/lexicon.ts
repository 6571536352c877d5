// Words that name kinds of news events, and the words around them that change what a date means.
// General English; nothing about any one story.
import type { Token } from '../text/analyzed-text';

export type EventKind =
  | 'call' | 'meeting' | 'visit' | 'attack' | 'vote' | 'speech' | 'death' | 'arrest' | 'agreement'
  | 'ruling' | 'resignation' | 'release' | 'protest' | 'strike' | 'disaster' | 'launch' | 'interception' | 'seizure' | 'departure'
  | 'arrival';

const KIND_WORDS: Record<EventKind, string[]> = {
  call: ['call', 'calls', 'phone', 'phoned', 'phones', 'spoke', 'speak', 'speaks', 'speaking', 'spoken', 'talked', 'conversation', 'conversations'],
  meeting: ['meet', 'meets', 'met', 'meeting', 'meetings', 'talks', 'summit', 'host', 'hosts', 'hosted', 'hosting', 'sit-down'],
  visit: ['visit', 'visits', 'visited', 'visiting', 'trip', 'trips', 'travel', 'travels', 'traveled', 'travelled', 'traveling', 'travelling', 'journey', 'tour', 'toured'],
  // A trip's departure and arrival fall on days of their own (overnight flights, multi-day visits).
  departure: ['flew', 'fly', 'flying', 'depart', 'departs', 'departed', 'departing', 'departure'],
  arrival: ['arrive', 'arrived', 'arrives', 'arrival', 'landed'],
  attack: ['attack', 'attacks', 'attacked', 'strike', 'strikes', 'struck', 'barrage', 'assault', 'bombing', 'bombings', 'bombed', 'raid', 'raids', 'airstrike', 'airstrikes', 'offensive', 'invasion', 'invaded', 'shelling', 'shelled', 'salvo', 'onslaught', 'incursion', 'fired'],
  launch: ['launched', 'launch', 'launches'],
  interception: ['intercepted', 'intercepting', 'intercept', 'interception', 'interceptions', 'downed', 'shot'],
  vote: ['vote', 'votes', 'voted', 'voting', 'ballot', 'referendum', 'election', 'elections', 'elected'],
  speech: ['speech', 'speeches', 'address', 'addressed', 'remarks'],
  // A funeral falls days after the death: not the same day.
  death: ['killed', 'died', 'death', 'deaths', 'assassination', 'assassinated', 'killing'],
  arrest: ['arrested', 'arrest', 'arrests', 'detained', 'detention', 'indicted', 'charged'],
  agreement: ['signed', 'signing', 'agreement', 'deal', 'accord', 'treaty', 'ceasefire', 'truce'],
  ruling: ['ruled', 'ruling', 'verdict', 'sentenced', 'convicted', 'acquitted'],
  resignation: ['resigned', 'resignation', 'resigns', 'fired', 'dismissed', 'ousted', 'sacked'],
  release: ['released', 'freed', 'release'],
  protest: ['protest', 'protests', 'protested', 'rally', 'rallies', 'demonstration', 'demonstrations', 'march', 'marched'],
  // A labour action. "strike"/"strikes"/"struck" are attacks unless their sentence is about work (see kindAt).
  strike: ['walkout', 'walkouts', 'stoppage', 'stoppages'],
  seizure: ['seized', 'seize', 'seizes', 'seizure', 'captured', 'capture', 'boarded', 'impounded'],
  disaster: ['earthquake', 'quake', 'hurricane', 'storm', 'flood', 'floods', 'landfall', 'crash', 'explosion', 'blast', 'fire', 'wildfire'],
};

const KIND_OF = new Map<string, EventKind>();
for (const [kind, words] of Object.entries(KIND_WORDS) as [EventKind, string[]][]) for (const w of words) if (!KIND_OF.has(w)) KIND_OF.set(w, kind);

export function kindOf(word: string): EventKind | undefined {
  return KIND_OF.get(word.toLowerCase());
}

// "strike": a labour action or a military one. Read from the words around it.
const STRIKE_WORDS = new Set(['strike', 'strikes', 'struck']);
/** Right before "strike": a military strike ("air strike", "drone strikes"). */
const MILITARY_MODIFIER = new Set([
  'air', 'missile', 'drone', 'rocket', 'military', 'retaliatory', 'preemptive', 'pre-emptive', 'precision', 'nuclear',
  'artillery', 'naval', 'aerial', 'surgical', 'targeted', 'punitive',
]);
/** Right before "strike": a labour action ("general strike", "hunger strike", "rail strike"). */
const LABOUR_MODIFIER = new Set(['general', 'hunger', 'wildcat', 'sympathy', 'indefinite', 'rail', 'transport', 'national', 'union', 'labour', 'labor', 'industrial', 'nationwide', 'rolling', 'one-day', 'token']);
/** Anywhere in the sentence: what the strike is about. */
const LABOUR_CUES =
  /^(?:unions?|unioni[sz]ed|(?:\w+)?workers?|employees?|staff|pay|wages?|salary|salaries|pensions?|pickets?|picketing|picket-line|strikers|bargaining|employers?|labou?r|industrial|walkout|walkouts|stoppage|overtime|nurses|teachers|doctors|drivers|pilots|miners|dockers|porters|cleaners|lecturers|controllers|conductors|firefighters|crews?)$/;
const MILITARY_CUES = /^(?:air|airstrikes?|missiles?|drones?|rockets?|bombs?|bombing|bombed|military|army|troops|soldiers|forces|killed|killing|dead|wounded|injured|casualties|explosions?|artillery|targets?|targeted|retaliat\w*|warplanes?|jets?|fighter|nuclear|militants?|weapons?|munitions|warships?|shelling)$/;

/**
 * The kind of event the word at tokens[i] names, read in its sentence: "strike" is a labour action
 * when the sentence is about work ("the dockworkers' strike", "went on strike", "the union's pay
 * claim"), otherwise an attack ("an air strike", "strikes on the port killed three").
 */
export function kindAt(tokens: Token[], i: number): EventKind | undefined {
  const w = tokens[i].text.toLowerCase();
  const kind = KIND_OF.get(w);
  if (!kind || !STRIKE_WORDS.has(w)) return kind;
  const prev = tokens[i - 1]?.text.toLowerCase() ?? '';
  // "Workers struck on Monday"; anything else that struck (a missile, a storm) keeps its old reading.
  if (w === 'struck') return LABOUR_CUES.test(prev) ? 'strike' : kind;
  if (MILITARY_MODIFIER.has(prev)) return 'attack';
  // "general strike", "the nurses' strike", "went on strike"
  if (LABOUR_MODIFIER.has(prev)) return 'strike';
  if (/^['’]$/.test(prev) && /^[a-z]+s$/.test(tokens[i - 2]?.text ?? '')) return 'strike';
  if (prev === 'on' && w === 'strike') return 'strike';
  let labour = 0;
  let military = 0;
  for (const t of tokens) {
    const x = t.text.toLowerCase();
    if (LABOUR_CUES.test(x)) labour++;
    else if (MILITARY_CUES.test(x)) military++;
  }
  return labour > military ? 'strike' : 'attack';
}

/** Kinds that are one event seen from two sides ("launched 200 missiles" is the attack). A meeting is
 *  not the visit it happens on: visits last days. */
export function sameKind(a: EventKind, b: EventKind): boolean {
  return a === b || kindGroup(a) === kindGroup(b);
}

export function kindGroup(k: EventKind): string {
  return k === 'launch' ? 'attack' : k;
}

export const KIND_NOUN: Record<EventKind, string> = {
  call: 'call', meeting: 'meeting', visit: 'visit', attack: 'attack', vote: 'vote', speech: 'speech', death: 'death',
  arrest: 'arrest', agreement: 'agreement', ruling: 'ruling', resignation: 'resignation', release: 'release',
  protest: 'protest', strike: 'strike', seizure: 'seizure', departure: 'departure', arrival: 'arrival', disaster: 'event', launch: 'launch', interception: 'interception',
};

/** A date next to these belongs to the act of saying, not to the event told about. */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'stated', 'reported', 'reports', 'confirmed', 'confirms', 'added', 'noted',
  'wrote', 'tweeted', 'posted', 'insisted', 'announced', 'denied', 'claimed', 'revealed', 'informed', 'warned', 'acknowledged',
]);

/** The event did not (or not yet) happen as planned: compared only with the same facet. */
export const CANCEL_WORDS = new Set([
  'postponed', 'postpone', 'postpones', 'postponing', 'postponement', 'delayed', 'delay', 'delays', 'cancelled', 'canceled',
  'cancel', 'cancels', 'cancellation', 'scrapped', 'blocked', 'block', 'blocks', 'vetoed', 'halted', 'halts', 'halt',
  'suspended', 'suspend', 'prevented', 'barred', 'called-off', 'nixed', 'shelved', 'rescheduled',
]);

export const NEGATION_WORDS = new Set(['not', "n't", 'never', 'no', 'without', 'yet', 'nor', 'failed', 'refused', 'unable']);

/** Prepositions that relate an event to a date rather than place it on the date. */
export const RELATION_WORDS = new Set([
  'since', 'until', 'till', 'before', 'after', 'by', 'from', 'through', 'following', 'than', 'between', 'ahead', 'prior', 'as', 'past',
]);

/** Tokens a window never crosses. (Quote marks do not bound: scare quotes sit inside clauses.) */
export const HARD_BOUNDARY = new Set([';', ':', '—', '–', '(', ')', 'but', 'while', 'whereas']);

/** The start or the end of a lasting event ("the strike began on March 3 and ended on March 7"): each
 *  falls on a day of its own, so a date is compared only with dates of the same phase. */
export type Phase = 'start' | 'end';
export const PHASE_WORDS: ReadonlyMap<string, Phase> = new Map<string, Phase>([
  ...(['began', 'begin', 'begins', 'beginning', 'begun', 'started', 'start', 'starts', 'starting', 'erupted', 'kicked'] as const).map((w) => [w, 'start'] as [string, Phase]),
  ...(['ended', 'end', 'ends', 'ending', 'finished', 'finishes', 'concluded', 'concludes', 'wrapped'] as const).map((w) => [w, 'end'] as [string, Phase]),
]);
