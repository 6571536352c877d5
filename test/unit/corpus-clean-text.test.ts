import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyLines, maskClutter } from '../../server/src/engine/corpus/clean-text';

const fixtures = join(__dirname, '..', 'fixtures', 'corpus');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');

/** The lines of the masked text that still have content, trimmed. */
function keptLines(raw: string): string[] {
  return maskClutter(raw)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Masking only turns characters into spaces and keeps line breaks where they were. */
function assertSameOffsets(raw: string, masked: string): void {
  assert.equal(masked.length, raw.length);
  for (let i = 0; i < raw.length; i++) {
    if (masked[i] === raw[i]) continue;
    assert.equal(masked[i], ' ', `offset ${i}: ${JSON.stringify(raw[i])} became ${JSON.stringify(masked[i])}`);
    assert.notEqual(raw[i], '\n', `line break at ${i} was masked`);
  }
}

const P1 = 'The regional council approved the new flood barrier on Monday after two years of debate, its chairman said.';
const P2 = 'Work on the barrier is expected to start in the spring and to last at least eighteen months, engineers said.';

/** Whether `line` survives when it stands between two article paragraphs. */
function survivesInBody(line: string): boolean {
  const raw = `${P1}\n\n${line}\n\n${P2}\n`;
  const masked = maskClutter(raw);
  assertSameOffsets(raw, masked);
  const start = raw.indexOf(line);
  return masked.slice(start, start + line.length) === line;
}

describe('corpus maskClutter', () => {
  describe('scraped page fixture', () => {
    const raw = read('scraped-page.txt');
    const masked = maskClutter(raw);

    it('keeps the raw length, every line break and every kept character at its offset', () => {
      assertSameOffsets(raw, masked);
      assert.equal(masked.split('\n').length, raw.split('\n').length);
    });

    it('keeps exactly the headline, the standfirst, the article paragraphs and its sub-heading', () => {
      assert.deepEqual(keptLines(raw), [
        'Chilean water minister cancels Lima trip after president objects',
        "Rosa Quispe's visit to Lima, planned for Thursday, was meant to settle a dispute over the shared Caplina aquifer.",
        'Chilean Water Minister Rosa Quispe called off her trip to Lima on Tuesday after President Tomás Ibarra told her the cabinet had not approved it, Radio Pacífico reported.',
        'The minister had been due to meet her Peruvian counterpart, Héctor Salinas, on Thursday to discuss extraction limits on the aquifer.',
        '"There is no point in travelling before the cabinet agrees on a position," a spokesperson for the president said.',
        'Officials in Santiago said Quispe had informed the presidency of the trip ten days earlier, but the cabinet never put it on its agenda.',
        "Peru's foreign ministry said on Wednesday that it regretted the postponement and hoped the talks would take place before the end of the month.",
        'What comes next',
        'The two governments are expected to exchange written proposals on the aquifer in April, according to a diplomat familiar with the talks.',
      ]);
    });

    it('says why each clutter line goes', () => {
      const reason = (text: string) => classifyLines(raw).find((v) => v.text.trim() === text)?.masked;
      const cases: [string, string][] = [
        ['BREAKING', 'ticker'],
        ['Union leader: Negotiations with the port authority will resume on Monday', 'ticker'],
        ['• By Courier Staff', 'furniture'],
        ['• 14 Mar 2023 18:45', 'furniture'],
        ['4 Min Read', 'furniture'],
        ['Water Minister Rosa Quispe speaks to reporters in Santiago on Feb. 2, 2023. (AFP via Getty Images)', 'caption'],
        ['Farmers in Arica protest against new irrigation quotas', 'section'],
        ['Read more: Drought pushes Chile to ration water in 40 towns', 'furniture'],
        ['• Caplina aquifer', 'bullet'],
        ['The Andes Courier', 'repeated'],
        ['The Andes Courier is an independent news site based in Valparaíso.', 'section'],
      ];
      for (const [text, why] of cases) assert.equal(reason(text), why, text);
    });

    it('masks everything after "Most Read"', () => {
      const lines = masked.split('\n');
      const at = raw.split('\n').findIndex((l) => l.trim() === 'Most Read');
      assert.ok(at > 0);
      assert.deepEqual(lines.slice(at).filter((l) => l.trim()), []);
    });
  });

  it('masks a newsletter banner, share stubs and an app banner around a clean article', () => {
    const raw = read('plain-article.txt');
    assertSameOffsets(raw, maskClutter(raw));
    const kept = keptLines(raw);
    assert.equal(kept.length, 5);
    assert.ok(kept[0].startsWith("Norway's fisheries minister"));
    assert.ok(kept[4].startsWith('By Tuesday evening, no new date'));
  });

  describe('lines between two article paragraphs', () => {
    const kept = [
      'More than 200 people were evacuated from the valley, officials said.',
      'By Tuesday evening, the river had risen by two metres.',
      'The copyright dispute reached the supreme court in May.',
      'The app, which was downloaded a million times, failed on Android phones last week.',
      'Join the protest, the union urged its members.',
      'Why it matters',
      'What the engineers found in the riverbed',
      'The minister addressed the council by video link (via a satellite connection).',
      'Winds reached 120 km/h near the coast (75 mph).',
      'Source documents seen by the newspaper show the contract was signed in March.',
      'Read the statement below: “We will not stop the work.”',
      '“No,” she said.',
      'The vote took place on 8 October 2024 in the old town hall.',
      '• The council will borrow 40 million euros to pay for the barrier.',
    ];
    for (const line of kept) it(`keeps ${JSON.stringify(line)}`, () => assert.ok(survivesInBody(line)));

    const masked = [
      'By Jane Roe and John Doe | Reuters',
      'Source: Reuters',
      'Photo: Ana Lima',
      '5 min read',
      'Published: October 8, 2024',
      'Updated 3 hours ago',
      '© 2024 The Northern Gazette',
      'Copyright The Northern Gazette 2024',
      'Download our app',
      'Sign up for our newsletter',
      'Read more: Floods close mountain pass',
      'READ MORE: Floods close mountain pass',
      'Also read: Engineers warn of landslides',
      'Home > World > Europe',
      'Share',
      'Advertisement',
      'Listen to this article',
      'A man walks past a flooded shop in Porto. (Reuters/Ana Lima)',
      'The flooded square in the old town on Sunday. (Photo courtesy of the council)',
      '#floods #barrier',
      'Click here to see the map',
      '2 Comments',
      '• Flood defences',
    ];
    for (const line of masked) it(`masks ${JSON.stringify(line)}`, () => assert.ok(!survivesInBody(line)));
  });

  it('masks a BREAKING ticker up to the blank line, but not the article after it', () => {
    const raw = `BREAKING\nCoast guard: Two fishing boats missing off the northern cape\nMayor says schools will reopen on Thursday.\n\nHeadline about the flood barrier vote\n\n${P1}\n\n${P2}\n`;
    assert.deepEqual(keptLines(raw), ['Headline about the flood barrier vote', P1, P2]);
  });

  it('ends a ticker without a blank line at the first line that reads like an article paragraph', () => {
    const long = `${P1} The vote was 31 to 12, with three members absent, and the opposition said it would appeal.`;
    const raw = `BREAKING\nCoast guard: Two fishing boats missing off the northern cape\nPort closed after storm\n${long}\n${P2}`;
    assert.deepEqual(keptLines(raw), [long, P2]);
  });

  it('resumes the article after a teaser block in the middle', () => {
    const raw = `${P1}\n\nRelated Articles\n\nRiver levels fall across the north\n\nA new bridge for the old harbour\n\n${P2}\n`;
    assert.deepEqual(keptLines(raw), [P1, P2]);
  });

  it('keeps the article when a "Most Read" box comes before it', () => {
    const p3 = 'Opponents of the barrier said they would take the decision to court, arguing that it would harm the estuary.';
    const raw = `Most Read\n\nStorm closes the coast road for a week\n\nPrices of bread rise again\n\n${P1}\n\n${P2}\n\n${p3}\n`;
    assert.deepEqual(keptLines(raw), [P1, P2, p3]);
  });

  it('keeps one copy of a repeated headline and drops a repeated caption', () => {
    const caption = 'Workers inspect the old dyke near the harbour on Friday.';
    const raw = `Council approves flood barrier\n\nCouncil approves flood barrier\n\n${caption}\n${caption}\n\n${P1}\n\n${P2}`;
    assert.deepEqual(keptLines(raw), ['Council approves flood barrier', P1, P2]);
  });

  it('masks the same short label repeated across the page (the outlet name in header and footer)', () => {
    const raw = `The Harbour Times\n\n${P1}\n\n${P2}\n\nThe Harbour Times\n`;
    assert.deepEqual(keptLines(raw), [P1, P2]);
  });

  it('masks short menus, one-word labels and title-like lines outside the body', () => {
    const raw = `Weather\nSport\nCulture\nLocal politics news\nSlogan\n\nCouncil approves flood barrier\n\n${P1}\n\n${P2}\n\nThanks for reading the Harbour Times today\n`;
    assert.deepEqual(keptLines(raw), ['Council approves flood barrier', P1, P2]);
  });

  it('keeps CRLF line endings and returns clean text unchanged', () => {
    const raw = `Council approves flood barrier\r\n${P1}\r\nShare\r\n${P2}\r\n`;
    const masked = maskClutter(raw);
    assertSameOffsets(raw, masked);
    assert.equal(masked, raw.replace('Share', '     '));
    const clean = `${P1}\n${P2}`;
    assert.equal(maskClutter(clean), clean);
    assert.equal(maskClutter(''), '');
  });

  it('masks lines with astral characters without changing the length', () => {
    const raw = `Share 😀\n${P1}\n${P2}`;
    const masked = maskClutter(raw);
    assertSameOffsets(raw, masked);
    assert.ok(masked.startsWith('        \n'));
  });
});
