// Table-driven tests of quotes and their speakers: tags before and after, speaker tails wink splits
// off (`"…?" Austin asked`), quotes across sentences and paragraphs, partial and scare quotes, and the
// different quotation marks.
import { strict as assert } from 'node:assert';
import { buildDraft } from '../../server/src/engine/draft/draft';
import { buildAttributionModel } from '../../server/src/engine/attribution/model';
import { speakerLabel } from '../../server/src/engine/attribution/facts';
import { findQuoteSpans } from '../../server/src/engine/attribution/quote-marks';

const today = '2025-01-01';

/** [text, expected quotes as "inner | speaker | clear"] (speaker "null" when none) */
const table: [string, string, string[]][] = [
  ['tag after', '“We are ready,” Vik said.', ['We are ready, | Vik | clear']],
  ['inverted tag after', '"We are ready," said Hanne Vik, the spokeswoman.', ['We are ready, | Hanne Vik | clear']],
  ['tag before with a colon', 'Vik said: "We are ready."', ['We are ready. | Vik | clear']],
  ['question tail wink splits off', '"Is this a joke?" Andric asked.', ['Is this a joke? | Andric | clear']],
  ['inverted question tail', '"Are you sure?" asked the minister.', ['Are you sure? | the minister | clear']],
  ['quote split by its tag', '“In fact,” an official added, “we were already planning.”', ['In fact, | an official | clear', 'we were already planning. | an official | clear']],
  ['pronoun tag resolved to a name', 'Vik insisted ties were close. “There is no crisis,” she said.', ['There is no crisis, | Vik | clear']],
  ['speaker in the sentence before', 'Sources said the decision was final. "It is about timing."', ['It is about timing. | Sources | clear']],
  ['speaker two sentences later', '"It is about timing." The meeting ended early. "Nobody is angry," the aide said.', ['It is about timing. | the aide | clear', 'Nobody is angry, | the aide | clear']],
  ['second quote after a tagged one', '"We lost," he told Reuters. "Nobody expected this."', ['We lost, | he | clear', 'Nobody expected this. | he | clear']],
  ['quote continued in the next paragraph', '"The first part of the statement.\n\n"The second part," Vik said.', ['The first part of the statement. | Vik | clear', 'The second part, | Vik | clear']],
  ['quote-only paragraph on the same subject', '"The budget must pass first," the minister said.\n\n"Without the budget, nothing moves."', ['The budget must pass first, | the minister | clear', 'Without the budget, nothing moves. | the minister | clear']],
  ['quote-only paragraph in the first person', '"The budget must pass first," the minister said.\n\n"We listened to everyone we could."', ['The budget must pass first, | the minister | clear', 'We listened to everyone we could. | the minister | clear']],
  ['quote-only paragraph on another subject, right after the speaker', '"The budget must pass first," the minister said.\n\n"The weather was lovely."', ['The budget must pass first, | the minister | clear', 'The weather was lovely. | the minister | clear']],
  ['quote-only paragraph on another subject, a paragraph after the speaker', '"The budget must pass first," the minister said.\n\nThe vote is on Friday.\n\n"The weather was lovely."', ['The budget must pass first, | the minister | clear', 'The weather was lovely. | the minister | unclear']],
  ['quote-only paragraph after a paragraph of narrative', '"We met the envoy today," the minister said.\n\nThe talks began a day after the vote.\n\n"During our talks, I made our position clear."', ['We met the envoy today, | the minister | clear', 'During our talks, I made our position clear. | the minister | clear']],
  ['paragraph introduced with a colon', 'The minister said:\n\n"We will not be rushed."', ['We will not be rushed. | The minister | clear']],
  ['quote introduced by its subject with a colon', 'Singh struck a conciliatory tone: "We will keep talking to our friends."', ['We will keep talking to our friends. | Singh | clear']],
  ['quote after a document and a colon', 'The ministry\'s statement: "Talks will resume."', ['Talks will resume. | The ministry\'s statement | clear']],
  ['quote after a colon with no speaker', 'The weather was bad: "It never stops raining."', ['It never stops raining. | null | unclear']],
  ['no speaker anywhere', '"The pipeline will be late."', ['The pipeline will be late. | null | unclear']],
  ['partial quote in an attributed sentence', 'Andric said Oslund was "ready to sign."', ['ready to sign. | Andric | clear']],
  ['partial quote after a describing verb', 'Oduya called the delay "a technical matter."', ['a technical matter. | Oduya | clear']],
  ['partial quote in a hedged sentence', 'Oduya is said to have told Marlow to "wait for parliament."', ['wait for parliament. | Oduya | clear']],
  ['tag with an apposition', 'The move is "a disaster for everyone who works here," the official, who asked not to be named, said.', ['a disaster for everyone who works here, | the official | clear']],
  ['typewriter quotes', "``We are ready,'' he said.", ['We are ready, | he | clear']],
  ['single quotes', "'We are ready,' Vik said.", ['We are ready, | Vik | clear']],
];

