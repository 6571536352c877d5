import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { extractHtmlArticle, stripTags } from '../../server/src/engine/corpus/html';
import { parseReference } from '../../server/src/engine/corpus/reference';

const root = join(__dirname, '..', '..');
const fixtures = join(root, 'test', 'fixtures', 'corpus');

const page = (head: string, body = '<p>Short text.</p>') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('corpus extractHtmlArticle', () => {
  describe('article page fixture', () => {
    const html = readFileSync(join(fixtures, 'article-page.html'), 'utf8');
    const { text, meta } = extractHtmlArticle(html);
    const lines = text.split('\n');

    it('reads outlet, publication date, url and title from the meta tags', () => {
      assert.deepEqual(meta, {
        outlet: 'Baltic Ledger',
        published: '2021-06-17',
        url: 'https://ledger.example/2021/06/harbour-pilots-end-strike',
        title: 'Harbour pilots end strike in Gdańsk',
      });
    });

    it('gives the headline, then one paragraph per line, sub-headings included', () => {
      assert.equal(lines[0], 'Harbour pilots end strike in Gdańsk');
      assert.ok(lines[1].startsWith('Harbour pilots in Gdańsk returned to work on Thursday'));
      assert.ok(lines[1].endsWith('more than forty ships.'), 'inline markup is joined into its paragraph');
      assert.ok(lines.includes('Ships still waiting'));
      assert.equal(lines.at(-1), "The port authority's director, Ewa Malinowska, said talks on pay would continue in September.");
      assert.equal(lines.length, 7);
    });

    it('decodes entities', () => {
      assert.ok(text.includes('met “almost all” of'));
    });

    it('leaves out navigation, scripts, styles, captions, related links, Most Read and the footer', () => {
      for (const gone of ['Home', 'Sign in', 'tracker', 'font-family', 'Photo/Jan Kowal', 'Ferry fares', 'Most Read', 'Amber prices', 'Privacy Policy', '©', 'By Marta Nowak']) {
        assert.ok(!text.includes(gone), `${gone} should be gone`);
      }
    });

    it('feeds parseReference: html-meta date and sentences from the extracted text', () => {
      const ref = parseReference('refs/pilots.html', html);
      assert.equal(ref.kind, 'html');
      assert.equal(ref.meta.published, '2021-06-17');
      assert.equal(ref.meta.publishedFrom, 'html-meta');
      assert.ok(ref.sentences.some((s) => s.text.startsWith('Shipping companies had complained')));
    });
  });

  describe('metadata sources', () => {
    const cases: [string, string, Record<string, string>][] = [
      ['og:published_time', '<meta property="og:published_time" content="2020-02-03T10:00:00Z">', { published: '2020-02-03' }],
      ['name=date', '<meta name="date" content="2020-02-04">', { published: '2020-02-04' }],
      ['itemprop=datePublished', '<meta itemprop="datePublished" content="2020-02-05">', { published: '2020-02-05' }],
      [
        'JSON-LD in a @graph',
        '<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","datePublished":"2020-02-06T23:00:00-05:00","publisher":{"name":"Lake Herald"}}]}</script>',
        { published: '2020-02-06', outlet: 'Lake Herald' },
      ],
      ['application-name', '<meta name="application-name" content="Lake Herald">', { outlet: 'Lake Herald' }],
      ['canonical link', '<link rel="canonical" href="https://herald.example/a">', { url: 'https://herald.example/a' }],
      ['<title>', '<title>  Ice closes the lake  </title>', { title: 'Ice closes the lake' }],
      ['article:published_time beats JSON-LD', '<meta property="article:published_time" content="2020-02-07"><script type="application/ld+json">{"datePublished":"2019-01-01"}</script>', { published: '2020-02-07' }],
      ['broken JSON-LD is ignored', '<script type="application/ld+json">{"datePublished": </script><meta name="date" content="2020-02-08">', { published: '2020-02-08' }],
    ];
    for (const [name, head, expected] of cases) {
      it(name, () => {
        const { meta } = extractHtmlArticle(page(head));
        for (const [key, value] of Object.entries(expected)) assert.equal(meta[key as keyof typeof meta], value, key);
      });
    }

    it('<time datetime> in the body', () => {
      const { meta } = extractHtmlArticle(page('', '<article><time datetime="2020-02-09T08:00">9 Feb</time><p>Ice closed the lake.</p></article>'));
      assert.equal(meta.published, '2020-02-09');
    });

    it('leaves out what the page does not say', () => {
      assert.deepEqual(extractHtmlArticle(page('')).meta, {});
    });
  });

  describe('pages Readability does not take', () => {
    it('falls back to the body text without navigation and footer', () => {
      const html = page('', '<nav><a>Home</a><a>World</a></nav><h1>Ice closes the lake</h1><p>The ferry will not run until March, the operator said.</p><footer>About us</footer>');
      const { text } = extractHtmlArticle(html);
      assert.deepEqual(text.split('\n'), ['Ice closes the lake', 'The ferry will not run until March, the operator said.']);
    });

    const broken: [string, string][] = [
      ['unclosed tags', '<html><body><div><p>The ferry will not run until March, the operator said.<p>Second <b>paragraph'],
      ['stray closing tags', '</div></p>The ferry will not run until March, the operator said.</span>'],
      ['no markup at all', 'The ferry will not run until March, the operator said.'],
      ['garbage', '<<<>>><p>The ferry will not run until March, the operator said.</b></i></table>&bogus; <td><'],
      ['an unterminated comment', '<p>Before.</p><!-- <p>hidden, as a browser would hide it'],
      ['empty', ''],
      ['control characters', '\u0000\u0001<p>\u0002The ferry will not run until March, the operator said.</p>'],
    ];
    for (const [name, html] of broken) {
      it(`never throws on ${name}`, () => {
        const out = extractHtmlArticle(html);
        assert.equal(typeof out.text, 'string');
        if (name === 'an unterminated comment') assert.ok(!out.text.includes('hidden'), out.text);
        else if (name !== 'empty') assert.ok(out.text.includes('The ferry will not run until March'), out.text);
      });
    }
  });

  it('stripTags drops scripts, comments and tags, keeps blocks on their own lines', () => {
    const html = '<head><title>x</title></head><script>var a = "<p>";</script><!-- c --><p>One &amp; two</p><div>Three&nbsp;four &#8212; five</div>';
    assert.equal(stripTags(html), 'One & two\nThree four — five');
  });

  it('bundles for node with esbuild without needing Node built-ins at run time', async () => {
    const result = await esbuild.build({
      entryPoints: [join(root, 'server/src/engine/corpus/html.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0].text;
    const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    // linkedom asks for the optional "canvas" package inside a try block; nothing else is left outside the bundle.
    assert.deepEqual([...new Set(required)].filter((r) => r !== 'canvas'), []);
    for (const file of ['html.ts', 'clean-text.ts', 'dateline.ts']) {
      const source = readFileSync(join(root, 'server/src/engine/corpus', file), 'utf8');
      assert.ok(!/from ['"]node:|require\(['"]node:/.test(source), `${file} imports a Node built-in`);
    }
  });
});
