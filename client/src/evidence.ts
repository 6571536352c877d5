// The source beside the draft: "Open evidence" opens a reference in the editor group beside the
// draft (the draft keeps the focus), wraps its long lines, selects the evidence sentence and marks it.
// And the hover's fix links: apply a fix's edits if the draft is still the version the hover saw.
import * as vscode from 'vscode';
import type { ApplyFixArgs, OpenEvidenceArgs } from '../../server/src/lsp/protocol';

export class EvidenceOpener implements vscode.Disposable {
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('editor.findMatchHighlightBackground'),
    borderColor: new vscode.ThemeColor('editor.findMatchHighlightBorder'),
    borderStyle: 'solid',
    borderWidth: '1px',
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.findMatchForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
  });
  /** References whose word wrap this session turned on (the toggle is per document, so once each). */
  private readonly wrapped = new Set<string>();

  async open(args: OpenEvidenceArgs): Promise<vscode.TextEditor | undefined> {
    if (!args?.uri) return;
    const draft = vscode.window.activeTextEditor;
    const uri = vscode.Uri.parse(args.uri);
    const range = args.range ? new vscode.Range(args.range.start.line, args.range.start.character, args.range.end.line, args.range.end.character) : undefined;
    const doc = await vscode.workspace.openTextDocument(uri);
    const key = uri.toString();
    // Word wrap can only be toggled on the active editor: focus the reference once to wrap it, then
    // give the focus back to the draft.
    const needsWrap = !this.wrapped.has(key) && vscode.workspace.getConfiguration('editor', doc).get<string>('wordWrap') === 'off';
    const editor = await vscode.window.showTextDocument(doc, {
      viewColumn: vscode.ViewColumn.Beside,
      preserveFocus: !needsWrap,
      preview: true,
      selection: range,
    });
    if (needsWrap) {
      this.wrapped.add(key);
      await vscode.commands.executeCommand('editor.action.toggleWordWrap');
      if (draft) await vscode.window.showTextDocument(draft.document, { viewColumn: draft.viewColumn, preserveFocus: false });
    }
    if (range) {
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
      editor.setDecorations(this.decoration, [{ range, hoverMessage: args.label ? `Evidence: ${args.label}` : undefined }]);
    }
    return editor;
  }

  dispose(): void {
    this.decoration.dispose();
  }
}

/** Apply the edits of a hover's fix link, unless the draft changed since the hover was shown. */
export async function applyFix(args: ApplyFixArgs): Promise<boolean> {
  if (!args?.uri || !Array.isArray(args.edits)) return false;
  const uri = vscode.Uri.parse(args.uri);
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!doc || doc.version !== args.version) {
    void vscode.window.showInformationMessage('Copydesk: the draft changed since this hover; hover again to get a current fix.');
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of args.edits) edit.replace(uri, new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
  return vscode.workspace.applyEdit(edit);
}
