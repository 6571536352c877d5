// Labour strikes, misspelt and surname-only participants, long titled names: invented stories under
// test/fixtures/dates/labour (a Porto bus strike; a Lisbon dock strike and an Odesa missile strike
// nearby in time; the same union months earlier).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { applyEdits, safeFixEdits } from '../../server/src/engine/fixes';
import { dateMismatch } from '../../server/src/engine/checks/dates/date-mismatch';
import { weekdayMismatch } from '../../server/src/engine/checks/dates/weekday-mismatch';
import type { Finding } from '../../server/src/engine/types';
import { corpusFromFixture, runRules } from '../helpers/rule-runner';

const dir = join(__dirname, '..', 'fixtures', 'dates', 'labour');
const ALL = ['tide-gazette.txt', 'atlantic-courier.txt', 'lisbon-docks.txt', 'black-sea-report.txt', 'old-strike.txt'];

const corpusOf = (files: string[]): Corpus => corpusFromFixture(join(dir, 'refs'), files);
const check = (text: string, corpus: Corpus): Finding[] => runRules([dateMismatch, weekdayMismatch], text, corpus);

const draftText = (name: string) => readFileSync(join(dir, 'drafts', name), 'utf8');
const spans = (text: string, fs: Finding[]) => fs.map((f) => [f.rule, text.slice(f.range.start, f.range.end)]);

describe('dates: labour strikes, misspelt and surname-only participants', () => {
  const planted = draftText('planted.md');

  it('flags the strike date and the meeting weekday, nothing else', () => {
    assert.deepEqual(spans(planted, check(planted, corpusOf(ALL))), [
      ['dates/date-mismatch', 'April 11'],
      ['dates/weekday-mismatch', 'Tuesday'],
    ]);
  });

  it('ties the strike to the reference that names its union leader only as the speaker, despite the missing accent', () => {
    const f = check(planted, corpusOf(ALL)).find((x) => x.rule === 'dates/date-mismatch')!;
    assert.match(f.message, /the strike \(Rui Simoes\)/);
    assert.match(f.message, /April 10 \(Atlantic Courier, 2025-04-10\)/);
    assert.equal(f.fixes[0].edits[0].newText, 'April 10');
    assert.equal(f.fixes[0].safe, true);
    assert.deepEqual(f.evidence.map((e) => e.outlet), ['Atlantic Courier']);
    assert.equal((f.data as { event: { kind: string } }).event.kind, 'strike');
  });

  it('ties the meeting to the reference despite a long title, a misspelt minister and a surname-only mayor', () => {
    const f = check(planted, corpusOf(ALL)).find((x) => x.rule === 'dates/weekday-mismatch')!;
    assert.match(f.message, /"Tuesday" \(April 15\) contradicts the references for the meeting \(Ana Roza, Tavares\): they give Monday \(April 14\)/);
    assert.equal(f.fixes[0].edits[0].newText, 'Monday');
  });

  it('a fixed draft re-checks clean', () => {
    const fixed = applyEdits(planted, safeFixEdits(check(planted, corpusOf(ALL)))).text;
    assert.match(fixed, /ended on April 10,/);
    assert.match(fixed, /expected on Monday\./);
    assert.deepEqual(check(fixed, corpusOf(ALL)), []);
  });

  it('says nothing about a correct draft', () => {
    const correct = draftText('correct.md');
    assert.deepEqual(spans(correct, check(correct, corpusOf(ALL))), []);
  });

  it('never uses a military strike, another union or the same union months earlier', () => {
    // Alone, these references tell of other events: an air strike on the port a day after the dockers'
    // strike, a strike by other workers in another city, a strike by the same union in November.
    for (const ref of ['black-sea-report.txt', 'lisbon-docks.txt', 'old-strike.txt']) {
      assert.deepEqual(spans(planted, check(planted, corpusOf([ref]))), [], ref);
    }
  });

  it('does not take a capitalised word opening a sentence for a shared name', () => {
    const corpus = new Corpus();
    corpus.set('/r/a.txt', 'Nurses in Tromso ended their strike on June 11, union leader Kari Holm said.', { outlet: 'A', published: '2025-06-13' });
    const other = '---\npublished: 2025-06-14\n---\n\nNurses in Bergen ended their strike on June 12.\n';
    assert.deepEqual(check(other, corpus), []);
    // The same strike, told with its leader: the name ties it.
    const same = '---\npublished: 2025-06-14\n---\n\nNurses led by Kari Holm ended their strike on June 12.\n';
    assert.deepEqual(spans(same, check(same, corpus)), [['dates/date-mismatch', 'June 12']]);
  });

  it('does not read the end of a strike against its start', () => {
    const corpus = new Corpus();
    corpus.set('/r/start.txt', 'Teachers in Gdansk began their strike on May 5, union leader Ewa Nowak said.', { outlet: 'A', published: '2025-05-13' });
    const ended = '---\npublished: 2025-05-14\n---\n\nThe teachers\' strike led by Ewa Nowak ended on May 12.\n';
    assert.deepEqual(check(ended, corpus), []);
    const began = '---\npublished: 2025-05-14\n---\n\nThe teachers\' strike led by Ewa Nowak began on May 6.\n';
    assert.deepEqual(spans(began, check(began, corpus)), [['dates/date-mismatch', 'May 6']]);
  });
});
