// Acceptance: maskClutter and findDateline over the shared real reference articles, when they are
// present on this machine. Nothing from them is copied here: the assertions are about structure
// (which kinds of lines survive) and use at most a few words to find a line.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { maskClutter } from '../../server/src/engine/corpus/clean-text';
import { findDateline } from '../../server/src/engine/corpus/dateline';
import { parseSidecar } from '../../server/src/engine/corpus/sidecar';

const DIR = '/work/shared/references';

interface Ref {
  file: string;
  raw: string;
  rawLines: string[];
  maskedLines: string[];
}

const words = (l: string) => l.trim().split(/\s+/).filter(Boolean).length;
const kept = (r: Ref, i: number) => r.maskedLines[i].trim() !== '' && r.maskedLines[i] === r.rawLines[i];
const masked = (r: Ref, i: number) => r.maskedLines[i].trim() === '';
const lineIndex = (r: Ref, test: (line: string) => boolean) => r.rawLines.findIndex(test);
const contentLines = (r: Ref) => r.rawLines.map((_, i) => i).filter((i) => r.rawLines[i].trim());

describe('corpus on the shared reference articles', function () {
  const refs: Ref[] = [];

  before(function () {
    if (!existsSync(DIR)) {
      // The only skippable test: it needs the shared folder, which is not part of the repository.
      console.warn(`  (skipped: ${DIR} is not present on this machine)`);
      this.skip();
    }
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
      const raw = readFileSync(join(DIR, file), 'utf8');
      refs.push({ file, raw, rawLines: raw.split('\n'), maskedLines: maskClutter(raw).split('\n') });
    }
  });

  const ref = (prefix: string): Ref => {
    const r = refs.find((x) => x.file.startsWith(prefix));
    assert.ok(r, `no reference ${prefix}*`);
    return r;
  };

  it('masks only by replacing characters with spaces, keeping every line break', () => {
    assert.ok(refs.length >= 1);
    for (const r of refs) {
      const m = r.maskedLines.join('\n');
      assert.equal(m.length, r.raw.length, r.file);
      assert.equal(r.maskedLines.length, r.rawLines.length, r.file);
      r.rawLines.forEach((line, i) => assert.ok(kept(r, i) || masked(r, i) || !line.trim(), `${r.file}:${i + 1} is partly masked`));
    }
  });

  it('keeps every long article paragraph outside ticker and teaser blocks', () => {
    for (const r of refs) {
      const mostRead = lineIndex(r, (l) => l.trim() === 'Most Read');
      const breaking = lineIndex(r, (l) => l.trim() === 'BREAKING');
      const breakingEnd = breaking < 0 ? -1 : r.rawLines.findIndex((l, i) => i > breaking && !l.trim());
      for (const i of contentLines(r)) {
        if (mostRead >= 0 && i > mostRead) continue;
        if (breaking >= 0 && i >= breaking && i <= breakingEnd) continue;
        const line = r.rawLines[i].trim();
        if (words(line) >= 20 && /[.!?…]["'”’]*$/.test(line)) assert.ok(kept(r, i), `${r.file}:${i + 1} article paragraph was masked`);
      }
    }
  });

  it('002: masks the menus, the BREAKING ticker, the byline widget, captions, tag list and everything after "Most Read"', () => {
    const r = ref('002_');
    const mostRead = lineIndex(r, (l) => l.trim() === 'Most Read');
    assert.ok(mostRead > 0);
    for (let i = mostRead; i < r.rawLines.length; i++) assert.ok(masked(r, i), `line ${i + 1} after Most Read survived`);

    const breaking = lineIndex(r, (l) => l.trim() === 'BREAKING');
    assert.ok(breaking > 0);
    for (let i = breaking; r.rawLines[i].trim(); i++) assert.ok(masked(r, i), `ticker line ${i + 1} survived`);

    for (const i of contentLines(r)) {
      const line = r.rawLines[i];
      if (/^\s*•/.test(line)) assert.ok(masked(r, i), `bullet line ${i + 1} survived`);
      if (/\((?:AFP|AP)\b[^)]*\)\s*$/.test(line)) assert.ok(masked(r, i), `caption line ${i + 1} survived`);
      if (/^\d+ Min Read$/i.test(line.trim())) assert.ok(masked(r, i), 'reading time survived');
      if (/^Read more:/.test(line.trim())) assert.ok(masked(r, i), 'read-more link survived');
    }
    // Everything before the headline is page chrome.
    const headline = lineIndex(r, (l) => l.startsWith('Netanyahu halts Gallant'));
    assert.ok(headline > 0);
    for (let i = 0; i < headline; i++) assert.ok(masked(r, i) || !r.rawLines[i].trim(), `line ${i + 1} above the headline survived`);

    // The two teaser headlines under "Related News" go; the paragraph after them stays.
    const related = lineIndex(r, (l) => l.trim() === 'Related News');
    const after = contentLines(r).filter((i) => i > related);
    assert.ok(masked(r, related) && masked(r, after[0]) && masked(r, after[1]));
    assert.ok(kept(r, after[2]));
  });

  it('002: keeps the headline, the standfirst and the sub-headings', () => {
    const r = ref('002_');
    for (const start of ['Netanyahu halts Gallant', "Yoav Gallant's visit, originally", 'Why it matters', 'US losing trust']) {
      const i = lineIndex(r, (l) => l.startsWith(start));
      assert.ok(i >= 0 && kept(r, i), `${start} …`);
    }
    const keptCount = contentLines(r).filter((i) => kept(r, i)).length;
    assert.ok(keptCount >= 20 && keptCount <= 30, `kept ${keptCount}`);
  });

  it('000, 001, 004: masks the newsletter banner, the app banner and the comment footer; 003 is left alone', () => {
    const ft = ref('000_');
    const ftLines = contentLines(ft);
    assert.ok(masked(ft, ftLines[0]) && masked(ft, ftLines[1]), 'newsletter banner and its blurb');
    assert.ok(masked(ft, ftLines.at(-1)!), 'read-the-full-article link');
    assert.ok(ftLines.slice(2, -1).every((i) => kept(ft, i)));

    const ynet = ref('001_');
    const ynetLines = contentLines(ynet);
    assert.ok(masked(ynet, ynetLines.at(-1)!), 'app banner');
    assert.ok(ynetLines.slice(0, -1).every((i) => kept(ynet, i)));

    const blog = ref('004_');
    const blogLines = contentLines(blog);
    assert.ok(masked(blog, blogLines.at(-1)!) && masked(blog, blogLines.at(-2)!), 'comment footer');
    assert.ok(blogLines.slice(0, -2).every((i) => kept(blog, i)));

    const toi = ref('003_');
    assert.ok(contentLines(toi).every((i) => kept(toi, i)));
  });

  it('finds a dateline only where the page prints one, and it agrees with references.json', () => {
    const sidecar = existsSync(join(DIR, 'references.json')) ? parseSidecar(readFileSync(join(DIR, 'references.json'), 'utf8')) : new Map();
    for (const r of refs) {
      const found = findDateline(r.raw);
      if (r.file.startsWith('002_')) assert.ok(found, '002 prints its date in the byline widget');
      const expected = sidecar.get(r.file)?.published;
      if (found && expected) assert.equal(found, expected, r.file);
    }
  });
});
