// General English resources for attribution: reporting verbs, hedges, source nouns, stopwords.
// No knowledge of any one story lives here: only words a style guide would list.

const forms = (...words: string[]): string[] => words;

/** Reporting verbs in every inflection we expect, mapped to a lemma. Verbs that report speech or writing. */
const REPORT_VERBS: Record<string, string[]> = {
  say: forms('say', 'says', 'said', 'saying'),
  tell: forms('tell', 'tells', 'told', 'telling'),
  add: forms('add', 'adds', 'added', 'adding'),
  ask: forms('ask', 'asks', 'asked', 'asking'),
  confirm: forms('confirm', 'confirms', 'confirmed', 'confirming'),
  deny: forms('deny', 'denies', 'denied', 'denying'),
  report: forms('report', 'reports', 'reported', 'reporting'),
  warn: forms('warn', 'warns', 'warned', 'warning'),
  insist: forms('insist', 'insists', 'insisted', 'insisting'),
  explain: forms('explain', 'explains', 'explained', 'explaining'),
  note: forms('note', 'notes', 'noted', 'noting'),
  state: forms('state', 'states', 'stated', 'stating'),
  claim: forms('claim', 'claims', 'claimed', 'claiming'),
  announce: forms('announce', 'announces', 'announced', 'announcing'),
  acknowledge: forms('acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'),
  admit: forms('admit', 'admits', 'admitted', 'admitting'),
  argue: forms('argue', 'argues', 'argued', 'arguing'),
  assert: forms('assert', 'asserts', 'asserted', 'asserting'),
  declare: forms('declare', 'declares', 'declared', 'declaring'),
  write: forms('write', 'writes', 'wrote', 'writing', 'written'),
  tweet: forms('tweet', 'tweets', 'tweeted', 'tweeting'),
  post: forms('posted'),
  reply: forms('reply', 'replies', 'replied', 'replying'),
  respond: forms('respond', 'responds', 'responded', 'responding'),
  answer: forms('answered'),
  recall: forms('recall', 'recalls', 'recalled', 'recalling'),
  suggest: forms('suggest', 'suggests', 'suggested', 'suggesting'),
  stress: forms('stress', 'stresses', 'stressed', 'stressing'),
  emphasize: forms('emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised', 'emphasising'),
  reiterate: forms('reiterate', 'reiterates', 'reiterated', 'reiterating'),
  allege: forms('allege', 'alleges', 'alleged', 'alleging'),
  contend: forms('contend', 'contends', 'contended', 'contending'),
  maintain: forms('maintains', 'maintained'),
  conclude: forms('concluded'),
  concede: forms('concede', 'concedes', 'conceded', 'conceding'),
  observe: forms('observed'),
  remark: forms('remark', 'remarks', 'remarked'),
  comment: forms('comment', 'comments', 'commented', 'commenting'),
  reveal: forms('reveal', 'reveals', 'revealed', 'revealing'),
  disclose: forms('disclose', 'discloses', 'disclosed'),
  indicate: forms('indicated'),
  complain: forms('complain', 'complains', 'complained', 'complaining'),
  quip: forms('quipped'),
  joke: forms('joked'),
  predict: forms('predict', 'predicts', 'predicted'),
  estimate: forms('estimated'),
  describe: forms('describe', 'describes', 'described', 'describing'),
  call: forms('called', 'calling'),
  inform: forms('inform', 'informs', 'informed', 'informing'),
  believe: forms('believe', 'believes', 'believed'),
  think: forms('think', 'thinks', 'thought'),
  expect: forms('expect', 'expects'),
  accuse: forms('accuse', 'accuses', 'accused', 'accusing'),
  counter: forms('countered'),
  caution: forms('caution', 'cautions', 'cautioned'),
  testify: forms('testify', 'testifies', 'testified'),
  brief: forms('briefed'),
  mention: forms('mention', 'mentions', 'mentioned'),
  point: forms('pointed'),
  vow: forms('vow', 'vows', 'vowed', 'vowing'),
  promise: forms('promise', 'promises', 'promised', 'promising'),
  pledge: forms('pledge', 'pledges', 'pledged'),
  urge: forms('urge', 'urges', 'urged', 'urging'),
  demand: forms('demand', 'demands', 'demanded', 'demanding'),
  plead: forms('pleaded'),
  frame: forms('framing', 'framed'),
  dub: forms('dubbed'),
  label: forms('labelled', 'labeled'),
  dismiss: forms('dismissed'),
  decry: forms('decried'),
  praise: forms('praised'),
  hail: forms('hailed'),
  criticize: forms('criticized', 'criticised'),
  condemn: forms('condemned'),
  welcome: forms('welcomed'),
  order: forms('ordered'),
  instruct: forms('instructed'),
  press: forms('pressed'),
  question: forms('questioned'),
  wonder: forms('wondered'),
  shout: forms('shouted'),
  whisper: forms('whispered'),
  cite: forms('cited'),
  quote: forms('quoted'),
  signal: forms('signaled', 'signalled'),
  detail: forms('detailed', 'details'),
  express: forms('expressed', 'expresses'),
  voice: forms('voiced'),
  recount: forms('recounted', 'recounts'),
  continue: forms('continued', 'continues'),
  read: forms('read', 'reads'),
  affirm: forms('affirm', 'affirms', 'affirmed'),
  exclaim: forms('exclaimed'),
  interject: forms('interjected'),
  retort: forms('retorted'),
  chant: forms('chant', 'chants', 'chanted', 'chanting'),
  yell: forms('yelled', 'yelling'),
  scream: forms('screamed', 'screaming'),
  cheer: forms('cheered'),
  boast: forms('boasted'),
  lament: forms('lamented'),
  muse: forms('mused'),
  bemoan: forms('bemoaned'),
  blurt: forms('blurted'),
  text: forms('texted'),
  email: forms('emailed'),
};

