import { strict as assert } from 'node:assert';
import { buildDraft } from '../../server/src/engine/draft/draft';
import { markdownProse, parseChunk } from '../../server/src/engine/draft/markdown';

const today = '2026-01-15';

describe('draft model', () => {
  it('reads published from front matter and falls back to today', () => {
    assert.equal(buildDraft('---\npublished: 2024-10-08\n---\nHello.', { today }).published, '2024-10-08');
    const d = buildDraft('Hello there.', { today });
    assert.equal(d.published, today);
    assert.equal(d.publishedFrom, 'today');
  });

  it('keeps only prose, with offsets into the source', () => {
    const src = '---\ntitle: T\n---\n# Head line\n\nSee [the report](https://x.test/a) and `code`.\n\n```\nnot prose\n```\n<!-- hidden -->\nLast *one* here.';
    const d = buildDraft(src, { today });
    assert.equal(d.prose.length, src.length);
    const texts = d.sentences.map((s) => s.text.replace(/\s+/g, ' ').trim());
    assert.deepEqual(texts, ['Head line', 'See the report and .', 'Last one here.']);
    for (const s of d.sentences) for (const t of s.tokens) assert.equal(src.slice(t.start, t.end), t.text);
    assert.ok(d.paragraphs[0].heading);
    assert.ok(!d.prose.includes('https'));
    assert.ok(!d.prose.includes('not prose'));
  });

  it('counts offsets in UTF-16 units past astral characters', () => {
    const src = 'Emoji 😀 first. Gallant spoke.';
    const d = buildDraft(src, { today });
    const tok = d.sentences.flatMap((s) => s.tokens).find((t) => t.text === 'Gallant');
    assert.ok(tok);
    assert.equal(src.slice(tok.start, tok.end), 'Gallant');
  });

  it('survives broken Markdown and broken front matter', () => {
    const d = buildDraft('---\npublished: [oops\n---\n**unclosed *emphasis and [link(\n\n> quote', { today });
    assert.equal(d.published, today);
    assert.ok(d.sentences.length >= 1);
  });

  it('parses disable directives', () => {
    const d = buildDraft('<!-- copydesk-disable-next-line names/title-mismatch -->\nText here.', { today });
    assert.deepEqual(d.directives.map((x) => [x.kind, x.rules]), [['disable-next-line', ['names/title-mismatch']]]);
  });
});

describe('chunked Markdown parsing', () => {
  // Parsing chunk by chunk must give exactly what parsing the whole file gives.
  const docs: [string, string][] = [
    ['front matter with a blank line inside', '---\ntitle: A\n\nsummary: B\n---\n\nFirst para.\n\nSecond para.'],
    ['a fenced block with blank lines', 'Intro.\n\n```\ncode one\n\ncode two\n```\n\nAfter the fence.'],
    ['a tilde fence left open', 'Intro.\n\n~~~\nnever closed\n\nstill code'],
    ['an HTML comment across paragraphs', 'Before.\n\n<!-- a long\n\ncomment -->\n\nAfter.'],
    ['a loose list with an indented continuation', '1. First item.\n\n   Continued item text.\n\n2. Second item.\n\nBody.'],
    ['a block quote over two paragraphs', '> Quoted one.\n>\n> Quoted two.\n\nPlain.'],
    ['headings and setext', 'Title\n=====\n\nText under it.\n\n## Sub\n\nMore.'],
  ];
  for (const [name, src] of docs) {
    it(`matches a whole-file parse: ${name}`, () => {
      const whole = parseChunk(src, true);
      const chunked = markdownProse(src);
      assert.equal(chunked.prose, whole.prose);
      assert.deepEqual(chunked.blocks, whole.blocks);
      assert.deepEqual(chunked.comments, whole.comments);
    });
  }
});
