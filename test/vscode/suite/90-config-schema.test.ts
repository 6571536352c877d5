// copydesk.json is validated against the schema the extension contributes (contributes.jsonValidation).
// Last in the run: it breaks the configuration on purpose (in the buffer only) and reverts it.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { fileUri } from '../helpers';

function waitForAnyDiagnostics(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const test = () => {
      const d = vscode.languages.getDiagnostics(uri);
      if (!accept(d)) return false;
      clearTimeout(timer);
      sub.dispose();
      resolve(d);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) test();
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}; now: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => `${d.source}: ${d.message}`))}`));
    }, timeoutMs);
    test();
  });
}

describe('copydesk.json schema', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('flags a check level the schema does not allow', async () => {
    const uri = fileUri('copydesk.json');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const text = editor.document.getText();
    const close = text.lastIndexOf('}');
    const ok = await editor.edit((b) =>
      b.replace(new vscode.Range(editor.document.positionAt(0), editor.document.positionAt(close + 1)), text.slice(0, close).trimEnd() + ',\n  "checks": { "names": "loud" }\n}'),
    );
    assert.ok(ok);
    const diags = await waitForAnyDiagnostics(uri, (d) => d.some((x) => x.source !== 'copydesk' && /off|info|warning|error/.test(x.message)), 'a schema diagnostic');
    const schema = diags.find((x) => x.source !== 'copydesk' && /off|info|warning|error/.test(x.message))!;
    assert.equal(editor.document.getText(schema.range), '"loud"');
  });
});