/** Verbs of voicing words aloud together or loudly: they give a quote its speaker but attribute no claim. */
export const VOICING_LEMMAS = new Set(['chant', 'yell', 'scream', 'cheer', 'shout', 'whisper']);

/** Verbs whose object + "to" + verb is an instruction, not a report ("told Gallant to postpone"). */
export const DIRECTIVE_LEMMAS = new Set(['tell', 'urge', 'ask', 'order', 'instruct', 'press', 'warn', 'call', 'demand', 'plead']);

/** Verbs that describe others' words (framing, describing) rather than report statements; they give a speaker for
 *  a quote but do not attribute the sentence's claim. */
export const DESCRIBING_LEMMAS = new Set(['describe', 'call', 'frame', 'dub', 'label', 'dismiss', 'decry', 'praise', 'hail', 'criticize', 'condemn', 'welcome', 'accuse', 'question', 'cite', 'quote', 'vow', 'promise', 'pledge', 'signal', 'express', 'voice']);

/** Verbs that attribute a belief or expectation, weaker than speech but still an attribution when a source is named. */
export const BELIEF_LEMMAS = new Set(['believe', 'think', 'expect']);

const VERB_FORM = new Map<string, string>();
for (const [lemma, list] of Object.entries(REPORT_VERBS)) for (const f of list) VERB_FORM.set(f, lemma);

/** The lemma of a reporting verb form, or undefined. */
export function reportLemma(word: string): string | undefined {
  return VERB_FORM.get(word.toLowerCase());
}

/** Adverbs that hedge a claim without naming a source. */
export const HEDGE_ADVERBS = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly', 'ostensibly', 'apparently', 'seemingly']);

/** Participles that, after a form of "be", hedge the claim ("is said to", "it is believed", "was reported"). */
export const HEDGE_PASSIVES = new Set(['said', 'reported', 'believed', 'thought', 'understood', 'alleged', 'rumored', 'rumoured', 'claimed', 'told', 'informed', 'described']);

export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', 'am']);

