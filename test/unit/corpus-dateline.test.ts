import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datelineOf, datesIn, findDateline } from '../../server/src/engine/corpus/dateline';

const fixtures = join(__dirname, '..', 'fixtures', 'corpus');

describe('corpus dateline', () => {
  describe('datelineOf: lines that are datelines', () => {
    const cases: [string, string][] = [
      ['9 Oct 2024 09:01', '2024-10-09'],
      ['  • 14 Mar 2023 18:45', '2023-03-14'],
      ['Published: October 8, 2024', '2024-10-08'],
      ['Updated Oct. 8, 2024 at 5:00 p.m.', '2024-10-08'],
      ['Updated Oct. 8, 2024 at 5:00 p.m. ET', '2024-10-08'],
      ['2024-10-08', '2024-10-08'],
      ['Posted on 2024-10-08T23:10:00+03:00', '2024-10-08'],
      ['Wednesday 9 October 2024 12:34 BST', '2024-10-09'],
      ['Tue, 8 Oct 2024', '2024-10-08'],
      ['Sept. 30, 2024', '2024-09-30'],
      ['1st of March, 2022', '2022-03-01'],
      ['By Jane Roe | 2024-10-08', '2024-10-08'],
      ['By Jane Roe and Ali Demir, Harbour Times · 12 May 2022', '2022-05-12'],
      ['Jane Roe, Reuters · 9 Oct 2024', '2024-10-09'],
      ['08.10.2024', '2024-10-08'],
      ['13/08/2024', '2024-08-13'],
      ['First published on 2 February 2019, last updated 4 February 2019', '2019-02-02'],
    ];
    for (const [line, date] of cases) {
      it(JSON.stringify(line), () => assert.equal(datelineOf(line)?.date, date));
    }
  });

  describe('datelineOf: lines that are not datelines', () => {
    const cases = [
      'The talks on October 8, 2024 ended without agreement.',
      'On 9 Oct 2024 the minister flew to Lima to discuss water rights with her counterpart.',
      'Officials said the vote, set for 2024-10-08, would go ahead.',
      '10/08/2024', // ambiguous day and month
      'February 30, 2024', // no such day
      'Published on Tuesday', // no date
      'Fishermen unload their catch in the port on March 13, 2023.',
    ];
    for (const line of cases) {
      it(JSON.stringify(line), () => assert.equal(datelineOf(line), undefined));
    }
  });

  it('ranks a labelled publication date above a bare date and an update', () => {
    assert.ok(datelineOf('Published: 8 Oct 2024')!.rank > datelineOf('8 Oct 2024')!.rank);
    assert.ok(datelineOf('8 Oct 2024')!.rank > datelineOf('Updated 8 Oct 2024')!.rank);
  });

  it('finds every date in a line with its position', () => {
    const line = 'Published 8 Oct 2024, updated 2024-10-09';
    const found = datesIn(line);
    assert.deepEqual(
      found.map((d) => d.date),
      ['2024-10-08', '2024-10-09'],
    );
    assert.equal(line.slice(found[0].index, found[0].index + found[0].length), '8 Oct 2024');
  });

  describe('findDateline', () => {
    it('reads the byline date of a scraped page', () => {
      assert.equal(findDateline(readFileSync(join(fixtures, 'scraped-page.txt'), 'utf8')), '2023-03-14');
    });

    it('prefers "Published" to an earlier bare date and to "Updated"', () => {
      const text = ['Saturday 20 April 2024', 'Updated: 19 April 2024 10:00', 'Floods close the mountain pass', 'Published: 18 April 2024', 'Rain fell for a third day.'].join('\n');
      assert.equal(findDateline(text), '2024-04-18');
    });

    it('takes an "Updated" date when it is the only one', () => {
      assert.equal(findDateline('Storm closes port\nUpdated Oct. 8, 2024 at 5:00 p.m.\nThe port closed on Monday.'), '2024-10-08');
    });

    it('ignores dates mentioned inside the story', () => {
      const text = 'Storm closes port\nThe port closed on 8 October 2024, officials said, and will reopen on 12 October 2024.\nShips waited in the bay.';
      assert.equal(findDateline(text), undefined);
    });

    it('looks only at the top of the article', () => {
      const body = Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1} of the story says something about the harbour.`);
      assert.equal(findDateline([...body, '14 Nov 2025'].join('\n')), undefined);
      assert.equal(findDateline(['14 Nov 2025', ...body].join('\n')), '2025-11-14');
    });

    it('does not count navigation stubs and blank lines towards the window', () => {
      const nav = Array.from({ length: 60 }, (_, i) => (i % 2 ? '' : `  • Section${i}`));
      assert.equal(findDateline([...nav, 'Headline of the story here', '• 3 Jan 2021 08:00', 'Text.'].join('\n')), '2021-01-03');
    });

    it('returns undefined for empty text', () => {
      assert.equal(findDateline(''), undefined);
    });
  });
});
