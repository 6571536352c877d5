// Quick fixes: the rule's own fix, "Disable rule for this line", and source.fixAll.copydesk. Each applies,
// and the diagnostic goes away on the re-check that follows.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { rules } from '../../../server/src/engine/checks/index';
import { applyCodeAction, codeActionsAt, codeOf, hasCode, openDraft, waitForDiagnostics } from '../helpers';

const registered = new Set(rules.map((r) => r.id));
const TITLE = 'names/title-mismatch';

async function titleDiagnostic(relative: string) {
  const editor = await openDraft(relative);
  const diags = await waitForDiagnostics(editor.document.uri, (d) => hasCode(d, TITLE), TITLE);
  return { editor, doc: editor.document, diag: diags.find((d) => codeOf(d) === TITLE)! };
}

describe('quick fixes', () => {
  it('"Change to" fixes a wrong title and the diagnostic goes away', async () => {
    const { doc, diag } = await titleDiagnostic('drafts/quick-fix.md');
    const actions = await codeActionsAt(doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Change to "Finance Minister"');
    assert.ok(fix, `offered: ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(fix.isPreferred, true);
    await applyCodeAction(fix);
    assert.match(doc.getText(), /^Finance Minister Katarina Lindqvist toured/m);
    await waitForDiagnostics(doc.uri, (d) => !hasCode(d, TITLE), `no ${TITLE} after the fix`);
  });

  it('offers ignoring the occurrence and disabling the rule for the line', async () => {
    const { doc, diag } = await titleDiagnostic('drafts/disable-line.md');
    const titles = (await codeActionsAt(doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value)).map((a) => a.title);
    assert.ok(titles.includes(`Disable ${TITLE} for this line`), JSON.stringify(titles));
    assert.ok(titles.some((t) => t.startsWith('Ignore "Foreign Minister"')), JSON.stringify(titles));
    assert.ok(titles.some((t) => t.startsWith('Accept "Foreign Minister"')), JSON.stringify(titles));
  });

  it('"Disable rule for this line" inserts the directive comment and silences the finding', async () => {
    const { doc, diag } = await titleDiagnostic('drafts/disable-line.md');
    const actions = await codeActionsAt(doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const disable = actions.find((a) => a.title === `Disable ${TITLE} for this line`)!;
    await applyCodeAction(disable);
    const lines = doc.getText().split('\n');
    const at = lines.findIndex((l) => l.startsWith('Foreign Minister Katarina Lindqvist'));
    assert.equal(lines[at - 1], `<!-- copydesk-disable-next-line ${TITLE} -->`);
    await waitForDiagnostics(doc.uri, (d) => !hasCode(d, TITLE), `no ${TITLE} after disabling it for the line`);
  });

  it('source.fixAll.copydesk applies every safe fix in the draft', async function () {
    const { doc } = await titleDiagnostic('drafts/fix-all.md');
    const expected = [TITLE, 'dates/weekday-mismatch'].filter((c) => registered.has(c));
    await waitForDiagnostics(doc.uri, (d) => expected.every((c) => hasCode(d, c)), expected.join(', '));
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = await codeActionsAt(doc.uri, whole, 'source.fixAll.copydesk');
    assert.equal(actions.length, 1, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(actions[0].kind?.value, 'source.fixAll.copydesk');
    await applyCodeAction(actions[0]);
    assert.match(doc.getText(), /^Finance Minister Katarina Lindqvist visited Vättersund on Tuesday/m);
    await waitForDiagnostics(doc.uri, (d) => !expected.some((c) => hasCode(d, c)), `none of ${expected.join(', ')} after fix-all`);
  });
});
