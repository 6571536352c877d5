import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { applyEdits, safeFixEdits } from '../../server/src/engine/fixes';
import { dateMismatch } from '../../server/src/engine/checks/dates/date-mismatch';
import { weekdayMismatch } from '../../server/src/engine/checks/dates/weekday-mismatch';
import { weekdayDateConflict } from '../../server/src/engine/checks/dates/weekday-date-conflict';
import type { Finding } from '../../server/src/engine/types';
import { corpusFromFixture, runRules } from '../helpers/rule-runner';
import type { Rule } from '../../server/src/engine/rule';

const dir = join(__dirname, '..', 'fixtures', 'dates');
const RULES: Rule[] = [dateMismatch, weekdayMismatch, weekdayDateConflict];

const corpusOf = (files: string[]): Corpus => corpusFromFixture(join(dir, 'refs'), files);
const check = (text: string, corpus: Corpus): Finding[] => runRules(RULES, text, corpus);

const ALL = ['harbour-times.txt', 'andes-wire.txt', 'old-visit.txt'];
const planted = readFileSync(join(dir, 'drafts', 'planted.md'), 'utf8');
const correct = readFileSync(join(dir, 'drafts', 'correct.md'), 'utf8');

describe('dates fixtures', () => {
  it('flags every planted date and nothing else', () => {
    const found = check(planted, corpusOf(ALL)).map((f) => [f.rule, planted.slice(f.range.start, f.range.end)]);
    assert.deepEqual(found, [
      ['dates/weekday-mismatch', 'Friday'],
      ['dates/date-mismatch', 'March 5'],
      ['dates/date-mismatch', 'Tuesday, March 11'],
      ['dates/weekday-date-conflict', 'Wednesday, March 11'],
    ]);
  });

  it('names the references, their outlets and values in message and evidence', () => {
    const f = check(planted, corpusOf(ALL)).find((x) => x.rule === 'dates/weekday-mismatch')!;
    assert.match(f.message, /Thursday \(March 13\)/);
    assert.match(f.message, /Andes Wire, 2025-03-13/);
    assert.match(f.message, /Harbour Times, 2025-03-12/);
    const corpus = corpusOf(ALL);
    for (const e of f.evidence) {
      const ref = corpus.get(e.ref)!;
      assert.ok(e.range);
      assert.equal(ref.text.slice(e.range.start, e.range.end).replace(/\s+/g, ' ').trim(), e.excerpt);
      assert.equal(e.says, 'Thursday (March 13)');
    }
  });

  it('keeps the draft style in fixes and updates a written weekday with the date', () => {
    const fs = check(planted, corpusOf(ALL));
    const visit = fs.find((x) => planted.slice(x.range.start, x.range.end) === 'Tuesday, March 11')!;
    assert.equal(visit.fixes[0].edits[0].newText, 'Monday, March 10');
    assert.equal(visit.fixes[0].safe, true);
    const conflict = fs.find((x) => x.rule === 'dates/weekday-date-conflict')!;
    assert.deepEqual(conflict.fixes.map((x) => x.edits[0].newText), ['Tuesday', 'Wednesday, March 12']);
    assert.ok(conflict.fixes.every((x) => !x.safe));
  });

  it('a fixed draft re-checks clean', () => {
    const first = check(planted, corpusOf(ALL));
    let text = applyEdits(planted, safeFixEdits(first)).text;
    const conflict = check(text, corpusOf(ALL)).find((x) => x.rule === 'dates/weekday-date-conflict')!;
    text = applyEdits(text, conflict.fixes[0].edits).text;
    assert.deepEqual(check(text, corpusOf(ALL)).map((f) => f.rule), []);
  });

  it('says nothing about a correct draft written in other styles', () => {
    assert.deepEqual(check(correct, corpusOf(ALL)).map((f) => [f.rule, correct.slice(f.range.start, f.range.end)]), []);
  });

  it('never uses a reference about another event to contradict the draft', () => {
    // Alone, the reference about the June 2024 visit (its "Monday", "Sunday", "Friday") covers none of the draft's events.
    const found = check(planted, corpusOf(['old-visit.txt'])).map((f) => f.rule);
    assert.deepEqual(found, ['dates/weekday-date-conflict']);
  });

  it('says nothing when no reference covers the event', () => {
    const text = '---\npublished: 2025-03-13\n---\n\nThe Peruvian cabinet met on Tuesday, and the storm hit Lima on March 2.\n';
    assert.deepEqual(check(text, corpusOf(ALL)), []);
  });

  it('stays silent when the references tell of recurring events days apart', () => {
    const corpus = new Corpus();
    corpus.set('/r/a.txt', 'Chilean President Elena Marquez spoke with Argentine President Tomas Ibarra on March 3.', { outlet: 'A', published: '2025-03-04' });
    corpus.set('/r/b.txt', 'Chilean President Elena Marquez spoke with Argentine President Tomas Ibarra again on March 9.', { outlet: 'B', published: '2025-03-10' });
    const text = '---\npublished: 2025-03-12\n---\n\nElena Marquez spoke with Tomas Ibarra on March 6.\n';
    assert.deepEqual(check(text, corpus), []);
    // One of them alone is a contradiction.
    const single = new Corpus();
    single.set('/r/a.txt', 'Chilean President Elena Marquez spoke with Argentine President Tomas Ibarra on March 3.', { outlet: 'A', published: '2025-03-04' });
    assert.deepEqual(check(text, single).map((f) => f.rule), ['dates/date-mismatch']);
  });

  it('reports references that disagree instead of picking one silently', () => {
    const corpus = corpusOf(ALL);
    corpus.set(join(dir, 'refs', 'x-disagree.txt'), 'The Chilean navy seized the Argentine trawlers on March 3, port officials said.', { outlet: 'Port Gazette', published: '2025-03-12' });
    const f = check(planted, corpus).find((x) => planted.slice(x.range.start, x.range.end) === 'March 5')!;
    assert.match(f.message, /disagree/);
    assert.match(f.message, /March 4/);
    assert.match(f.message, /March 3 \(Port Gazette/);
    assert.equal(f.data?.referencesDisagree, true);
    assert.ok(f.fixes.length >= 2 && f.fixes.every((x) => !x.safe));
    assert.equal(f.fixes[0].edits[0].newText, 'March 4');
  });
});
