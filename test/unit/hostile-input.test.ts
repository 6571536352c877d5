// Pathological drafts and HTML references finish in bounded time and keep their text: each case used
// to hang the check or overflow the stack (nested list markers, emphasis delimiters, nested block
// quotes, one huge token, thousands of quotes in one paragraph, mixed curly quotes, nested HTML,
// entity floods, unclosed tags).
import assert from 'node:assert/strict';
import { engineWithReferences } from '../helpers/memory-host';
import { extractHtmlArticle } from '../../server/src/engine/corpus/html';
import { boundHtml } from '../../server/src/engine/corpus/html-limits';
import { markdownProse } from '../../server/src/engine/draft/markdown';
import type { Engine } from '../../server/src/engine/index';

/** Generous: these took from 6 s to minutes (or never finished) before; now well under a second or two. */
const LIMIT_MS = 15000;

function timed<T>(f: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = f();
  return { value, ms: performance.now() - start };
}

describe('hostile input: bounded work', function () {
  this.timeout(60000);
  let engine: Engine;

  before(async () => {
    engine = await engineWithReferences({ 'a.txt': 'Mara Lindqvist, the harbour master, said on Monday that 40 ships docked.\n' });
  });

  const drafts: [string, () => string, RegExp | undefined][] = [
    ['10,000 nested list markers', () => `${'- '.repeat(10000)}Mara Lindqvist spoke.\n`, /Mara Lindqvist spoke/],
    ['10,000 nested block quotes', () => `${'> '.repeat(10000)}Mara Lindqvist spoke.\n`, /Mara Lindqvist spoke/],
    ['deep indentation (300 nested lists)', () => Array.from({ length: 300 }, (_, i) => `${' '.repeat(2 * i)}- item ${i}`).join('\n'), /item 299/],
    ['50,000 emphasis markers', () => '*'.repeat(50000), undefined],
    ['20,000 mixed unmatched delimiters', () => '*a_'.repeat(20000), undefined],
    ['one 100,000-character token', () => `Mara said ${'a'.repeat(100000)} today.\n`, /Mara said/],
    ['10,000 short quotes in one paragraph', () => '"ab" '.repeat(10000), undefined],
    ['5,000 tagged quotes in one paragraph', () => '"Yes," she said. '.repeat(5000), undefined],
    ['20,000 mixed curly quotes', () => '\u201Ca \u201D'.repeat(10000) + '\u2018a '.repeat(10000), undefined],
  ];
  for (const [name, make, kept] of drafts) {
    it(`${name}: checked in bounded time, ranges inside the draft`, () => {
      const text = make();
      const { value: findings, ms } = timed(() => engine.check(text));
      assert.ok(ms < LIMIT_MS, `${name} took ${ms.toFixed(0)} ms`);
      for (const f of findings) assert.ok(f.range.start >= 0 && f.range.end <= text.length && f.range.start <= f.range.end);
      if (kept) {
        const md = markdownProse(text);
        const blockText = md.blocks.map((b) => md.prose.slice(b.start, b.end)).join('\n');
        assert.match(blockText, kept, 'the prose past the nesting is still read');
      }
    });
  }

  it('normal Markdown is parsed as before (lists, quotes, emphasis are not flattened)', () => {
    const text = '# Title\n\n- one *two* item\n- > quoted `code`\n\nA [link](http://example.org) here.\n';
    const md = markdownProse(text);
    assert.ok(!md.prose.includes('http://example.org'), 'link targets are masked by the Markdown parse');
    assert.ok(!md.prose.includes('code'), 'inline code is masked');
    assert.match(md.prose, /one {2}two {2}item/);
  });

  const pages: [string, () => string, string][] = [
    ['100,000 nested divs', () => `<html><body>${'<div>'.repeat(100000)}<p>Mara Lindqvist docked.</p>${'</div>'.repeat(100000)}</body></html>`, 'Mara Lindqvist docked.'],
    ['500 KB of &amp;', () => `<html><body><p>Mara Lindqvist docked.</p><p>${'&amp;'.repeat(100000)}</p></body></html>`, 'Mara Lindqvist docked.'],
    ['270 KB of unclosed tags', () => `<html><body><p>Mara Lindqvist docked.</p>${'<b>'.repeat(90000)}</body></html>`, 'Mara Lindqvist docked.'],
    ['90,000 unterminated tag starts', () => `<html><body><p>Mara Lindqvist docked.</p>${'<p '.repeat(90000)}</body></html>`, 'Mara Lindqvist docked.'],
  ];
  for (const [name, make, expected] of pages) {
    it(`HTML reference with ${name}: extracted in bounded time, text kept`, () => {
      const html = make();
      const { value, ms } = timed(() => extractHtmlArticle(html));
      assert.ok(ms < LIMIT_MS, `${name} took ${ms.toFixed(0)} ms`);
      assert.ok(value.text.includes(expected), value.text.slice(0, 200));
    });
  }

  it('leaves ordinary HTML untouched', () => {
    const html = '<!doctype html><html><head><title>T</title><script>if (a < b && c) {}</script></head><body><article><p>Caf&eacute; &amp; bar<br>next</p><ul><li>one<li>two</ul></article></body></html>';
    assert.equal(boundHtml(html), html);
  });
});

describe('check budget', () => {
  it('skips the rules past the budget and says so in one info finding, keeping what finished', async () => {
    const engine = await engineWithReferences({ 'a.txt': 'Mara Lindqvist, the harbour master, said on Monday that 40 ships docked.\n' });
    const text = 'Mara Lindqvest, the harbour master, said on Monday that 40 ships docked.\n';
    const full = engine.check(text);
    assert.ok(!full.some((f) => f.rule.endsWith('/incomplete')));
    const cut = engine.check(text, { budgetMs: -1 });
    const notes = cut.filter((f) => f.rule.endsWith('/incomplete'));
    assert.equal(notes.length, 1);
    assert.equal(notes[0].severity, 'info');
    assert.match(notes[0].message, /too large or too complex/);
    assert.equal(cut.length, 1, 'no rule ran with a budget already spent');
  });
});
