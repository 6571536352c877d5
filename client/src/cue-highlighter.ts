// Colours the attribution cues of Markdown drafts ("said", "according to") so a writer sees at a glance
// which sentences carry a source. A setting turns it off (copydesk.highlightAttributionCues); the colour
// is a theme colour (copydesk.attributionCue) a theme or the user can change.
import * as vscode from 'vscode';
import { cueRanges } from './cue-ranges';

const SETTING = 'highlightAttributionCues';
/** Past this size the server does not check a document either (lsp/limits.ts): no colours. */
const MAX_CHARS = 1_000_000;
/** Re-colour after typing pauses: a cue is a word, nothing to chase per keystroke. */
const DELAY_MS = 150;

export class CueHighlighter implements vscode.Disposable {
  private readonly decoration = vscode.window.createTextEditorDecorationType({ color: new vscode.ThemeColor('copydesk.attributionCue') });
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    this.subscriptions.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshSoon()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (vscode.window.visibleTextEditors.some((ed) => ed.document === e.document)) this.refreshSoon();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`copydesk.${SETTING}`)) this.refresh();
      }),
    );
    this.refresh();
  }

  private refreshSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), DELAY_MS);
  }

  private refresh(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const doc = editor.document;
      if (doc.languageId !== 'markdown') continue;
      const text = doc.getText();
      const on = vscode.workspace.getConfiguration('copydesk', doc.uri).get<boolean>(SETTING, true) && text.length <= MAX_CHARS;
      const ranges = on ? cueRanges(text).map(([a, b]) => new vscode.Range(doc.positionAt(a), doc.positionAt(b))) : [];
      editor.setDecorations(this.decoration, ranges);
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
    this.decoration.dispose();
  }
}