/** Heads of noun phrases that stand for unnamed sources. */
export const ANONYMOUS_HEADS = new Set([
  'person', 'people', 'source', 'sources', 'official', 'officials', 'officer', 'officers', 'aide', 'aides', 'diplomat', 'diplomats',
  'insider', 'insiders', 'individual', 'individuals', 'member', 'members', 'spokesperson', 'spokesman', 'spokeswoman',
  'adviser', 'advisers', 'advisor', 'advisors', 'staffer', 'staffers', 'employee', 'employees', 'executive', 'executives',
  'lawmaker', 'lawmakers', 'legislator', 'legislators', 'negotiator', 'negotiators', 'investigator', 'investigators',
  'resident', 'residents', 'witness', 'witnesses', 'analyst', 'analysts', 'expert', 'experts', 'critic', 'critics',
  'observer', 'observers', 'someone', 'colleague', 'colleagues', 'friend', 'friends', 'ally', 'allies', 'associate', 'associates',
  'administration', 'government', 'authorities', 'police', 'military', 'army', 'spokespeople', 'representative', 'representatives',
  'minister', 'ministers', 'leader', 'leaders', 'figure', 'figures', 'politician', 'politicians', 'commander', 'commanders',
]);

/** Sources so vague that an attribution to them still leaves the reader guessing ("sources say", "critics say"). */
export const VAGUE_HEADS = new Set(['source', 'sources', 'critics', 'observers', 'experts', 'analysts', 'some', 'many', 'others', 'people', 'reports', 'report', 'insiders', 'commentators', 'skeptics', 'sceptics', 'supporters', 'opponents']);

/** Nouns that make a source an outlet or a document ("the report said", "a statement said"). */
export const DOCUMENT_HEADS = new Set(['report', 'reports', 'statement', 'newspaper', 'paper', 'daily', 'agency', 'network', 'broadcaster', 'outlet', 'site', 'website', 'magazine', 'channel', 'station', 'tv', 'radio', 'document', 'documents', 'filing', 'letter', 'memo', 'study', 'survey', 'poll', 'data', 'figures', 'record', 'records', 'release', 'communique', 'readout', 'transcript', 'post', 'tweet', 'video', 'interview', 'briefing', 'account', 'accounts', 'media']);

/** Nouns that make a source an office or institution speaking as one. */
export const OFFICE_HEADS = new Set(['office', 'ministry', 'department', 'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'embassy', 'agency', 'cabinet', 'presidency', 'secretariat', 'council', 'committee', 'commission', 'court', 'company', 'firm', 'group', 'party', 'campaign', 'army', 'military', 'police', 'government', 'administration', 'team', 'movement', 'organization', 'organisation', 'union', 'bank', 'board', 'service', 'services', 'headquarters']);

/** Words for a role or title that precede a name ("deputy Pentagon press secretary Sabrina Singh"). */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'deputy', 'press', 'chief', 'spokesperson', 'spokesman', 'spokeswoman',
  'senator', 'sen', 'sen.', 'rep', 'rep.', 'representative', 'governor', 'gov', 'gov.', 'mayor', 'general', 'gen', 'gen.', 'colonel',
  'col', 'col.', 'admiral', 'adm', 'adm.', 'lieutenant', 'lt', 'lt.', 'major', 'captain', 'capt', 'capt.', 'sergeant', 'judge', 'justice',
  'ambassador', 'envoy', 'adviser', 'advisor', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'head', 'leader', 'king', 'queen',
  'prince', 'princess', 'sheikh', 'dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'prof', 'prof.', 'professor', 'commissioner',
  'chancellor', 'attorney', 'defense', 'defence', 'foreign', 'interior', 'finance', 'security', 'national', 'state', 'strategic', 'affairs',
  'pope', 'cardinal', 'bishop', 'rabbi', 'imam', 'speaker', 'senior', 'former', 'acting', 'assistant', 'undersecretary', 'commander',
  'coach', 'manager', 'officer', 'official', 'spokesperson', 'economist', 'analyst', 'correspondent', 'editor', 'reporter', 'journalist',
  'author', 'founder', 'executive', 'principal', 'dean', 'inspector', 'detective', 'constable', 'superintendent', 'chief', 'the', 'u.s.',
  'us', 'white', 'house', 'pentagon', 'of', 'for',
]);

