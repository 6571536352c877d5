// Settings: a check set to "off" in copydesk.checks loses its diagnostics; the others stay.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { rules } from '../../../server/src/engine/checks/index';
import { codeOf, hasCode, openDraft, waitForDiagnostics } from '../helpers';

const registered = new Set(rules.map((r) => r.id));
const isNames = (d: vscode.Diagnostic) => codeOf(d).startsWith('names/');

describe('settings', () => {
  after(async () => {
    await vscode.workspace.getConfiguration('copydesk').update('checks', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('"copydesk.checks": {"names": "off"} removes the names diagnostics and keeps the rest; removing it brings them back', async () => {
    const { document: doc } = await openDraft('drafts/settings.md');
    const dates = registered.has('dates/weekday-mismatch');
    await waitForDiagnostics(doc.uri, (d) => hasCode(d, 'names/title-mismatch') && (!dates || hasCode(d, 'dates/weekday-mismatch')), 'names and dates');

    await vscode.workspace.getConfiguration('copydesk').update('checks', { names: 'off' }, vscode.ConfigurationTarget.Workspace);
    const off = await waitForDiagnostics(doc.uri, (d) => !d.some(isNames), 'no names diagnostics with names off');
    if (dates) assert.ok(hasCode(off, 'dates/weekday-mismatch'), 'dates still reported');

    await vscode.workspace.getConfiguration('copydesk').update('checks', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(doc.uri, (d) => hasCode(d, 'names/title-mismatch'), 'names/title-mismatch back');
  });

  it('a per-rule level changes the severity', async () => {
    const { document: doc } = await openDraft('drafts/settings.md');
    await vscode.workspace.getConfiguration('copydesk').update('checks', { 'names/title-mismatch': 'error' }, vscode.ConfigurationTarget.Workspace);
    const diags = await waitForDiagnostics(
      doc.uri,
      (d) => d.some((x) => codeOf(x) === 'names/title-mismatch' && x.severity === vscode.DiagnosticSeverity.Error),
      'names/title-mismatch as an error',
    );
    assert.ok(diags.length > 0);
  });
});
