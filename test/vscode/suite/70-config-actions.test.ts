// Code actions that write copydesk.json: "Ignore this occurrence" and "Accept this variant".
// Last in the run: they change the project's configuration.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { applyCodeAction, codeActionsAt, codeOf, fileUri, hasCode, openDraft, waitForDiagnostics } from '../helpers';

const TITLE = 'names/title-mismatch';

async function configText(): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === fileUri('copydesk.json').toString());
  if (open) return open.getText();
  return Buffer.from(await vscode.workspace.fs.readFile(fileUri('copydesk.json'))).toString('utf8');
}

/** The user's view: an edited copydesk.json left open and unsaved is saved, as they would. */
async function saveConfigIfDirty(): Promise<void> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === fileUri('copydesk.json').toString());
  if (open?.isDirty) assert.ok(await open.save(), 'copydesk.json saved');
}

describe('copydesk.json actions', () => {
  it('"Ignore" writes an ignore entry for this draft and the finding goes away', async () => {
    const { document: doc } = await openDraft('drafts/ferry.md');
    const diags = await waitForDiagnostics(doc.uri, (d) => hasCode(d, TITLE), TITLE);
    const diag = diags.find((d) => codeOf(d) === TITLE)!;
    const actions = await codeActionsAt(doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const ignore = actions.find((a) => a.title.startsWith('Ignore "Foreign Minister"'));
    assert.ok(ignore, JSON.stringify(actions.map((a) => a.title)));
    await applyCodeAction(ignore);
    await saveConfigIfDirty();
    const config = JSON.parse(await configText());
    assert.deepEqual(config.ignore, [{ rule: TITLE, text: 'Foreign Minister', file: 'drafts/ferry.md' }]);
    await waitForDiagnostics(doc.uri, (d) => !hasCode(d, TITLE), `no ${TITLE} once ignored`);
  });

  it('"Accept" writes the title to names.acceptTitles and the finding goes away', async () => {
    const { document: doc } = await openDraft('drafts/settings.md');
    const diags = await waitForDiagnostics(doc.uri, (d) => hasCode(d, TITLE), TITLE);
    const diag = diags.find((d) => codeOf(d) === TITLE)!;
    const actions = await codeActionsAt(doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const accept = actions.find((a) => a.title.startsWith('Accept "Foreign Minister"'));
    assert.ok(accept, JSON.stringify(actions.map((a) => a.title)));
    await applyCodeAction(accept);
    await saveConfigIfDirty();
    const config = JSON.parse(await configText());
    assert.deepEqual(config.names?.acceptTitles?.['Katarina Lindqvist'], ['Foreign Minister']);
    await waitForDiagnostics(doc.uri, (d) => !hasCode(d, TITLE), `no ${TITLE} once accepted`);
  });
});
