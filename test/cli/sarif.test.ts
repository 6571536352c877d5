// `--format sarif`: SARIF 2.1.0 that the official SARIF multitool validates without errors or warnings.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatSarif } from '../../server/src/cli/format/sarif';
import type { RunReport } from '../../server/src/cli/report';
import { rules } from '../../server/src/engine/checks/index';
import type { Finding } from '../../server/src/engine/types';
import { buildOnce, FIXTURES, run } from './helpers';

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri: string; shortDescription: { text: string } }[] } };
    columnKind: string;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number; snippet: { text: string } } } }[];
      relatedLocations: { id: number; message: { text: string }; physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn: number; endColumn: number } } }[];
      partialFingerprints: Record<string, string>;
      fixes?: { description: { text: string }; artifactChanges: { artifactLocation: { uri: string }; replacements: { deletedRegion: { startLine: number; startColumn: number; endColumn: number }; insertedContent: { text: string } }[] }[] }[];
    }[];
  }[];
}

function multitool(): string {
  return require.resolve('@microsoft/sarif-multitool-linux/Sarif.Multitool');
}

describe('copydesk check --format sarif (built binary)', function () {
  this.timeout(120000);
  let dir: string;
  let sarifText: string;
  before(() => {
    buildOnce();
    dir = mkdtempSync(join(tmpdir(), 'copydesk-sarif-'));
    const r = run(['check', '--format', 'sarif', 'drafts/']);
    assert.equal(r.code, 1, r.stderr);
    sarifText = r.stdout;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('has the rules, fingerprints, related locations into reference files and fixes', () => {
    const log = JSON.parse(sarifText) as SarifLog;
    assert.equal(log.version, '2.1.0');
    const run0 = log.runs[0];
    assert.equal(run0.tool.driver.name, 'copydesk');
    assert.equal(run0.columnKind, 'utf16CodeUnits');
    const ids = run0.tool.driver.rules.map((r) => r.id);
    assert.ok(ids.includes('names/spelling-variant') && ids.includes('names/title-mismatch'));
    const result = run0.results.find((r) => r.ruleId === 'names/spelling-variant' && r.locations[0].physicalLocation.artifactLocation.uri === 'drafts/misspelled.md');
    assert.ok(result, JSON.stringify(run0.results.map((r) => r.ruleId)));
    assert.equal(run0.tool.driver.rules[result.ruleIndex].id, result.ruleId);
    assert.equal(result.level, 'warning');
    const loc = result.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uriBaseId, 'SRCROOT');
    assert.deepEqual({ ...loc.region, snippet: undefined }, { startLine: 8, startColumn: 24, endLine: 8, endColumn: 33, snippet: undefined });
    assert.equal(loc.region.snippet.text, 'Lindkvist');
    assert.match(Object.values(result.partialFingerprints)[0], /^[0-9a-f]{32}:0$/);

    const related = result.relatedLocations.find((r) => r.physicalLocation.artifactLocation.uri === 'refs/harbour-talks.txt');
    assert.ok(related, JSON.stringify(result.relatedLocations));
    assert.match(related.message.text, /^Coastal Gazette \(2025-03-10\): /);
    const refLines = readFileSync(join(FIXTURES, 'refs', 'harbour-talks.txt'), 'utf8').split('\n');
    const region = related.physicalLocation.region!;
    assert.ok(refLines[region.startLine - 1].includes('Lindqvist'));

    const fix = result.fixes?.find((f) => f.artifactChanges[0].replacements.some((r) => r.insertedContent.text === 'Lindqvist'));
    assert.ok(fix, JSON.stringify(result.fixes));
    assert.deepEqual(fix.artifactChanges[0].replacements[0].deletedRegion, { startLine: 8, startColumn: 24, endLine: 8, endColumn: 33 });
  });

  function validate(sarif: string): string[] {
    const input = join(dir, 'copydesk.sarif');
    const output = join(dir, 'validation.sarif');
    writeFileSync(input, sarif);
    execFileSync(multitool(), ['validate', input, '--output', output, '--log', 'ForceOverwrite', '--level', 'Error;Warning'], { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
    const validation = JSON.parse(readFileSync(output, 'utf8')) as { runs: { results?: { level?: string; ruleId: string; message: { id?: string; arguments?: string[] } }[] }[] };
    const problems = (validation.runs[0].results ?? []).filter((r) => r.level === 'error' || r.level === 'warning' || r.level === undefined);
    return problems.map((p) => `${p.ruleId} ${p.message.id ?? ''}: ${(p.message.arguments ?? []).join(' ')}`);
  }

  it('passes `sarif-multitool validate` with no errors or warnings', () => {
    assert.deepEqual(validate(sarifText), []);
  });

  it('stays valid for whole-line and multi-line findings, insertions, odd paths and references outside the project', () => {
    const text = 'Whole line finding.\nA name 😀 Lindkvist here\nspans two\nlines';
    const ref = 'Outside reference with Lindqvist.\n';
    const finding = (start: number, end: number, over: Partial<Finding> = {}): Finding => ({
      check: 'names',
      rule: 'names/spelling-variant',
      severity: 'warning',
      range: { start, end },
      message: 'm',
      evidence: [
        { ref: '/elsewhere/refs/a ref.txt', outlet: 'Coastal Gazette', published: '2025-03-10', range: { start: 23, end: 32 }, excerpt: 'Lindqvist' },
        { ref: '/elsewhere/refs/b.html', range: null, excerpt: 'Lindqvist' },
      ],
      fixes: [{ title: 'Insert', edits: [{ range: { start, end: start }, newText: 'x' }], safe: true }],
      ...over,
    });
    const l = text.indexOf('Lindkvist');
    const findings = [finding(0, 19), finding(l, l + 9, { severity: 'info' }), finding(text.indexOf('spans'), text.length, { rule: 'made/up-rule', severity: 'error' })];
    const report: RunReport = {
      cwd: '/project',
      files: [{ path: '/project/drafts/a draft ü.md', displayPath: 'drafts/a draft ü.md', text, findings, fingerprints: findings.map((_, i) => `f${i}:0`), diagnostics: [], fixesApplied: 0 }],
      rules,
      ruleLevels: {},
      referenceText: (id) => (id.endsWith('a ref.txt') ? ref : undefined),
      baselined: 0,
      outsideChangedLines: 0,
      version: '0.0.0',
    };
    const sarif = formatSarif(report);
    const result = (JSON.parse(sarif) as SarifLog).runs[0].results[1];
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'drafts/a%20draft%20%C3%BC.md');
    assert.equal(result.locations[0].physicalLocation.region.startColumn, 11, 'columns count UTF-16 code units (the emoji is two)');
    assert.equal(result.relatedLocations[0].physicalLocation.artifactLocation.uri, 'file:///elsewhere/refs/a%20ref.txt');
    assert.equal(result.relatedLocations[1].physicalLocation.region, undefined);
    assert.deepEqual(validate(sarif), []);
  });
});
