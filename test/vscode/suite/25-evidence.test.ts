// The source beside the draft: the hover's source link opens the reference in the editor group beside
// the draft, with the evidence sentence selected, while the draft keeps the focus; Story Facts and
// the status item keep describing the draft while the reference is open.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { OpenEvidenceArgs, StoryFacts } from '../../../server/src/lsp/protocol';
import { codeActionsAt, codeOf, hoverText, openDraft, waitForDiagnostics } from '../helpers';

function openEvidenceArgs(markdown: string): OpenEvidenceArgs[] {
  return [...markdown.matchAll(/\]\(command:copydesk\.openEvidence\?([^ )]+)/g)].map((m) => JSON.parse(decodeURIComponent(m[1]))[0]);
}

describe('source beside the draft', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('opens the reference beside the draft at the evidence sentence, keeping the focus in the draft', async () => {
    const draft = await openDraft('drafts/ferry.md');
    const diags = await waitForDiagnostics(draft.document.uri, (x) => x.some((y) => codeOf(y) === 'names/title-mismatch'), 'names/title-mismatch');
    const d = diags.find((y) => codeOf(y) === 'names/title-mismatch')!;
    const links = openEvidenceArgs(await hoverText(draft.document.uri, d.range.start.translate(0, 3)));
    const courier = links.find((l) => l.uri.endsWith('/references/harbour-courier.md'));
    assert.ok(courier, JSON.stringify(links));
    assert.equal(courier.label, 'The Harbour Courier, March 3, 2026');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('copydesk.openEvidence', courier);
    assert.ok(editor, 'the command returns the reference editor');
    assert.ok(editor.document.uri.path.endsWith('/references/harbour-courier.md'));
    assert.notEqual(editor.viewColumn, draft.viewColumn, 'beside the draft, not in its place');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), draft.document.uri.toString(), 'the draft keeps the focus');
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === draft.document.uri.toString()), 'the draft stays visible');
    const selected = editor.document.getText(editor.selection);
    assert.match(selected, /Finance Minister Katarina Lindqvist visited Vättersund on Tuesday/);
  });

  it('Story Facts keeps the draft\'s facts while a reference is the active editor', async () => {
    const draft = await openDraft('drafts/ferry.md');
    await waitForDiagnostics(draft.document.uri, (x) => x.some((y) => codeOf(y) === 'names/title-mismatch'), 'names/title-mismatch');
    const first = await vscode.commands.executeCommand<StoryFacts | null>('copydesk.showStoryFacts');
    assert.ok(first, 'facts for the draft');
    const ref = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'references', 'nordic-wire.md'));
    await vscode.window.showTextDocument(ref, { viewColumn: vscode.ViewColumn.Beside });
    const facts = await vscode.commands.executeCommand<StoryFacts | null>('copydesk.showStoryFacts');
    assert.ok(facts, 'still facts while the reference is active');
    assert.equal(vscode.Uri.parse(facts.uri).toString(), draft.document.uri.toString());
    assert.ok(facts.people.some((p) => p.name === 'Katarina Lindqvist'));
  });

  it('quick-fix labels show the words they write', async () => {
    const { document: doc } = await openDraft('drafts/misquote.md');
    const diags = await waitForDiagnostics(doc.uri, (x) => x.some((y) => codeOf(y) === 'quotes/misquote'), 'quotes/misquote');
    const d = diags.find((y) => codeOf(y) === 'quotes/misquote')!;
    const titles = (await codeActionsAt(doc.uri, d.range, vscode.CodeActionKind.QuickFix.value)).map((a) => a.title);
    const restore = titles.find((t) => t.startsWith('Restore the wording'));
    assert.ok(restore, JSON.stringify(titles));
    assert.match(restore, /decade/);
    assert.doesNotMatch(restore, /[“"]{2}|[”"]{2}/);
  });
});
