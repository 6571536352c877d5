// One slip, one finding: a number changed inside a quote is reported by quotes/misquote only.
import { strict as assert } from 'node:assert';
import { engineWithReferences } from '../helpers/memory-host';

const refs = {
  'wire.txt': '---\noutlet: Harbour Wire\npublished: 2025-06-11\n---\n“We will build 40 new berths at the Kessel quay by next summer,” harbour master Aino Laine said on Tuesday.\n',
};

describe('a figure changed inside a quote', () => {
  it('is reported once, as a misquote, and still as a figure when the quotes check is off', async () => {
    const engine = await engineWithReferences(refs);
    const text = '---\npublished: 2025-06-12\n---\n\n“We will build 14 new berths at the Kessel quay by next summer,” harbour master Aino Laine said on Tuesday.\n';
    assert.deepEqual(engine.check(text).map((f) => f.rule), ['quotes/misquote']);
    assert.deepEqual(engine.check(text, { levels: { quotes: 'off' } }).map((f) => f.rule), ['numbers/figure-mismatch']);
  });
});
