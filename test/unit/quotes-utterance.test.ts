// quotes/misquote on the patterns real copy showed: a draft quote is compared only with a reference
// quote of the same utterance (same speaker, most content words in order); style, elisions, partial
// quotes, different renderings and wordings the references disagree on are not misquotes; a changed
// number, negation or noun is; posts a reference reproduces without quotation marks count as quotes.
// All text invented.
import { strict as assert } from 'node:assert';
import { engineWithReferences } from '../helpers/memory-host';
import { applyEdits } from '../../server/src/engine/fixes';
import { quoteTokens } from '../../server/src/engine/quotes/tokens';
import { classify } from '../../server/src/engine/quotes/compare';
import { differentSpeakers } from '../../server/src/engine/quotes/speakers';
import type { Engine } from '../../server/src/engine/index';
import type { Finding } from '../../server/src/engine/types';

const refs = {
  'gazette.txt': [
    '“We will protect every fishing job in the north,” Minister Aino Laine said on Monday.',
    '“We will cut every fishing subsidy in the north,” opposition leader Tomas Berg said.',
    '“It is beyond doubt that the quota was fair,” Berg added.',
    '“The city’s future and the cartel’s retreat are linked — we are sure of it,” Laine said.',
    '“Will it be the harbour board … or is it going to be the people of this town who decide?” Berg asked.',
    '“We regret that a purely local dispute has been politicised and has darkened the general mood of our talks,” the consul said.',
    '“We will build 40 new berths by next summer,” Laine said.',
    '“We will not raise harbour fees this year, whatever the council decides,” Laine said.',
    '“The talks will resume in the spring, once the ice has gone,” the envoy Mara Olsen said.',
    'The port director Ivo Dahl runs the ferries to Kallby.',
    '“The president is trying once again to corrupt the election for his own political benefit, and we will not stand for it,” Berg said.',
    '“There is no way in the world the ferry should have been going that fast into the narrows,” Dahl said.',
  ].join('\n'),
  'ledger.txt': [
    '“The talks will resume in the autumn, once the ice has gone,” Olsen said.',
    // A shorter quote of the same words, exact where it overlaps, must not hide a change elsewhere.
    'Laine promised the berths “by next summer, come what may.”',
    'Dahl said: “The ferries to Kallbi will keep running all through the storm season.” Kallby has three piers.',
    // A quote that stops short of the last word says nothing about it.
    'Dahl said there was “no way in the world the ferry should have been going that fast” into the narrows.',
    'In a series of posts, Laine wrote:',
    '',
    'The harbour will reopen on 12 May and every berth will be free for the first month of the season.',
    '',
    'The ferry timetable will not change this winter, whatever the unions say. https://t.co/x1y2 — Aino Laine (@ainolaine) March 3, 2025',
  ].join('\n'),
};

