// Pinning and excluding archive articles from "Show references": the front matter edit the client makes, and the
// engine reading it back.
import { strict as assert } from 'node:assert';
import { withArchiveChoice } from '../../client/src/archive-choice';
import { buildDraft } from '../../server/src/engine/draft/draft';

const read = (text: string) => buildDraft(text, { today: '2025-03-12' }).archive;

describe('archive choice in a draft’s front matter', () => {
  it('adds a pin to existing front matter and keeps the other keys and comments', () => {
    const text = withArchiveChoice('---\ntitle: Harbour talks # working title\npublished: 2025-03-12\n---\n\nBody.\n', 'pin', '../archive/a.md')!;
    assert.match(text, /title: Harbour talks # working title/);
    assert.match(text, /\n\nBody\.\n$/);
    assert.deepEqual(read(text), { pin: ['../archive/a.md'], exclude: [] });
  });

  it('creates front matter when the draft has none', () => {
    const text = withArchiveChoice('Body only.\n', 'exclude', 'old.txt')!;
    assert.ok(text.startsWith('---\n'));
    assert.match(text, /Body only\.\n$/);
    assert.deepEqual(read(text), { pin: [], exclude: ['old.txt'] });
  });

  it('moves an article from pinned to excluded, never both, and adds each once', () => {
    let text = withArchiveChoice('---\ntitle: A\n---\nBody\n', 'pin', 'x.md')!;
    text = withArchiveChoice(text, 'pin', 'y.md')!;
    text = withArchiveChoice(text, 'pin', 'y.md')!;
    assert.deepEqual(read(text), { pin: ['x.md', 'y.md'], exclude: [] });
    text = withArchiveChoice(text, 'exclude', 'x.md')!;
    assert.deepEqual(read(text), { pin: ['y.md'], exclude: ['x.md'] });
  });

  it('leaves front matter that is not valid YAML alone', () => {
    assert.equal(withArchiveChoice('---\ntitle: [unclosed\n---\nBody\n', 'pin', 'x.md'), undefined);
  });
});
