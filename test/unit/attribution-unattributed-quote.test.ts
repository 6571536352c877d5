// attribution/unattributed-quote: which quotes lack a speaker, and what the references say about them.
import { strict as assert } from 'node:assert';
import { engineWithReferences } from '../helpers/memory-host';
import { applyEdits } from '../../server/src/engine/fixes';
import { sameSpeaker } from '../../server/src/engine/checks/attribution/unattributed-quote';
import type { Engine } from '../../server/src/engine/index';

const refs = {
  'wire.txt': [
    '“The reservoir is at its lowest level in forty years,” water board chair Odile Brun said on Monday.',
    '“We are asking every household to cut use by a fifth,” she added.',
    'A farmer in the valley, Pieter Aalst, said: “Without rain by June, the harvest is gone.”',
  ].join('\n'),
};

describe('attribution/unattributed-quote', () => {
  let engine: Engine;
  before(async () => {
    engine = await engineWithReferences(refs);
  });
  const flagged = (text: string) => engine.check(text).filter((f) => f.rule === 'attribution/unattributed-quote');

  it('flags a quote with no speaker anywhere, with no fix when the references lack it', () => {
    const text = 'Rain is forecast for Friday.\n\n"Nobody will go thirsty this summer."';
    const [f] = flagged(text);
    assert.equal(text.slice(f.range.start, f.range.end), '"Nobody will go thirsty this summer."');
    assert.deepEqual(f.fixes, []);
  });

  it('offers the speaker the references give, in the draft style', () => {
    const text = 'The board met on Monday.\n\n"We are asking every household to cut use by a fifth."';
    const [f] = flagged(text);
    assert.ok(f);
    assert.match(f.message, /Odile Brun|Brun/);
    assert.equal(applyEdits(text, f.fixes[0].edits).text, 'The board met on Monday.\n\n"We are asking every household to cut use by a fifth," Odile Brun said.');
  });

  it('flags a quote-only paragraph the references give to someone other than the speaker before it', () => {
    const text = '"The reservoir is at its lowest level in forty years," Brun said.\n\n"Without rain by June, the harvest is gone."';
    const [f] = flagged(text);
    assert.ok(f, 'reads as Brun\'s, but the references give it to Pieter Aalst');
    assert.match(f.message, /Pieter Aalst/);
  });

  it('accepts a quote-only paragraph the references give to the speaker before it', () => {
    assert.deepEqual(flagged('"The reservoir is at its lowest level in forty years," Brun said.\n\n"We are asking every household to cut use by a fifth."'), []);
  });

  it('leaves headlines, scare quotes and short partial quotes alone', () => {
    assert.deepEqual(flagged('# "Nobody will go thirsty," board says\n\nThe valley called it a "dry spell" and the board a "serious shortage."'), []);
  });

  it('compares speakers by name or by head noun', () => {
    assert.ok(sameSpeaker('water board chair Odile Brun', 'Brun'));
    assert.ok(sameSpeaker('a US official', 'US officials with knowledge of the matter'));
    assert.ok(sameSpeaker('she', 'Pieter Aalst'), 'an unresolved pronoun could be anyone');
    assert.ok(!sameSpeaker('Brun', 'Pieter Aalst'));
    assert.ok(!sameSpeaker('Sullivan', 'One US official'));
  });
});
