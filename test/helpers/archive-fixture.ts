// A small invented newsroom archive, written to a temp folder: two stories in one week, an older
// story with the same people (outside the date window), and unrelated filler.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ArchiveFixture {
  dir: string;
  /** Folder of articles (with references.json sidecars). */
  articles: string;
  /** Paths by story. */
  stories: Record<'harbour' | 'bridge' | 'oldHarbour' | 'filler', string[]>;
  cleanup(): void;
}

const HARBOUR = [
  {
    file: 'harbour-wire.txt',
    outlet: 'Kelmar Wire',
    published: '2025-03-10',
    text: `Eastport reopens harbour talks

EASTPORT — Trade Minister Ilse Varga met Foreign Minister Pavel Korhonen of Ostland in Eastport on Monday to restart talks on the shared harbour, officials said.

Varga told reporters that the two sides had agreed on an outline for fishing quotas and port fees.

Korhonen said the harbour commission would meet again within a month, and the Eastport dockworkers union welcomed the talks.
`,
  },
  {
    file: 'harbour-ledger.txt',
    outlet: 'Evening Ledger',
    published: '2025-03-11',
    text: `Varga and Korhonen agree outline on Eastport harbour

Trade Minister Ilse Varga said on Monday that customs checks at the Eastport harbour would be simplified from the summer.

Foreign Minister Pavel Korhonen called the outline on fishing quotas a fair basis for a harbour treaty.
`,
  },
  {
    file: 'harbour-post.md',
    outlet: undefined,
    published: undefined,
    text: `---
outlet: Harbour Post
published: 2025-03-12
title: Dockworkers welcome Eastport talks
---

The Eastport dockworkers union welcomed the harbour talks between Ilse Varga and Pavel Korhonen.

Varga, the trade minister, promised that port fees would not rise this year.
`,
  },
];

const BRIDGE = [
  {
    file: 'bridge-wire.txt',
    outlet: 'Kelmar Wire',
    published: '2025-03-11',
    text: `Dunmore bridge closed after storm

DUNMORE — Mayor Aleksander Roos closed the Dunmore river bridge on Tuesday after a storm damaged two of its pillars, the city council said.

Roos said engineers from Brightwater Engineering would inspect the pillars before any repair work.
`,
  },
  {
    file: 'bridge-ledger.txt',
    outlet: 'Evening Ledger',
    published: '2025-03-12',
    text: `Dunmore bridge to stay shut for weeks

Mayor Aleksander Roos said the Dunmore river bridge would stay closed for at least three weeks while Brightwater Engineering inspects the damaged pillars.
`,
  },
];

const OLD_HARBOUR = {
  file: 'harbour-2024.txt',
  outlet: 'Kelmar Wire',
  published: '2024-01-08',
  text: `Eastport harbour talks collapse

Trade Minister Ilse Varga and Foreign Minister Pavel Korhonen ended the Eastport harbour talks without an outline on fishing quotas, officials said.
`,
};

const FILLER_TOPICS = ['orchard', 'library', 'ferry', 'festival', 'museum', 'stadium'];
const FILLER_PEOPLE = ['Noor Halvorsen', 'Jasper Quill', 'Tamsin Reyes', 'Odile Marchetti', 'Bruno Castellan', 'Wren Adeyemi'];

/** A draft from the harbour story with a planted title error (Varga is the trade minister in every article). */
export const HARBOUR_DRAFT = `---
title: Harbour talks
published: 2025-03-12
---

# Harbour talks resume in Eastport

Finance Minister Ilse Varga said customs checks at the Eastport harbour would be simplified from the summer.

Foreign Minister Pavel Korhonen called the outline on fishing quotas a fair basis for a harbour treaty.
`;

/** A draft about nothing in the archive. */
export const UNRELATED_DRAFT = `---
published: 2025-03-12
---

# Rowing club wins regatta

Coach Margit Sandvik said the Lakeside rowing club had trained all winter for the regatta.
`;

export function makeArchiveFixture(): ArchiveFixture {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-archive-'));
  const articles = join(dir, 'articles');
  const stories: ArchiveFixture['stories'] = { harbour: [], bridge: [], oldHarbour: [], filler: [] };
  const write = (folder: string, list: { file: string; outlet?: string; published?: string; text: string }[], key: keyof ArchiveFixture['stories']) => {
    const at = join(articles, folder);
    mkdirSync(at, { recursive: true });
    const sidecar = list.filter((a) => a.outlet).map((a) => ({ file: a.file, outlet: a.outlet, published: a.published }));
    writeFileSync(join(at, 'references.json'), JSON.stringify(sidecar, null, 2));
    for (const a of list) {
      writeFileSync(join(at, a.file), a.text);
      stories[key].push(join(at, a.file));
    }
  };
  write('2025-03-harbour', HARBOUR, 'harbour');
  write('2025-03-bridge', BRIDGE, 'bridge');
  write('2024-01-harbour', [OLD_HARBOUR], 'oldHarbour');
  write(
    'filler',
    FILLER_TOPICS.map((topic, i) => ({
      file: `${topic}.txt`,
      outlet: 'Coastal Times',
      published: `2025-03-${String(8 + i).padStart(2, '0')}`,
      text: `The new ${topic} opens in Westvale\n\n${FILLER_PEOPLE[i]} said the ${topic} in Westvale would open on Saturday, the town council said.\n`,
    })),
    'filler',
  );
  return { dir, articles, stories, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
