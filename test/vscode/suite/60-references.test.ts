// Reference files are watched: changing one on disk re-checks the open draft.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { codeOf, fileUri, hasCode, openDraft, waitForDiagnostics } from '../helpers';

const TITLE = 'names/title-mismatch';
const REFS = ['references/harbour-courier.md', 'references/nordic-wire.md'];
const originals = new Map<string, Uint8Array>();

async function rewrite(relative: string, change: (text: string) => string): Promise<void> {
  const uri = fileUri(relative);
  const bytes = await vscode.workspace.fs.readFile(uri);
  if (!originals.has(relative)) originals.set(relative, bytes);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(change(Buffer.from(bytes).toString('utf8')), 'utf8'));
}

describe('reference files', () => {
  after(async () => {
    for (const [relative, bytes] of originals) await vscode.workspace.fs.writeFile(fileUri(relative), bytes);
  });

  it('changing a reference on disk re-checks the open draft, and changing it back clears the finding', async () => {
    const { document: doc } = await openDraft('drafts/reference-change.md');
    // A positive signal first: the draft has been checked (it agrees with the references, so a names
    // finding must not be there; another draft's finding proves the server has the project loaded).
    const other = await openDraft('drafts/ferry.md');
    await waitForDiagnostics(other.document.uri, (d) => hasCode(d, TITLE), `${TITLE} in ferry.md`);
    await vscode.window.showTextDocument(doc);
    assert.ok(!vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === TITLE), 'the draft starts clean');

    for (const ref of REFS) await rewrite(ref, (t) => t.replaceAll('Finance Minister', 'Trade Minister'));
    const diags = await waitForDiagnostics(doc.uri, (d) => hasCode(d, TITLE), `${TITLE} after the references changed`);
    assert.match(diags.find((d) => codeOf(d) === TITLE)!.message, /Trade Minister/);

    for (const ref of REFS) await vscode.workspace.fs.writeFile(fileUri(ref), originals.get(ref)!);
    await waitForDiagnostics(doc.uri, (d) => !hasCode(d, TITLE), `no ${TITLE} once the references are back`);
  });
});