/** Function words and words too common to tell claims apart. */
export const STOPWORDS = new Set(
  (
    'a an the this that these those there here it its it’s it\'s of to in on at by for from with without into onto over under about ' +
    'as than then and or but nor so yet if because while when where which who whom whose what why how all any both each few more most ' +
    'other some such no not only own same too very can could may might must shall should will would do does did done doing be is are ' +
    'was were been being have has had having i me my we us our you your he him his she her they them their also just now still even ' +
    'again already ever never up down out off once further after before during until since between against through per via among ' +
    'upon within across around toward towards amid despite however though although whether one ones n’t n\'t not ’s \'s s mr ms mrs ' +
    'said say says saying told tell added adding according reported reportedly reports report sources source official officials ' +
    'person people matter familiar year years day days week weeks time times last next first new many much several another lot ' +
    'way make made get got go went come came see saw like well back including include includes expected ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight morning evening night earlier later ' +
    'soon recent recently ago'
  ).split(/\s+/),
);

/** Irregular verb forms → lemma, for content matching (regular forms are stemmed by suffix). */
export const IRREGULAR: Record<string, string> = {
  told: 'tell', said: 'say', went: 'go', gone: 'go', met: 'meet', spoke: 'speak', spoken: 'speak', sought: 'seek', began: 'begin',
  begun: 'begin', took: 'take', taken: 'take', gave: 'give', given: 'give', made: 'make', held: 'hold', left: 'leave', led: 'lead',
  kept: 'keep', brought: 'bring', bought: 'buy', sent: 'send', built: 'build', fell: 'fall', fallen: 'fall', won: 'win', lost: 'lose',
  struck: 'strike', hit: 'hit', flew: 'fly', flown: 'fly', knew: 'know', known: 'know', saw: 'see', seen: 'see', thought: 'think',
  wrote: 'write', written: 'write', ran: 'run', came: 'come', became: 'become', felt: 'feel', found: 'find', paid: 'pay', rose: 'rise',
  risen: 'rise', chose: 'choose', chosen: 'choose', drove: 'drive', driven: 'drive', shot: 'shoot', fought: 'fight', caught: 'catch',
  taught: 'teach', sold: 'sell', stood: 'stand', understood: 'understand', withdrew: 'withdraw', withdrawn: 'withdraw', forbade: 'forbid',
  forbidden: 'forbid', broke: 'break', broken: 'break', froze: 'freeze', frozen: 'freeze', sped: 'speed', slept: 'sleep', spent: 'spend',
  meant: 'mean', heard: 'hear', hid: 'hide', hidden: 'hide', threw: 'throw', thrown: 'throw', ate: 'eat', eaten: 'eat', drew: 'draw',
  drawn: 'draw', grew: 'grow', grown: 'grow', blew: 'blow', blown: 'blow', shook: 'shake', shaken: 'shake', swore: 'swear', sworn: 'swear',
  wore: 'wear', worn: 'wear', tore: 'tear', torn: 'tear', bore: 'bear', borne: 'bear', woke: 'wake', woken: 'wake', dealt: 'deal',
  lent: 'lend', bent: 'bend', lit: 'light', fled: 'flee', fed: 'feed', bled: 'bleed', overtook: 'overtake', undertook: 'undertake',
  upheld: 'uphold', withheld: 'withhold', overran: 'overrun', oversaw: 'oversee', overseen: 'oversee',
};

/** Month and weekday names and other words that end a source phrase ("said X on Tuesday"). */
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'today', 'yesterday', 'tomorrow', 'tonight', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon',
  'evening', 'night', 'day', 'earlier', 'later', 'last', 'this', 'next',
]);

/** Pronouns that can be a speaker. */
export const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
