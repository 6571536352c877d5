// CI workflows with the built CLI: baselines, --changed-since in a real git repository, --fix round-trip.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, buildOnce, fixtureCopy, git, parseJson, run, textAt } from './helpers';

describe('copydesk check workflows (built binary)', function () {
  this.timeout(60000);
  before(() => buildOnce());

  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = fixtureCopy()));
  afterEach(() => cleanup());

  describe('baselines', () => {
    it('round-trips: write → exit 0; unrelated edits keep it at 0; a new finding fails alone', () => {
      const drafts = ['drafts/misspelled.md', 'drafts/wrong-title.md'];
      const write = run(['check', '--write-baseline', 'baseline.json', ...drafts], { cwd: dir });
      assert.equal(write.code, 0, write.stderr);
      assert.match(write.stderr, /wrote 2 findings to the baseline baseline\.json/);
      const baseline = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8'));
      assert.equal(baseline.version, 1);
      assert.deepEqual(baseline.findings.map((f: { path: string }) => f.path).sort(), drafts);
      assert.ok(baseline.findings.every((f: { fingerprint: string }) => /^[0-9a-f]{32}:\d+$/.test(f.fingerprint)));

      const again = run(['check', '--baseline', 'baseline.json', '--format', 'json', ...drafts], { cwd: dir });
      assert.equal(again.code, 0, again.stdout + again.stderr);
      assert.ok(parseJson(again.stdout).files.every((f) => f.diagnostics.length === 0));

      // Unrelated edits move the findings to other lines: still baselined.
      const misspelled = join(dir, 'drafts', 'misspelled.md');
      const text = readFileSync(misspelled, 'utf8');
      writeFileSync(misspelled, text.replace('# Harbour deal in sight\n', '# Harbour deal in sight\n\nAn added paragraph about the weather in the bay.\n\nAnd another one.\n'));
      const moved = run(['check', '--baseline', 'baseline.json', ...drafts], { cwd: dir });
      assert.equal(moved.code, 0, moved.stdout);
      assert.match(moved.stdout, /2 findings in the baseline not shown/);

      // A new finding is reported, and only it.
      appendFileSync(join(dir, 'drafts', 'wrong-title.md'), '\nLater, Finance Minister Henrik Solberg spoke again about the port.\n');
      const fresh = run(['check', '--baseline', 'baseline.json', '--format', 'json', ...drafts], { cwd: dir });
      assert.equal(fresh.code, 1, fresh.stderr);
      const all = parseJson(fresh.stdout).files.flatMap((f) => f.diagnostics.map((d) => ({ path: f.path, d })));
      assert.equal(all.length, 1, JSON.stringify(all));
      assert.equal(all[0].path, 'drafts/wrong-title.md');
      assert.equal(all[0].d.code, 'names/title-mismatch');
      assert.equal(all[0].d.range.start.line, 11);
    });

    it('exits 2 for a file that is not a baseline', () => {
      writeFileSync(join(dir, 'bad-baseline.json'), '{"hello": 1}');
      const r = run(['check', '--baseline', 'bad-baseline.json', 'drafts/clean.md'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^copydesk: baseline .*bad-baseline\.json is not a Copydesk baseline/);
    });
  });

  describe('--changed-since', () => {
    beforeEach(() => {
      git(dir, 'init', '-q', '-b', 'main');
      git(dir, 'add', '.');
      git(dir, 'commit', '-q', '-m', 'archive');
    });

    it('checks only the drafts changed since the ref (tracked and untracked)', () => {
      const none = run(['check', '--changed-since', 'HEAD', '--format', 'json'], { cwd: dir });
      assert.equal(none.code, 0, none.stderr);
      assert.deepEqual(parseJson(none.stdout).files, []);

      appendFileSync(join(dir, 'drafts', 'clean.md'), '\nFinance Minister Henrik Solberg was not there.\n');
      writeFileSync(join(dir, 'drafts', 'new.md'), '# New\n\nForeign Secretary Tobias Achterberg spoke.\n');
      const r = run(['check', '--changed-since', 'HEAD', '--format', 'json', 'drafts/'], { cwd: dir });
      assert.equal(r.code, 1, r.stderr);
      const report = parseJson(r.stdout);
      assert.deepEqual(report.files.map((f) => f.path), ['drafts/clean.md', 'drafts/new.md']);
      assert.deepEqual(report.files[0].diagnostics.map((d) => d.code), ['names/title-mismatch']);
    });

    it('--changed-lines reports only findings on lines changed since the ref', () => {
      const path = join(dir, 'drafts', 'wrong-title.md');
      const before = readFileSync(path, 'utf8');
      appendFileSync(path, '\nForeign Minister Maria Lindkvist added nothing.\n');
      const all = run(['check', '--changed-since', 'HEAD', '--format', 'json'], { cwd: dir });
      assert.deepEqual(parseJson(all.stdout).files[0].diagnostics.map((d) => d.code).sort(), ['names/spelling-variant', 'names/title-mismatch']);

      const changed = run(['check', '--changed-since', 'HEAD', '--changed-lines', '--format', 'json'], { cwd: dir });
      assert.equal(changed.code, 1, changed.stderr);
      const diags = parseJson(changed.stdout).files[0].diagnostics;
      assert.equal(diags.length, 1);
      assert.equal(diags[0].code, 'names/spelling-variant');
      assert.equal(textAt(readFileSync(path, 'utf8'), diags[0].range), 'Lindkvist');
      assert.ok(diags[0].range.start.line >= before.split('\n').length - 1);
    });

    it('exits 2 for a ref git does not know', () => {
      const r = run(['check', '--changed-since', 'no-such-branch', 'drafts/'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^copydesk: --changed-since: "no-such-branch" is not a commit/);
    });
  });

  describe('--fix', () => {
    it('applies safe fixes in place; the fixed draft re-checked has no fixable finding', () => {
      const path = join(dir, 'drafts', 'misspelled.md');
      const original = readFileSync(path, 'utf8');
      const r = run(['check', '--fix', 'drafts/misspelled.md', 'drafts/wrong-title.md'], { cwd: dir });
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /Fixed 2 problems in 2 files\./);
      const fixed = readFileSync(path, 'utf8');
      assert.equal(fixed, original.replace('Foreign Minister Maria Lindkvist', 'Foreign Minister Maria Lindqvist'), 'only the prose mention changes; the code block keeps its text');
      assert.match(readFileSync(join(dir, 'drafts', 'wrong-title.md'), 'utf8'), /^Trade Minister Henrik Solberg said/m);

      const recheck = run(['check', '--format', 'json', 'drafts/misspelled.md', 'drafts/wrong-title.md'], { cwd: dir });
      assert.equal(recheck.code, 0, recheck.stdout);
      const fixable = parseJson(recheck.stdout).files.flatMap((f) => f.diagnostics).filter((d) => d.data.fixes.some((x) => x.safe));
      assert.deepEqual(fixable, []);
    });

    it('--fix-dry-run prints a unified diff and changes nothing', () => {
      const path = join(dir, 'drafts', 'misspelled.md');
      const original = readFileSync(path, 'utf8');
      const r = run(['check', '--fix-dry-run', 'drafts/misspelled.md', 'drafts/clean.md'], { cwd: dir });
      assert.equal(readFileSync(path, 'utf8'), original);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(
        r.stdout,
        [
          '--- a/drafts/misspelled.md',
          '+++ b/drafts/misspelled.md',
          '@@ -5,7 +5,7 @@',
          ' ',
          ' # Harbour deal in sight',
          ' ',
          '-Foreign Minister Maria Lindkvist met Foreign Secretary Tobias Achterberg in Sundholm on Monday, officials said.',
          '+Foreign Minister Maria Lindqvist met Foreign Secretary Tobias Achterberg in Sundholm on Monday, officials said.',
          ' ',
          ' ```',
          ' Lindkvist in a code block is not prose.',
          '',
        ].join('\n'),
      );
      assert.match(r.stderr, /would fix 1 problem in 1 file; 0 problems would remain/);
    });
  });

  describe('progress', () => {
    const manyDrafts = () => {
      for (let i = 0; i < 12; i++) copyFileSync(join(dir, 'drafts', 'clean.md'), join(dir, 'drafts', `copy-${i}.md`));
    };

    it('shows a progress bar on stderr when it is a terminal', function () {
      if (spawnSync('script', ['--version']).error) this.skip(); // util-linux `script` gives the command a terminal
      manyDrafts();
      const env: NodeJS.ProcessEnv = { ...process.env };
      delete env.CI;
      const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} check --jobs 1 drafts/ > report.txt`;
      const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: dir, env, encoding: 'utf8' });
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.match(r.stdout, /checking \[#-+\] 1\/16/);
      assert.match(r.stdout, /checking \[#+\] 16\/16\r\u001b\[2K$/, 'the bar fills up and is cleared at the end');
      assert.match(readFileSync(join(dir, 'report.txt'), 'utf8'), /names\/spelling-variant/);
    });

    it('is silent on stderr when stderr is not a terminal', () => {
      manyDrafts();
      const r = run(['check', 'drafts/'], { cwd: dir });
      assert.equal(r.code, 1);
      assert.equal(r.stderr, '');
    });
  });
});