describe('quotes and speakers', () => {
  for (const [name, text, expected] of table) {
    it(name, () => {
      const m = buildAttributionModel(buildDraft(text, { today }));
      assert.deepEqual(
        m.quotes.map((q) => `${q.inner} | ${speakerLabel(q) ?? 'null'} | ${q.clear ? 'clear' : 'unclear'}`),
        expected,
      );
    });
  }

  it('re-joins a speaker tail into one logical sentence', () => {
    const d = buildDraft('"Sorry, what did you say?" Austin asked. Then he hung up.', { today });
    assert.equal(d.sentences.length, 3, 'wink splits the tail off');
    const m = buildAttributionModel(d);
    assert.deepEqual(m.sentences.map((s) => d.text.slice(s.start, s.end)), ['"Sorry, what did you say?" Austin asked.', 'Then he hung up.']);
  });

  it('calls short quoted words scare quotes', () => {
    const m = buildAttributionModel(buildDraft('Officials flew to "Vasterby" on Tuesday and called it "fine."', { today }));
    assert.deepEqual(m.quotes.map((q) => q.shape), ['scare', 'scare']);
  });

  it('marks quotes in headings', () => {
    const m = buildAttributionModel(buildDraft("# Oduya: 'no snub' intended\n\nText.", { today }));
    assert.equal(m.quotes.length, 1);
    assert.ok(m.quotes[0].heading);
  });

  describe('quotation marks', () => {
    const spans = (s: string) => findQuoteSpans(s, [{ start: 0, end: s.length }]).map((q) => s.slice(q.innerStart, q.innerEnd));
    const marks: [string, string, string[]][] = [
      ['curly', 'He said “yes” and “no”.', ['yes', 'no']],
      ['straight', 'He said "yes" and "no".', ['yes', 'no']],
      ['straight inside a hyphenated word', 'US-"Israel" coordination', ['Israel']],
      ['nested single in double', '"They called it \'a plan\' today," she said.', ["They called it 'a plan' today,", 'a plan']],
      ['a plural possessive inside single quotes', "'It's the drivers' fault,' he said.", ["It's the drivers' fault,"]],
      ['apostrophes are not quotes', "Israel's and the officials' view, don't worry.", []],
      ['typewriter', "``Yes,'' he said.", ['Yes,']],
      ['guillemets', 'Il a dit «oui».', ['oui']],
      ['unterminated runs to the paragraph end', 'He said "yes and no', ['yes and no']],
    ];
    for (const [name, text, expected] of marks) it(name, () => assert.deepEqual(spans(text), expected));

    it('continues a quote into a next paragraph that only closes it', () => {
      const text = '“First part.\n\nSecond part,” she said.';
      const q = findQuoteSpans(text, [{ start: 0, end: 12 }, { start: 14, end: text.length }]);
      assert.deepEqual(q.map((x) => text.slice(x.innerStart, x.innerEnd)), ['First part.', 'Second part,']);
    });

    it('continues a quote into the next paragraph that opens with a mark', () => {
      const text = '"First part.\n\n"Second part," she said.';
      const q = findQuoteSpans(text, [{ start: 0, end: 12 }, { start: 14, end: text.length }]);
      assert.deepEqual(q.map((x) => [x.continues, x.continued, x.closed]), [[true, false, false], [false, true, true]]);
    });
  });
});
