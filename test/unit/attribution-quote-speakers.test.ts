// How real copy gives a quote its speaker, and quotation marks that are not speech: each pattern is an invented
// paragraph whose quote must get a speaker (and must not be flagged), and `copydesk facts` must agree with the rule.
import { strict as assert } from 'node:assert';
import { engineWithReferences } from '../helpers/memory-host';
import { parseReference } from '../../server/src/engine/corpus/reference';
import { quoteFacts } from '../../server/src/engine/attribution/facts';
import type { Engine } from '../../server/src/engine/index';

const flaggedQuotes = (engine: Engine, text: string) =>
  engine.check(text).filter((f) => f.rule === 'attribution/unattributed-quote').map((f) => text.slice(f.range.start, f.range.end));

const speakerOf = (text: string, quoteStart: string) => {
  const facts = quoteFacts(parseReference('/refs/x.txt', text));
  const q = facts.find((x) => x.text.replace(/^["“‘']/, '').startsWith(quoteStart));
  assert.ok(q, `no quote starting "${quoteStart}"`);
  return q.speaker;
};

// [pattern, paragraphs, quote start, expected speaker (a pattern)]
const speakers: [string, string, string, string][] = [
  ['a verb after the quote, then the speaker', '"We will not give up the pier," reacted harbour master Ines Kofler.', 'We will not give up', 'Ines Kofler'],
  ['an unusual verb after the speaker', '"That is simply not true," councillor Ruth Hale interjected.', 'That is simply', 'Ruth Hale'],
  ['a long apposition and a parenthesis between the speaker and the verb', '"The vote was rushed," Rep. Tomas Berg (L-Ostfold), a member of the port committee, challenged during the hearing.', 'The vote was rushed', 'Tomas Berg'],
  ['the speaker after a document verb', '"Ferries will run on Sunday," the notice reads.', 'Ferries will run', 'notice'],
  ['a colon introduction after the speaker', 'The delay does not surprise pollster Mira Lund: "Voters always wait for the last week."', 'Voters always wait', 'Mira Lund'],
  ['a noun of speech with a possessor', 'Kofler stood by her assertion that "the pier was never safe for lorries."', 'the pier was never', 'Kofler'],
  ['a reporting verb after a relative "who"', 'Traders quickly piled on, including Sen. Ruth Hale, who tweeted , "The board just shut the pier for the whole summer."', 'The board just shut', 'Ruth Hale'],
  ['the second half of a split quote', '"The pier is closed," Sen. Ruth Hale (L-Ostfold) said. "It will stay closed until the survey is done."', 'It will stay closed', 'Ruth Hale'],
  ['a paragraph introduced by a colon', 'The council statement read in part:\n\n"Repairs will begin in the spring and take two years."', 'Repairs will begin', 'statement'],
  ['reported speech, then the quote in the next paragraph', 'Kofler said the pier had been inspected twice.\n\n"Both surveys found cracks in the same beams."', 'Both surveys found', 'Kofler'],
  ['a quote after a sentence about a named person', 'Harbour master Ines Kofler called the cracks alarming. "Nobody should walk there now."', 'Nobody should walk', 'Ines Kofler'],
  ['a partial quote under its sentence subject', 'She called for the council "to close the pier before the summer season starts."', 'to close the pier', 'She'],
  ['a chant', 'Some in the crowd waved flags and chanted, "Save our pier, save our town."', 'Save our pier', 'Some'],
  ['a signature after a dash', '"We ask every visitor to keep off the old pier." — Statement by the Harbour Board', 'We ask every visitor', 'Statement by the Harbour Board'],
];

// Quotation marks that are not anybody's speech.
const notSpeech: [string, string][] = [
  ['a film title in Title Case', 'The filibuster was made famous by the film "Mr. Vik Goes to Ostfold," but few senators try one.'],
  ['an email subject line', 'The second email came at noon with the subject line: "Update 2: Pier Closed To All Traffic."'],
  ['a one-line subhead in single quotes', 'The pier closed on Monday.\n\n‘Nobody saw it coming’\n\nRepairs will take two years.'],
  ['a caption line without punctuation', "JUST WATCHED Who runs the pier? Replay More Videos ... MUST WATCH Kofler: 'There is something wrong here' 01:37"],
];

describe('attribution: quote speakers in real copy (invented paragraphs)', () => {
  let engine: Engine;
  before(async () => {
    engine = await engineWithReferences({ 'other.txt': 'An unrelated reference about the weather in the valley.' });
  });

  for (const [name, text, quote, speaker] of speakers) {
    it(`gives the speaker: ${name}`, () => {
      const got = speakerOf(text, quote);
      assert.ok(got && new RegExp(speaker).test(got), `speaker ${JSON.stringify(got)}, expected ${speaker}`);
      assert.deepEqual(flaggedQuotes(engine, text), []);
    });
  }

  for (const [name, text] of notSpeech) it(`does not flag quotation marks that are not speech: ${name}`, () => assert.deepEqual(flaggedQuotes(engine, text), []));

  it('still flags a quote nobody said, and a quote-only paragraph a paragraph away from the speaker before it', () => {
    assert.equal(flaggedQuotes(engine, 'The pier closed on Monday.\n\n"Nobody will rebuild it this decade."').length, 1);
    assert.equal(flaggedQuotes(engine, '"We will rebuild the pier," Kofler said on Monday.\n\nThe council meets in June.\n\n"This closure was decided for budget reasons."').length, 1);
  });

  it('puts a confidence on every finding', () => {
    const findings = engine.check('The pier closed on Monday.\n\n"Nobody will rebuild it this decade."').filter((f) => f.rule === 'attribution/unattributed-quote');
    assert.equal(findings.length, 1);
    assert.ok(findings[0].confidence !== undefined && findings[0].confidence >= 0.5 && findings[0].confidence <= 1);
  });

  it('counts a quote less surely unattributed in a paragraph whose marks do not pair up', () => {
    const sure = engine.check('The pier closed.\n\n"Nobody will rebuild it this decade."').find((f) => f.rule === 'attribution/unattributed-quote');
    const misTyped = engine.check('The pier closed.\n\n“Nobody will rebuild it this “decade.”').filter((f) => f.rule === 'attribution/unattributed-quote');
    assert.ok(sure);
    assert.ok(misTyped.every((f) => (f.confidence ?? 1) < (sure.confidence ?? 0)));
  });

  it('agrees with copydesk facts: a quote that facts gives a speaker is never flagged, and a flagged one has none', () => {
    const paragraphs = [
      ...speakers.map(([, text]) => text),
      ...notSpeech.map(([, text]) => text),
      'The pier closed on Monday.\n\n"Nobody will rebuild it this decade."',
      '"We will rebuild the pier," Kofler said on Monday.\n\n"This closure was decided for budget reasons."',
      'Ruth Hale spoke for the traders. "We lose money every day the pier is shut," she said. "Every single day."',
      '"It is a scandal." The council did not answer.',
      'The ferry board met on Friday.\n\nThe board said it would wait.\n\n"We need the survey first."',
    ];
    for (const text of paragraphs) {
      const facts = quoteFacts(parseReference('/refs/x.txt', text));
      const flagged = new Set(engine.check(text).filter((f) => f.rule === 'attribution/unattributed-quote').map((f) => f.range.start));
      // The draft's offsets include nothing before the text (no front matter), so offsets compare directly.
      for (const q of facts) if (q.speaker) assert.ok(!flagged.has(q.start), `facts gives ${q.speaker} for ${q.text} but the rule flags it`);
      for (const start of flagged) assert.ok(facts.some((q) => q.start === start && !q.speaker), `flagged quote at ${start} has no matching speakerless fact`);
    }
  });
});
