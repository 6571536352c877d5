// Diagnostics that explain themselves: code with a docs link, message naming what the references say,
// related information opening the reference at the evidence, severity.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { rules } from '../../../server/src/engine/checks/index';
import { codeOf, hasCode, openDraft, textOf, waitForDiagnostics } from '../helpers';

const registered = new Set(rules.map((r) => r.id));

describe('diagnostics', () => {
  let doc: vscode.TextDocument;
  let diags: vscode.Diagnostic[];

  before(async () => {
    doc = (await openDraft('drafts/ferry.md')).document;
    const expected = ['names/title-mismatch', 'dates/weekday-mismatch', 'attribution/unattributed-quote'].filter((c) => registered.has(c));
    diags = await waitForDiagnostics(doc.uri, (d) => expected.every((c) => hasCode(d, c)), `${expected.join(', ')} diagnostics`);
  });

  it('flags a wrong title, with the title the references give', () => {
    const d = diags.find((x) => codeOf(x) === 'names/title-mismatch');
    assert.ok(d);
    assert.equal(textOf(doc, d), 'Foreign Minister');
    assert.match(d.message, /Finance Minister/);
    assert.match(d.message, /Harbour Courier/);
    assert.equal(d.source, 'copydesk');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('links the rule code to its documentation', async () => {
    const d = diags.find((x) => codeOf(x) === 'names/title-mismatch')!;
    assert.equal(typeof d.code, 'object');
    const target = (d.code as { value: string; target: vscode.Uri }).target;
    assert.match(target.toString(), /names-title-mismatch/);
    // The page ships in the .vsix: the link opens it without a network.
    assert.equal(target.scheme, 'file', target.toString());
    const page = Buffer.from(await vscode.workspace.fs.readFile(target)).toString('utf8');
    assert.match(page, /title-mismatch/);
  });

  it('points related information at the evidence sentence in the reference file', async () => {
    const d = diags.find((x) => codeOf(x) === 'names/title-mismatch')!;
    const related = d.relatedInformation ?? [];
    const courier = related.find((r) => r.location.uri.path.endsWith('/references/harbour-courier.md'));
    assert.ok(courier, `related information into harbour-courier.md: ${JSON.stringify(related.map((r) => r.location.uri.path))}`);
    const ref = await vscode.workspace.openTextDocument(courier.location.uri);
    assert.match(ref.lineAt(courier.location.range.start.line).text, /Finance Minister Katarina Lindqvist/);
  });

  it('flags a weekday the references contradict', function () {
    if (!registered.has('dates/weekday-mismatch')) this.skip();
    const d = diags.find((x) => codeOf(x) === 'dates/weekday-mismatch');
    assert.ok(d);
    assert.equal(textOf(doc, d), 'Monday');
    assert.match(d.message, /Tuesday/);
  });

  it('flags an unattributed quote', function () {
    if (!registered.has('attribution/unattributed-quote')) this.skip();
    const d = diags.find((x) => codeOf(x) === 'attribution/unattributed-quote');
    assert.ok(d);
    assert.match(textOf(doc, d), /We kept our promise to the islands/);
  });

  it('reports nothing on a correct sentence', () => {
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('Harbour director Olle Brandt'));
    assert.ok(line > 0);
    assert.deepEqual(
      diags.filter((d) => d.range.start.line === line).map(codeOf),
      [],
    );
  });
});
