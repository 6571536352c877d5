// Suppression comments: copydesk-disable-next-line and copydesk-disable / copydesk-enable blocks.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { codeOf, openDraft, waitForDiagnostics } from '../helpers';

const TITLE = 'names/title-mismatch';
const titleLines = (diags: vscode.Diagnostic[]) => diags.filter((d) => codeOf(d) === TITLE).map((d) => d.range.start.line);

describe('suppression comments', () => {
  it('a disable comment silences the next line, a disable/enable block its lines, and nothing else', async () => {
    const { document: doc } = await openDraft('drafts/suppressed.md');
    const lines = doc.getText().split('\n');
    const last = lines.findIndex((l) => l.startsWith('Harbour director Olle Brandt walked'));
    // The only finding left is on the line no comment covers.
    const diags = await waitForDiagnostics(doc.uri, (d) => titleLines(d).length > 0, TITLE);
    assert.deepEqual(titleLines(diags), [last]);
  });

  it('the silenced line is reported again once its comment is removed', async () => {
    const editor = await openDraft('drafts/suppressed.md');
    const doc = editor.document;
    const comment = doc.getText().split('\n').findIndex((l) => l.startsWith('<!-- copydesk-disable-next-line'));
    const ok = await editor.edit((b) => b.delete(new vscode.Range(comment, 0, comment + 1, 0)));
    assert.ok(ok);
    const toured = doc.getText().split('\n').findIndex((l) => l.startsWith('Foreign Minister Katarina Lindqvist toured'));
    const diags = await waitForDiagnostics(doc.uri, (d) => titleLines(d).includes(toured), `${TITLE} on line ${toured + 1}`);
    const thanked = doc.getText().split('\n').findIndex((l) => l.startsWith('Foreign Minister Katarina Lindqvist thanked'));
    assert.ok(!titleLines(diags).includes(thanked), 'the disable/enable block still holds');
  });
});
