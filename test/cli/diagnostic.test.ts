// toDiagnostic: the one Finding → LSP Diagnostic conversion (server and CLI).
import { strict as assert } from 'node:assert';
import { toDiagnostic, evidenceMessage, isDiagnosticData } from '../../server/src/lsp/diagnostic';
import type { Finding } from '../../server/src/engine/types';

const finding = (over: Partial<Finding> = {}): Finding => ({
  check: 'names',
  rule: 'names/spelling-variant',
  severity: 'warning',
  range: { start: 0, end: 0 },
  message: 'spelling',
  evidence: [],
  fixes: [],
  ...over,
});

describe('toDiagnostic', () => {
  it('maps offsets to UTF-16 line/character positions', () => {
    const text = 'Title\n😀 Foreign Minister Maria Lindkvist\r\nsaid';
    const start = text.indexOf('Lindkvist');
    const d = toDiagnostic(finding({ range: { start, end: start + 9 } }), text, (id) => `file://${id}`, () => undefined);
    // The emoji is two UTF-16 code units.
    assert.deepEqual(d.range, { start: { line: 1, character: 26 }, end: { line: 1, character: 35 } });
    const said = text.indexOf('said');
    assert.deepEqual(toDiagnostic(finding({ range: { start: said, end: said + 4 } }), text, String, () => undefined).range.start, { line: 2, character: 0 });
  });

  it('fills code, source, severity, the docs link and data for code actions', () => {
    const fixes = [{ title: 'Change to "Lindqvist"', edits: [{ range: { start: 0, end: 3 }, newText: 'x' }], safe: true }];
    const d = toDiagnostic(finding({ severity: 'error', fixes, data: { expected: 'Lindqvist' } }), 'abc', String, () => undefined);
    assert.equal(d.code, 'names/spelling-variant');
    assert.equal(d.source, 'copydesk');
    assert.equal(d.severity, 1);
    assert.match(d.codeDescription!.href, /names-spelling-variant\.md$/);
    assert.deepEqual(d.data, { rule: 'names/spelling-variant', fixes, evidence: [], data: { expected: 'Lindqvist' } });
    assert.ok(isDiagnosticData(d.data));
    assert.equal(d.relatedInformation, undefined);
    assert.equal(toDiagnostic(finding({ severity: 'info' }), '', String, () => undefined).severity, 3);
    assert.equal(toDiagnostic(finding({ severity: 'hint' }), '', String, () => undefined).severity, 4);
  });

  it('points related information into the reference text, or at 0:0 when the excerpt has no range', () => {
    const refs: Record<string, string> = { '/refs/a.txt': 'Menu\n\nForeign Minister Maria Lindqvist said' };
    const start = refs['/refs/a.txt'].indexOf('Foreign');
    const d = toDiagnostic(
      finding({
        evidence: [
          { ref: '/refs/a.txt', outlet: 'Coastal Gazette', published: '2025-03-10', range: { start, end: start + 32 }, excerpt: 'Foreign Minister Maria Lindqvist said' },
          { ref: '/refs/b.html', range: null, excerpt: 'Lindqvist spoke' },
        ],
      }),
      'x',
      (id) => `file://${id}`,
      (id) => refs[id],
    );
    assert.deepEqual(d.relatedInformation, [
      { location: { uri: 'file:///refs/a.txt', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 32 } } }, message: 'Coastal Gazette, March 10, 2025: Foreign Minister Maria Lindqvist said' },
      { location: { uri: 'file:///refs/b.html', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, message: 'b.html: Lindqvist spoke' },
    ]);
  });

  it('recomputes reference positions when a reference text changes under the same id', () => {
    let ref = 'one\nLindqvist';
    const ev = () => [{ ref: 'r', range: { start: ref.indexOf('Lindqvist'), end: ref.indexOf('Lindqvist') + 9 }, excerpt: 'Lindqvist' }];
    const at = () => toDiagnostic(finding({ evidence: ev() }), 'x', String, () => ref).relatedInformation![0].location.range.start;
    assert.deepEqual(at(), { line: 1, character: 0 });
    ref = 'one\ntwo\nthree Lindqvist';
    assert.deepEqual(at(), { line: 2, character: 6 });
  });

  it('formats evidence as "Outlet (date): excerpt"', () => {
    assert.equal(evidenceMessage({ ref: '/x/y.txt', outlet: 'Daily', published: '2025-01-02', range: null, excerpt: 'E' }), 'Daily (2025-01-02): E');
    assert.equal(evidenceMessage({ ref: 'file:///x/some%20file.txt', range: null, excerpt: 'E' }), 'some file.txt: E');
  });

  it('rejects malformed data coming back from a client', () => {
    assert.equal(isDiagnosticData(undefined), false);
    assert.equal(isDiagnosticData({ rule: 'x', fixes: [{ title: 't', edits: [{ range: { start: 'a', end: 1 }, newText: '' }] }], evidence: [] }), false);
  });
});

describe('toDiagnostic: evidence inside the draft', () => {
  it('points related information at the draft itself for DRAFT_REF evidence', () => {
    const text = 'Qaderi came.\nQadiri left.';
    const d = toDiagnostic(
      {
        check: 'names', rule: 'names/inconsistent-in-draft', severity: 'warning', range: { start: 13, end: 19 }, message: 'm',
        evidence: [{ ref: '#draft', range: { start: 0, end: 12 }, excerpt: 'Qaderi came.' }], fixes: [],
      },
      text, (id) => `file:///refs/${id}`, () => undefined, 'file:///drafts/a.md',
    );
    assert.equal(d.relatedInformation?.[0].location.uri, 'file:///drafts/a.md');
    assert.deepEqual(d.relatedInformation?.[0].location.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 12 } });
  });
});
