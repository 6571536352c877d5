// A draft's archive articles join the project's references in a corpus of their own (Corpus.plus), kept
// across keystrokes (corpusWith) so the corpus-wide indexes are not rebuilt on every check.
import { strict as assert } from 'node:assert';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { parseReference } from '../../server/src/engine/corpus/reference';
import { corpusWith } from '../../server/src/host/archive/with-references';

const article = (id: string, text: string) => parseReference(id, text, { outlet: id, published: '2025-03-12' });

describe('a corpus with a draft\'s archive articles', () => {
  it('holds the project\'s references and the articles, and leaves the project\'s corpus as it was', () => {
    const base = new Corpus();
    base.set('/refs/a.txt', 'Finance Minister Tomas Berg spoke on Tuesday.');
    const version = base.version;
    const plus = base.plus([article('/archive/b.txt', 'Berg met the council on Wednesday.')]);
    assert.deepEqual(plus.references().map((r) => r.id).sort(), ['/archive/b.txt', '/refs/a.txt']);
    assert.equal(base.size, 1);
    assert.equal(base.version, version);
  });

  it('shares what each reference yields with the project\'s corpus', () => {
    const base = new Corpus();
    base.set('/refs/a.txt', 'Finance Minister Tomas Berg spoke on Tuesday.');
    const seen: string[] = [];
    const count = (c: Corpus) => c.perReference('test/words', (r) => (seen.push(r.id), r.text.split(' ').length));
    count(base);
    count(base.plus([article('/archive/b.txt', 'Berg met the council on Wednesday.')]));
    assert.deepEqual(seen, ['/refs/a.txt', '/archive/b.txt']);
  });

  it('is made once for a set of articles and made again when the set or the project\'s references change', () => {
    const base = new Corpus();
    base.set('/refs/a.txt', 'Finance Minister Tomas Berg spoke on Tuesday.');
    const b = article('/archive/b.txt', 'Berg met the council on Wednesday.');
    const c = article('/archive/c.txt', 'The council voted on Thursday.');
    const first = corpusWith(base, [b, c]);
    assert.equal(corpusWith(base, [c, b]), first, 'the same articles in another order');
    assert.notEqual(corpusWith(base, [b]), first);
    assert.equal(corpusWith(base, []), base);
    base.set('/refs/d.txt', 'Berg resigned on Friday.');
    const after = corpusWith(base, [b, c]);
    assert.notEqual(after, first);
    assert.ok(after.get('/refs/d.txt'));
  });
});
