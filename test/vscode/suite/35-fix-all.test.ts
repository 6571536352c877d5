// "Fix all of this kind" from the light bulb, and source.fixAll.copydesk through editor.codeActionsOnSave.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { applyCodeAction, codeActionsAt, codeOf, hasCode, openDraft, waitForDiagnostics } from '../helpers';

const TITLE = 'names/title-mismatch';

async function until(test: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('fix all', () => {
  after(async () => {
    await vscode.workspace.getConfiguration('editor').update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('"Fix all names/title-mismatch problems in this file" fixes every one of that kind', async () => {
    const { document: doc } = await openDraft('drafts/fix-kind.md');
    const diags = await waitForDiagnostics(doc.uri, (d) => d.filter((x) => codeOf(x) === TITLE).length === 2, `two ${TITLE}`);
    const first = diags.find((d) => codeOf(d) === TITLE)!;
    const actions = await codeActionsAt(doc.uri, first.range, vscode.CodeActionKind.QuickFix.value);
    const all = actions.find((a) => a.title === `Fix all ${TITLE} problems in this file (2)`);
    assert.ok(all, JSON.stringify(actions.map((a) => a.title)));
    await applyCodeAction(all);
    assert.equal(doc.getText().match(/Finance Minister Katarina Lindqvist/g)?.length, 2);
    assert.doesNotMatch(doc.getText(), /Foreign Minister/);
    await waitForDiagnostics(doc.uri, (d) => !hasCode(d, TITLE), `no ${TITLE} after fixing all`);
  });

  it('editor.codeActionsOnSave with source.fixAll.copydesk fixes the draft when it is saved', async () => {
    await vscode.workspace
      .getConfiguration('editor')
      .update('codeActionsOnSave', { 'source.fixAll.copydesk': 'explicit' }, vscode.ConfigurationTarget.Workspace);
    const editor = await openDraft('drafts/on-save.md');
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => hasCode(d, TITLE), TITLE);
    // A user's edit, then Save.
    // The save participant reads the setting in the workbench; the extension host sees it once the workbench has it.
    await until(() => !!vscode.workspace.getConfiguration('editor', doc.uri).get<Record<string, string>>('codeActionsOnSave')?.['source.fixAll.copydesk'], 'codeActionsOnSave set');
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount - 1, 0), '\nThe terminal cost less than planned.\n')));
    // What the save participant will ask for, asked first so a failure says which side is missing.
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const offered = await codeActionsAt(doc.uri, whole, 'source.fixAll.copydesk');
    assert.ok(offered.some((a) => a.kind?.value === 'source.fixAll.copydesk'), JSON.stringify(offered.map((a) => a.title)));
    assert.ok(await doc.save(), 'saved');
    assert.match(doc.getText(), /^Finance Minister Katarina Lindqvist visited/m);
    assert.equal(doc.isDirty, false);
    await waitForDiagnostics(doc.uri, (d) => !hasCode(d, TITLE), `no ${TITLE} after saving`);
  });
});
