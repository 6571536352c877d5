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

  it('flags a quote that its paragraph gives to a speaker the references do not quote saying it', () => {
    const text = 'Brun said the board would meet again. "Without rain by June, the harvest is gone." The valley is dry.';
    const [f] = flagged(text);
    assert.ok(f, 'flagged');
    assert.equal(text.slice(f.range.start, f.range.end), '"Without rain by June, the harvest is gone."');
    assert.match(f.message, /Pieter Aalst|Aalst/);
  });

  it('does not flag a quote its paragraph gives to the speaker the references quote', () => {
    assert.deepEqual(flagged('Brun spoke on Monday. "We are asking every household to cut use by a fifth." The board meets weekly.'), []);
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

  it('takes a quote-only paragraph after a quoted speaker as that speaker going on', () => {
    assert.deepEqual(flagged('"There is nobody like her. She was one of a kind," Mayor Ada Holm said.\n\n"Everyone in this town has a story about the old ferry."'), []);
    assert.deepEqual(flagged('"The route was never profitable," his statement said.\n\n"Hopefully, this settles the matter."'), []);
    assert.deepEqual(flagged('"All this talk of a strike, right when the budget is due," Holm wrote on Twitter.\n\n"Is this a coincidence? NO!"'), []);
  });

  it('skips a photo caption between the speaker and the quote that continues them', () => {
    const text = '"The talks went well," Holm told reporters.\n\nMayor Ada Holm and board members talk outside the town hall in Lund, May 2. Photo by Kari Berg/Reuters\n\n"It allowed a dialogue, where for weeks there was none."';
    assert.deepEqual(flagged(text), []);
  });

  it('still flags a quote a paragraph away from the speaker, or after a paragraph that names none', () => {
    const far = '"The talks went well," Holm said.\n\nThe board meets again in June.\n\n"Nobody will go thirsty this summer."';
    assert.equal(flagged(far).length, 1);
    const vague = '"The talks went well," sources said.\n\n"Nobody will go thirsty this summer."';
    assert.equal(flagged(vague).length, 1);
  });

  it('flags a continuation when the references quote the speaker and their quote ends there', () => {
    // The references have Brun's words up to "forty years" and not these: nothing ties them to her.
    const [f] = flagged('"The reservoir is at its lowest level in forty years," Brun said.\n\n"The dam was closed for political reasons."');
    assert.ok(f);
    assert.match(f.message, /ends there/);
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

describe('attribution/unattributed-quote: the references\' speaker must be named to be someone else', () => {
  let engine: Engine;
  before(async () => {
    engine = await engineWithReferences({
      'gazette.txt': [
        'Mayor Lena Roth opened the meeting.',
        '“The bridge will reopen in May,” the Tromso Democrat said.',
        'Councillor Eva Lund arrived late and sat at the back of the hall.',
        '',
        '“We were never told about the cracks,” she said.',
      ].join('\n'),
    });
  });
  const flagged = (text: string) => engine.check(text).filter((f) => f.rule === 'attribution/unattributed-quote');

  it('does not call a description of the speaker ("the Tromso Democrat") someone else', () => {
    assert.deepEqual(flagged('Roth said the council would meet again. "The bridge will reopen in May." The river is high.'), []);
  });

  it('does not call a speaker the references give only as a pronoun someone else', () => {
    assert.deepEqual(flagged('Roth said the council would meet again. "We were never told about the cracks." The river is high.'), []);
  });
});
