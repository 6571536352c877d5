// Synthetic newsroom text for the benchmark: invented people, outlets and events, deterministic per seed.

const FIRST = ['Maria', 'Tomas', 'Karl', 'Olga', 'Petra', 'Johan', 'Amira', 'Daniel', 'Lena', 'Rafael', 'Ines', 'Viktor', 'Nadia', 'Oskar', 'Selin', 'Hugo'];
const LAST = ['Lindqvist', 'Berg', 'Hedlund', 'Virtanen', 'Sundin', 'Ekberg', 'Haddad', 'Moreau', 'Kowalski', 'Ortega', 'Nakamura', 'Petrov', 'Okafor', 'Brandt', 'Demir', 'Castell'];
const TITLES = ['Foreign Minister', 'Defense Minister', 'Finance Minister', 'Interior Minister', 'Prime Minister', 'Trade Minister', 'Health Minister', 'President'];
const PLACES = ['Valdoria', 'Harnsund', 'Kestria', 'Borvala', 'Ostmark', 'Lurenia', 'Tavros', 'Meridia'];
const ORGS = ['Nordbank', 'the Coastal Alliance', 'the Harbour Authority', 'the Grain Council', 'Meridia Energy', 'the Border Commission'];
const OUTLETS = ['Nordic Wire', 'Harbour Post', 'Evening Ledger', 'The Meridian', 'Coastal Times', 'Daily Compass'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const EVENTS = ['visit', 'call', 'meeting', 'vote', 'summit', 'strike'];

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface Person {
  name: string;
  title: string;
}

export function cast(seed: number, n = 24): Person[] {
  const r = rng(seed);
  const people: Person[] = [];
  for (let i = 0; i < n; i++) {
    people.push({ name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7 + Math.floor(r() * 3)) % LAST.length]}`, title: TITLES[i % TITLES.length] });
  }
  return people;
}

const pick = <T>(r: () => number, list: T[]): T => list[Math.floor(r() * list.length)];
const surname = (p: Person) => p.name.split(' ').pop()!;

/** One sentence of wire copy. `salt` makes sentences unique so caches cannot hide the work. */
function sentence(r: () => number, people: Person[], salt: string): string {
  const p = pick(r, people);
  const q = pick(r, people);
  const place = pick(r, PLACES);
  const day = pick(r, DAYS);
  const templates = [
    () => `${p.title} ${p.name} said on ${day} that talks with ${place} would resume ${salt}.`,
    () => `"We will not accept a deal that leaves ${place} exposed," ${surname(p)} told reporters ${salt}.`,
    () => `${pick(r, ORGS)} said it had raised ${Math.floor(r() * 900) + 100} million for the ${pick(r, EVENTS)} ${salt}, according to ${q.title} ${q.name}.`,
    () => `The ${pick(r, EVENTS)} between ${surname(p)} and ${surname(q)} is expected on ${day} in ${place} ${salt}.`,
    () => `${surname(p)} and ${q.title} ${surname(q)} met in ${place} on October ${1 + Math.floor(r() * 27)} ${salt}, a person familiar with the matter said.`,
    () => `Officials in ${place} reportedly asked for more time ${salt}, and ${pick(r, ORGS)} declined to comment.`,
  ];
  return pick(r, templates)();
}

/** A Markdown draft of about `words` words. */
export function draft(seed: number, people: Person[], words = 2000, published = '2024-10-09'): string {
  const r = rng(seed);
  const paragraphs: string[] = [];
  let count = 0;
  let n = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let i = 0; i < 3; i++) {
      const s = sentence(r, people, `in round ${seed}-${n++}`);
      sentences.push(s);
      count += s.split(/\s+/).length;
    }
    paragraphs.push(sentences.join(' '));
  }
  return `---\ntitle: Generated draft ${seed}\npublished: ${published}\n---\n\n# Talks resume in ${pick(r, PLACES)}\n\n${paragraphs.join('\n\n')}\n`;
}

/** A scraped-style reference article (one paragraph per line) and its sidecar entry. */
export function reference(seed: number, people: Person[], words = 700): { text: string; outlet: string; published: string } {
  const r = rng(seed * 31 + 7);
  const lines: string[] = [];
  let count = 0;
  let n = 0;
  while (count < words) {
    const s = sentence(r, people, `as of report ${seed}-${n++}`);
    lines.push(s);
    count += s.split(/\s+/).length;
  }
  return { text: lines.join('\n') + '\n', outlet: pick(r, OUTLETS), published: `2024-10-0${1 + Math.floor(r() * 9)}` };
}
