// The built CLI: formats and exit codes, on fixture drafts and reference articles written for these tests.
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createEngine } from '../../server/src/engine/index';
import { createNodeHost, toEnginePath } from '../../server/src/host/node-host';
import { toDiagnostic } from '../../server/src/lsp/diagnostic';
import { silentLogger } from '../../server/src/engine/types';
import { buildOnce, FIXTURES, fixtureCopy, parseJson, run, textAt } from './helpers';

const draft = (name: string) => join(FIXTURES, 'drafts', name);
const read = (path: string) => readFileSync(path, 'utf8');

describe('copydesk check (built binary)', function () {
  this.timeout(60000);
  before(() => buildOnce());

  describe('exit codes', () => {
    it('exits 0 with nothing on stdout for a clean draft', () => {
      const r = run(['check', 'drafts/clean.md']);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, '');
    });

    it('exits 1 when a draft has findings at or above the fail level', () => {
      const r = run(['check', 'drafts/misspelled.md']);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stdout, /names\/spelling-variant/);
    });

    it('--fail-level error lets warnings pass; a rule configured as error still fails', () => {
      assert.equal(run(['check', '--fail-level', 'error', 'drafts/wrong-title.md']).code, 0);
      const strict = run(['check', '--config', 'copydesk.strict.json', '--fail-level', 'error', 'drafts/wrong-title.md']);
      assert.equal(strict.code, 1, strict.stderr);
      assert.match(strict.stdout, /error\s+.*names\/title-mismatch/);
    });

    it('--max-warnings N fails only past N warnings', () => {
      const args = ['check', '--fail-level', 'error', 'drafts/misspelled.md', 'drafts/wrong-title.md'];
      assert.equal(run([...args, '--max-warnings', '2']).code, 0);
      const over = run([...args, '--max-warnings', '1']);
      assert.equal(over.code, 1);
      assert.match(over.stderr, /2 warnings, more than --max-warnings 1/);
    });

    const toolErrors: [string, string[], RegExp, ((dir: string) => void)?][] = [
      ['a malformed config', ['check', '--config', 'broken.json', 'drafts/clean.md'], /broken\.json: invalid JSON at line 3/],
      ['a missing config file', ['check', '--config', 'nope.json', 'drafts/clean.md'], /config file not found: nope\.json/],
      ['references that match nothing', ['check', '--refs', 'refs/*.pdf', 'drafts/clean.md'], /reference path "refs\/\*\.pdf" matches no/],
      ['a draft that does not exist', ['check', 'drafts/missing.md'], /no such file or folder: drafts\/missing\.md/],
      ['a glob that matches no draft', ['check', 'drafts/*.markdown'], /no draft files matched drafts\/\*\.markdown/],
      ['an unknown option', ['check', '--frobnicate', 'drafts/clean.md'], /unknown option --frobnicate/],
      ['an unknown format', ['check', '--format', 'xml', 'drafts/clean.md'], /--format must be one of text, json, sarif, github/],
      ['a bad --published date', ['check', '--published', '2025-02-30', 'drafts/clean.md'], /--published must be a date/],
      ['no drafts at all', ['check'], /no drafts given/],
      ['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    ];
    for (const [what, args, message] of toolErrors) {
      it(`exits 2 with one line on stderr for ${what}`, () => {
        const r = run(args);
        assert.equal(r.code, 2, `stdout: ${r.stdout}\nstderr: ${r.stderr}`);
        assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
        assert.match(r.stderr, /^copydesk: /);
        assert.match(r.stderr, message);
        assert.equal(r.stdout, '');
      });
    }

    it('exits 2 when no references are configured or given', () => {
      const dir = mkdtempSync(join(tmpdir(), 'copydesk-norefs-'));
      try {
        writeFileSync(join(dir, 'a.md'), 'Foreign Minister Maria Lindkvist spoke.\n');
        const r = run(['check', 'a.md'], { cwd: dir });
        assert.equal(r.code, 2);
        assert.match(r.stderr, /^copydesk: no reference articles: pass --refs PATH or create a copydesk\.json/);
        assert.equal(r.stderr.trimEnd().split('\n').length, 1);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('exits 2 for binary and huge drafts, never crashing', () => {
      const { dir, cleanup } = fixtureCopy();
      try {
        writeFileSync(join(dir, 'drafts', 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]));
        const bin = run(['check', 'drafts/image.md'], { cwd: dir });
        assert.equal(bin.code, 2);
        assert.match(bin.stderr, /^copydesk: drafts\/image\.md: binary file/);
        assert.equal(bin.stderr.trimEnd().split('\n').length, 1);

        writeFileSync(join(dir, 'drafts', 'huge.md'), 'Foreign Minister Maria Lindqvist spoke. '.repeat(60000));
        const huge = run(['check', 'drafts/huge.md'], { cwd: dir });
        assert.equal(huge.code, 2);
        assert.match(huge.stderr, /^copydesk: drafts\/huge\.md: file is 2\.\d MB, over the 1 MB limit for a draft/);
        assert.equal(huge.stderr.trimEnd().split('\n').length, 1);
      } finally {
        cleanup();
      }
    });

    it('checks broken Markdown without crashing', () => {
      const r = run(['check', '--format', 'json', 'drafts/broken-markdown.md']);
      assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
      const report = parseJson(r.stdout);
      assert.equal(report.files.length, 1);
      // The misspelling sits in an unterminated code fence: not prose, so not flagged.
      assert.ok(!report.files[0].diagnostics.some((d) => d.code === 'names/spelling-variant'));
    });
  });

  describe('--format text', () => {
    it('groups findings under the file with line:col, severity, message, rule and the evidence', () => {
      const r = run(['check', 'drafts/misspelled.md', 'drafts/clean.md']);
      const lines = r.stdout.split('\n');
      assert.equal(lines[0], 'drafts/misspelled.md');
      assert.match(lines[1], /^ {2}8:24 {2}warning {2}"Lindkvist" .* {2}names\/spelling-variant$/);
      assert.match(lines[2], /≠ \[-Lindkvist-\] \{\+Lindqvist\+\}$/);
      assert.match(lines.slice(3, 5).join(' '), /↳ Coastal Gazette, March 10, 2025: .*Maria\s+Lindqvist/);
      assert.ok(!r.stdout.includes('clean.md'), 'a clean file is not listed');
      assert.match(r.stdout, /✖ 1 problem \(0 errors, 1 warning\)/);
      assert.match(r.stdout, /1 problem potentially fixable with the `--fix` option/);
    });

    it('fits the terminal width: messages wrap at spaces; the diff and the evidence keep the differing words', () => {
      const r = run(['check', 'drafts/misspelled.md'], { env: { COLUMNS: '64' } });
      const lines = r.stdout.split('\n');
      for (const l of lines) assert.ok([...l].length <= 64, `wider than 64: ${l}`);
      assert.match(r.stdout, /≠ \[-Lindkvist-\] \{\+Lindqvist\+\}/);
      const evidence = r.stdout.slice(r.stdout.indexOf('↳ Coastal Gazette, March 10, 2025:'));
      assert.match(evidence.split('\n').slice(0, 2).join(' '), /Lindqvist/, 'the excerpt is centred on the differing word');
    });

    it('has no colours when stdout is not a terminal, and colours with FORCE_COLOR (which wins over NO_COLOR)', () => {
      assert.ok(!run(['check', 'drafts/misspelled.md']).stdout.includes('\u001b['));
      assert.ok(run(['check', 'drafts/misspelled.md'], { env: { FORCE_COLOR: '1' } }).stdout.includes('\u001b[33mwarning'));
      assert.ok(run(['check', 'drafts/misspelled.md'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout.includes('\u001b['));
      assert.ok(!run(['check', 'drafts/misspelled.md'], { env: { FORCE_COLOR: '0' } }).stdout.includes('\u001b['));
      assert.ok(!run(['check', '--no-color', 'drafts/misspelled.md'], { env: { FORCE_COLOR: '1' } }).stdout.includes('\u001b['));
    });
  });

  describe('--format json', () => {
    it('prints { files: [ { path, diagnostics } ] } with LSP diagnostics pointing into the reference files', () => {
      const r = run(['check', '--format', 'json', 'drafts/clean.md', 'drafts/misspelled.md']);
      assert.equal(r.code, 1, r.stderr);
      const report = parseJson(r.stdout);
      assert.deepEqual(
        report.files.map((f) => f.path),
        ['drafts/clean.md', 'drafts/misspelled.md'],
      );
      assert.deepEqual(report.files[0].diagnostics, []);
      const [d] = report.files[1].diagnostics;
      assert.equal(report.files[1].diagnostics.length, 1);
      assert.equal(d.code, 'names/spelling-variant');
      assert.equal(d.source, 'copydesk');
      assert.equal(d.severity, 2);
      assert.equal(textAt(read(draft('misspelled.md')), d.range), 'Lindkvist');
      assert.match(d.codeDescription!.href, /^https:\/\/.*names-spelling-variant/);
      const ref = join(FIXTURES, 'refs', 'harbour-talks.txt');
      const related = d.relatedInformation!.find((x) => x.location.uri === pathToFileURL(ref).href);
      assert.ok(related, JSON.stringify(d.relatedInformation));
      assert.match(related.message, /^Coastal Gazette, March 10, 2025: “Lindqvist”$/);
      assert.ok(textAt(read(ref), related.location.range).includes('Lindqvist'), 'the related range covers the evidence in the reference file');
      assert.ok(d.data.fixes.some((f) => f.safe && f.edits.some((e) => e.newText === 'Lindqvist')));
    });

    it('prints exactly the diagnostics toDiagnostic makes from the engine (what the server publishes)', async () => {
      const r = run(['check', '--format', 'json', 'drafts/misspelled.md', 'drafts/wrong-title.md']);
      const report = parseJson(r.stdout);
      const engine = createEngine(createNodeHost(silentLogger));
      await engine.open({ startDir: toEnginePath(FIXTURES), configPath: toEnginePath(join(FIXTURES, 'copydesk.json')) });
      for (const file of report.files) {
        const path = toEnginePath(join(FIXTURES, file.path));
        const text = read(path);
        const expected = engine.check(text, { path }).map((f) =>
          toDiagnostic(f, text, (id) => pathToFileURL(id).href, (id) => engine.corpus.get(id)?.raw),
        );
        assert.ok(expected.length > 0);
        assert.deepEqual(file.diagnostics, JSON.parse(JSON.stringify(expected)));
      }
    });

    it('gives the same report with worker threads (--jobs 2) as in one thread', () => {
      const args = ['check', '--format', 'json', 'drafts/'];
      const one = run([...args, '--jobs', '1']);
      const two = run([...args, '--jobs', '2']);
      assert.equal(two.code, one.code, two.stderr);
      assert.equal(two.stdout, one.stdout);
      assert.ok(parseJson(one.stdout).files.length >= 4);
    });

    it('does not check the project\'s reference files as drafts when given their folder', () => {
      const r = run(['check', '--format', 'json', '.']);
      const paths = parseJson(r.stdout).files.map((f) => f.path);
      assert.ok(paths.includes('drafts/misspelled.md'));
      assert.ok(!paths.includes('refs/port-fees.md'), paths.join(', '));
    });

    it('accepts --refs relative to the working directory in addition to the config', () => {
      const r = run(['check', '--format', 'json', '--refs', 'test/fixtures/cli/refs/harbour-talks.txt', 'test/fixtures/cli/drafts/misspelled.md'], { cwd: join(FIXTURES, '..', '..', '..') });
      assert.equal(r.code, 1, r.stderr);
      assert.equal(parseJson(r.stdout).files[0].diagnostics[0].code, 'names/spelling-variant');
    });
  });

  describe('--format github', () => {
    it('prints one workflow command per finding with escaped properties and message', () => {
      const r = run(['check', '--format', 'github', 'drafts/misspelled.md', 'drafts/wrong-title.md']);
      assert.equal(r.code, 1);
      const lines = r.stdout.trimEnd().split('\n');
      assert.equal(lines.length, 2);
      assert.match(lines[0], /^::warning file=drafts\/misspelled\.md,line=8,col=24,endLine=8,endColumn=33,title=copydesk names\/spelling-variant::"Lindkvist" is not how/);
      assert.match(lines[1], /^::warning file=drafts\/wrong-title\.md,line=8,col=1,endLine=8,endColumn=17,title=copydesk names\/title-mismatch::/);
      // Evidence lines are joined with an escaped newline; the command itself stays on one line.
      assert.match(lines[0], /%0A {2}Coastal Gazette \(2025-03-10\): /);
      // Only the first evidence sentence, though the title finding has two references.
      assert.equal(lines[1].split('%0A').length, 2, lines[1]);
    });
  });

  describe('--output', () => {
    it('writes the chosen format to the file while the terminal gets the text report', () => {
      const dir = mkdtempSync(join(tmpdir(), 'copydesk-out-'));
      try {
        const out = join(dir, 'report.json');
        const r = run(['check', '--format', 'json', '--output', out, 'drafts/misspelled.md']);
        assert.equal(r.code, 1);
        assert.match(r.stdout, /^drafts\/misspelled\.md\n/);
        assert.equal(parseJson(read(out)).files[0].diagnostics[0].code, 'names/spelling-variant');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
