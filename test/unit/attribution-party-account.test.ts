// attribution/unattributed-claim (issue 10): a party's own account ("he told investigators …", "she admitted …")
// that the references have only from a third source (an unnamed official, a court filing). Invented text.
import { strict as assert } from 'node:assert';
import { engineWithReferences } from '../helpers/memory-host';
import type { Engine } from '../../server/src/engine/index';

const refs = {
  'ledger.txt': [
    'Varga told detectives he had set the warehouse fire to collect the insurance money, according to one of the officials.',
    'After her arrest, Nyström admitted to the break-ins and said she had sold the stolen paintings in Riga, according to a court filing.',
    'Varga denied any part in the second fire at the depot, a senior police official said.',
    'Mayor Ilse Kron said the warehouse district would be rebuilt within two years.',
    'Officials said Halvorsen told them he had hidden the trawler in a fjord near Alta for three weeks.',
  ].join('\n'),
};

describe('attribution/unattributed-claim: a party\'s account the references have from a third source', () => {
  let engine: Engine;
  before(async () => {
    engine = await engineWithReferences(refs);
  });
  const claims = (text: string) => engine.check(text).filter((f) => f.rule === 'attribution/unattributed-claim').map((f) => text.slice(f.range.start, f.range.end));

  it('flags "X told detectives …" that the references have only from an unnamed official', () => {
    const text = 'Varga told detectives that he had set the warehouse fire to collect the insurance money.';
    assert.deepEqual(claims(text), [text]);
  });

  it('flags "X admitted … and said …" that the references have from a court filing', () => {
    const text = 'Nyström admitted to the break-ins and said she had sold the stolen paintings in Riga.';
    assert.deepEqual(claims(text), [text]);
  });

  it('does not flag it when the paragraph gives the third source', () => {
    assert.deepEqual(claims('Two officials described the interviews. Varga told detectives that he had set the warehouse fire to collect the insurance money.'), []);
  });

  it('does not flag a denial, which a party makes in public', () => {
    assert.deepEqual(claims('Varga denied any part in the second fire at the depot.'), []);
  });

  it('does not take "the mayor" earlier in the paragraph as the unnamed official', () => {
    const text = 'The district will be rebuilt, the mayor said. Varga told detectives that he had set the warehouse fire to collect the insurance money.';
    assert.deepEqual(claims(text), ['Varga told detectives that he had set the warehouse fire to collect the insurance money.']);
  });

  it('reads a report inside the complement as part of the claim ("Officials said X told them …")', () => {
    const text = 'Halvorsen told detectives he had hidden the trawler in a fjord near Alta for three weeks.';
    assert.deepEqual(claims(text), [text]);
  });
});
