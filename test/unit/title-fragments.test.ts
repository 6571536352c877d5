// names/title-mismatch on the title shapes real copy uses that are not contradictions: a title cut out of a
// longer department name, a seat qualified by its state, a member's post beside the seat, an interim holder.
// Each case was a false finding on professional copy before; the planted contradictions still fire.
import { strict as assert } from 'node:assert';
import type { Engine } from '../../server/src/engine/index';
import { engineWithReferences } from '../helpers/memory-host';

const refs = {
  'references.json': JSON.stringify([
    { file: 'a.txt', outlet: 'Valley Courier', published: '2025-03-04' },
    { file: 'b.txt', outlet: 'Coast Gazette', published: '2025-03-05' },
  ]),
  'a.txt':
    'Bureau Director Anders Holm testified on Tuesday.\n\n' +
    'Northland Sen. Petra Sjoberg said the bill would pass. Republican Rep. Ola Nystrom disagreed.\n\n' +
    'U.S. Housing and Rural Affairs Secretary Lena Dahl toured the site.\n\n' +
    'Department of Coastal Security Secretary Eva Lund spoke later.\n\n' +
    'Defense Minister Jonas Brandt was in Brussels.',
  'b.txt':
    'Bureau Director Anders Holm answered questions.\n\nSen. Petra Sjoberg voted yes. Rep. Ola Nystrom voted no.\n\n' +
    'Dahl said the money would come.\n\nDefense Minister Jonas Brandt returned home.',
};

const draft = (body: string) => `---\npublished: 2025-03-06\n---\n${body}\n`;

function titleFindings(engine: Engine, body: string): string[] {
  const text = draft(body);
  return engine
    .check(text)
    .filter((f) => f.rule === 'names/title-mismatch')
    .map((f) => text.slice(f.range.start, f.range.end));
}

describe('names/title-mismatch: title fragments, seats and posts', () => {
  let engine: Engine;
  before(async () => {
    engine = await engineWithReferences(refs);
  });

  const cases: [string, string, string | null][] = [
    ['a title cut from a longer agency name in the draft', 'Federal Bureau of Inquiry Director Anders Holm spoke.', null],
    ['a state before a seat ("Northland Sen." and "Sen.")', 'Northland Sen. Petra Sjoberg spoke.', null],
    ['an interim holder of the seat', 'Interim Sen. Petra Sjoberg spoke.', null],
    ["a member's committee post beside the seat", 'Committee Chairman Rep. Ola Nystrom spoke.', null],
    ['the short name of a department the references spell out', 'Housing Secretary Lena Dahl spoke.', null],
    ['"Department of … Secretary" read as the portfolio', 'Coastal Security Secretary Eva Lund spoke.', null],
    ['another portfolio of the same office', 'Interior Minister Jonas Brandt spoke.', 'Interior Minister'],
    ['another seat', 'Rep. Petra Sjoberg spoke.', 'Rep.'],
    ['another portfolio than "Department of … Secretary" gives', 'Finance Secretary Eva Lund spoke.', 'Finance Secretary'],
  ];
  for (const [name, body, expected] of cases) {
    it(`${expected ? 'flags' : 'accepts'} ${name}`, () => {
      assert.deepEqual(titleFindings(engine, body), expected ? [expected] : []);
    });
  }
});
