// Per-sentence caches are keyed by the corpus version: two projects' corpora (two workspaces in one server)
// must never share a version, or one project's findings would be served for the other's references.
import { strict as assert } from 'node:assert';
import { engineWithReferences } from '../helpers/memory-host';

const ref = (day: string) =>
  `---\noutlet: Valley Courier\npublished: 2025-03-10\n---\nMayor Ilse Korpela opened the new harbour bridge on ${day}, three months ahead of schedule, the city said.\n`;
const draft = '---\npublished: 2025-03-11\n---\n\nMayor Ilse Korpela opened the new harbour bridge on Friday, three months ahead of schedule.\n';

describe('corpus versions', () => {
  it('two corpora built alike never share cached findings', async () => {
    const agrees = await engineWithReferences({ 'a.md': ref('Friday') });
    const differs = await engineWithReferences({ 'a.md': ref('Wednesday') });
    assert.notEqual(agrees.corpus.version, differs.corpus.version);
    assert.deepEqual(agrees.check(draft).map((f) => f.rule), []);
    assert.deepEqual(differs.check(draft).map((f) => f.rule), ['dates/weekday-mismatch']);
  });
});