describe('quotes/misquote: same utterance only', () => {
  let engine: Engine;
  before(async () => {
    engine = await engineWithReferences(refs);
  });
  const misquotes = (text: string): Finding[] => engine.check(text).filter((f) => f.rule === 'quotes/misquote');
  const none = (text: string) => assert.deepEqual(misquotes(text).map((f) => f.message), []);

  describe('another speaker, or a few shared words, is another utterance', () => {
    it('does not compare a quote with a quote by someone else', () => {
      none('"We will protect every fishing job in the south," Berg said.');
    });
    it('compares it with the same speaker’s quote', () => {
      const [f] = misquotes('"We will protect every fishing job in the south," Laine said.');
      assert.ok(f);
      assert.match(f.message, /"north", not "south"/);
    });
    it('does not take three shared words for the same quote', () => {
      none('"It is lawful," Berg said.');
      none('"It is beyond doubt that the vote was rigged," Berg said.');
    });
  });

  describe('style is not a misquote', () => {
    it('ignores apostrophe style, dashes and contractions', () => {
      none('"The city\'s future and the cartel\' retreat are linked -- we\'re sure of it," Laine said.');
    });
    it('ignores the editor’s bracketed and parenthesised insertions', () => {
      none('"We will build 40 new berths [in the port] by next summer," Laine said.');
      none('"We (the government) will build 40 new berths by next summer," Laine said.');
    });
    it('ignores case and punctuation', () => {
      none('"we will build 40 new berths. by next summer!" Laine said.');
    });
  });

  describe('partial quotes and elisions', () => {
    it('accepts a partial quote', () => {
      none('Laine said the ministry would "not raise harbour fees this year."');
    });
    it('accepts the words a reference left out with an ellipsis', () => {
      none('"Will it be the harbour board, the shipping lobby, or is it going to be the people of this town who decide?" Berg asked.');
    });
  });

  describe('a different rendering is not a misquote', () => {
    it('does not flag a translation that differs in several words', () => {
      none('"We regret that the purely local dispute has been politicised and has marred the entire mood of talks," the consul said.');
    });
    it('does not flag words moved around', () => {
      none('"The president is trying to corrupt, once again, the election for his own political benefit, and we will not stand for it," Berg said.');
    });
  });

  describe('speakers written with a slip', () => {
    it('tells a doubled letter from another short name', () => {
      assert.equal(differentSpeakers('George Pirro', 'Piro'), false);
      assert.equal(differentSpeakers('Harry Reid', 'Reed'), true);
      assert.equal(differentSpeakers('Sumwald', 'Robert Sumwalt'), false);
    });
  });

  describe('a changed number, negation or word is', () => {
    it('flags a changed number and restores it', () => {
      const text = '"We will build 14 new berths by next summer," Laine said.';
      const [f] = misquotes(text);
      assert.ok(f);
      assert.match(f.message, /"40", not "14"/);
      assert.ok(f.fixes[0].safe);
      assert.equal(applyEdits(text, f.fixes[0].edits).text, '"We will build 40 new berths by next summer," Laine said.');
      assert.ok(f.confidence! >= 0.8, `confidence ${f.confidence}`);
    });
    it('flags a dropped negation', () => {
      const [f] = misquotes('"We will raise harbour fees this year, whatever the council decides," Laine said.');
      assert.ok(f);
      assert.equal((f.data?.changes as { kind: string }[])[0].kind, 'negation');
    });
    it('flags a swapped last word beyond where a shorter reference quote stops', () => {
      const [f] = misquotes('"There is no way in the world the ferry should have been going that fast into the bend," Dahl said.');
      assert.ok(f);
      assert.match(f.message, /"narrows", not "bend"/);
    });
    it('compares a quote whose speaker the draft misspells', () => {
      const [f] = misquotes('"We will not raise harbour taxes this year," Lainne said.');
      assert.ok(f);
      assert.match(f.message, /"fees", not "taxes"/);
    });
    it('compares a long sentence word for word with the reference even when the draft credits someone else', () => {
      const [f] = misquotes('"The president is trying once again to corrupt the election for his own political gain, and we will not stand for it," Laine said.');
      assert.ok(f);
      assert.match(f.message, /"benefit", not "gain"/);
    });
    it('flags a swapped noun', () => {
      const [f] = misquotes('"We will not raise harbour taxes this year," Laine said.');
      assert.ok(f);
      assert.match(f.message, /"fees", not "taxes"/);
    });
  });

  describe('references that disagree', () => {
    it('does not assert a wording the references disagree on', () => {
      none('"The talks will resume in the winter, once the ice has gone," Olsen said.');
    });
    it('does not flag the spelling the references use elsewhere when one reference quote has a slip', () => {
      none('"The ferries to Kallby will keep running all through the storm season," Dahl said.');
    });
  });

  describe('posts reproduced without quotation marks', () => {
    it('flags a misquote of a post set after "wrote:"', () => {
      const [f] = misquotes('Laine wrote that "the harbour will reopen on 21 May and every berth will be free for the first month of the season."');
      assert.ok(f);
      assert.match(f.message, /"12", not "21"/);
    });
    it('flags a misquote of an embedded tweet', () => {
      const [f] = misquotes('"The ferry timetable will change this winter, whatever the unions say," Laine tweeted.');
      assert.ok(f);
      assert.match(f.message, /Laine/);
    });
    it('accepts the post’s own words', () => {
      none('"The ferry timetable will not change this winter," Laine tweeted.');
    });
  });

  it('reports a repeated paragraph once', () => {
    const p = '"We will build 14 new berths by next summer," Laine said.';
    assert.equal(misquotes(`${p}\n\nOther news.\n\n${p}`).length, 1);
  });

  it('gives every finding a confidence at or above the bar', () => {
    const all = misquotes('"We will build 14 new berths by next summer," Laine said.\n\n"We will raise harbour fees this year, whatever the council decides," Laine said.');
    assert.equal(all.length, 2);
    for (const f of all) assert.ok(f.confidence !== undefined && f.confidence >= 0.5 && f.confidence <= 1);
  });
});

describe('quote words', () => {
  const words = (s: string) => quoteTokens(s).map((t) => t.w + (t.optional ? '?' : '') + (t.elided ? '^' : ''));
  it('folds contractions, possessives, number words and marks', () => {
    assert.deepEqual(words("We're sure it's ISIS' plan, not Laine's; don't—eight 5% & No. 1"), [
      'we', 'are', 'sure', 'it', 'is', 'isis', 'plan', 'not', 'laine', 'do', 'not', '8', '5', 'percent', 'and', 'number', '1',
    ]);
  });
  it('marks the editor’s words as optional and elisions as gaps', () => {
    assert.deepEqual(words('[W]e said (to them) . . . it [the port] works'), ['we', 'said', 'to?^', 'them?', 'it^', 'the?^', 'port?^', 'works^']);
  });
  it('tells speakers apart by name, and not by a description', () => {
    assert.equal(differentSpeakers('Tomas Berg', 'Aino Laine'), true);
    assert.equal(differentSpeakers('Laine', 'Minister Aino Laine'), false);
    assert.equal(differentSpeakers('Aino', 'Aino Laine'), false);
    assert.equal(differentSpeakers('Harbour Democrat', 'Laine'), false);
    assert.equal(differentSpeakers('Norland’s top diplomat', 'Laine'), false);
    assert.equal(differentSpeakers(null, 'Laine'), false);
  });
  it('classifies changes', () => {
    assert.equal(classify(['14'], ['40']), 'number');
    assert.equal(classify([], ['not']), 'negation');
    assert.equal(classify(['taxes'], ['fees']), 'content');
    assert.equal(classify(['the'], ['a']), 'style');
    assert.equal(classify(['hearts'], ['heart']), 'inflection');
    assert.equal(classify(['bernadino'], ['bernardino']), 'spelling');
    assert.equal(classify(['to'], ['for']), 'function');
  });
});
