// copydesk facts: every direct quote of an article with its speaker, offsets into the file's text.
import { strict as assert } from 'node:assert';
import { parseReference } from '../../server/src/engine/corpus/reference';
import { quoteFacts } from '../../server/src/engine/attribution/facts';

// An invented wire story, one paragraph per line as scraped articles come.
const article = [
  'Ferry strike ends after eleven days',
  'HALDEN — Ferry crews on the Kattegat routes returned to work on Thursday after the union accepted a pay offer, ending an eleven-day strike.',
  '“It is not everything we asked for, but it is a fair deal,” union leader Maren Dahl said outside the harbour office.',
  'Dahl said members had voted 312 to 95 in favour. “People wanted to get back to sea. Nobody enjoys a picket line in February,” she said.',
  '“We lost money every single day,” said Tor Eklund, chief executive of the ferry operator. “Now we have to win our passengers back.',
  '“That starts with reliable timetables.”',
  'Transport Minister Ivo Lind called the agreement “a relief for the islands” and said the government would review the mediation rules.',
  'Asked whether fares would rise, Eklund paused. “Not this year?” he said, smiling. “We will see.”',
  'A spokesman for the port authority said: “Traffic will be back to normal by Saturday.”',
  '“The crews deserved better,” one passenger, Lisa Berg, told the Halden Post. “They kept us safe for years.”',
].join('\n');

describe('copydesk facts: quotes', () => {
  const doc = parseReference('/refs/ferry.txt', article);
  const facts = quoteFacts(doc);

  it('gives offsets into the text, marks included', () => {
    for (const q of facts) assert.equal(article.slice(q.start, q.end), q.text);
    assert.ok(facts.every((q) => /^[“"]/.test(q.text)));
  });

  it('finds a speaker for every quote', () => {
    assert.deepEqual(
      facts.map((q) => [q.text.slice(0, 24), q.speaker]),
      [
        ['“It is not everything we', 'Maren Dahl'],
        ['“People wanted to get ba', 'Dahl'],
        ['“We lost money every sin', 'Tor Eklund'],
        ['“Now we have to win our ', 'Tor Eklund'],
        ['“That starts with reliab', 'Tor Eklund'],
        ['“a relief for the island', 'Ivo Lind'],
        ['“Not this year?”', 'Eklund'],
        ['“We will see.”', 'Eklund'],
        ['“Traffic will be back to', 'A spokesman for the port authority'],
        ['“The crews deserved bett', 'Lisa Berg'],
        ['“They kept us safe for y', 'Lisa Berg'],
      ],
    );
  });

  it('leaves the speaker null when nobody can be found', () => {
    const lone = parseReference('/refs/lone.txt', 'Weather report\n“It will rain all week.”');
    assert.deepEqual(quoteFacts(lone).map((q) => q.speaker), [null]);
  });
});
