// The status bar item: references loaded and findings in the active draft (click: Problems panel),
// or a clear state when there is no copydesk.json (click: create one), a config problem (click: open
// copydesk.json) or Copydesk is turned off for the file.
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('copydesk.status', vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, StatusParams>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private starting = true;
  /** The draft the item last described: it stays while a reference or another file is beside it. */
  private lastDraft: string | undefined;

  constructor() {
    this.item.name = 'Copydesk';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((d) => this.byUri.delete(d.uri.toString())),
    );
    this.render();
  }

  /** The status of the active editor's document, if the server sent one. */
  current(): StatusParams | undefined {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    return uri ? this.byUri.get(uri) : undefined;
  }

  update(status: StatusParams): void {
    this.byUri.set(normalize(status.uri), status);
    this.starting = false;
    this.render();
  }

  setStarting(starting: boolean): void {
    this.starting = starting;
    this.render();
  }

  private render(): void {
    const editor = vscode.window.activeTextEditor;
    const active = editor ? normalize(editor.document.uri.toString()) : undefined;
    const own = active ? this.byUri.get(active) : undefined;
    // A draft (or a Markdown file not checked yet) speaks for itself; anything else — a reference
    // opened beside the draft, the output — leaves the last draft's status in place.
    let uri: string | undefined;
    if (editor && editor.document.languageId === 'markdown' && !(own?.reference)) uri = active;
    else if (this.lastDraft && this.byUri.has(this.lastDraft)) uri = this.lastDraft;
    if (!uri) {
      this.item.hide();
      return;
    }
    this.lastDraft = uri;
    const s = this.byUri.get(uri);
    const item = this.item;
    item.backgroundColor = undefined;
    if (!s) {
      item.text = this.starting ? '$(sync~spin) Copydesk' : '$(book) Copydesk';
      item.tooltip = this.starting ? 'Copydesk is starting' : 'Copydesk has not checked this file yet';
      item.command = undefined;
    } else if (s.indexing) {
      item.text = '$(sync~spin) Copydesk: indexing';
      item.tooltip = `Copydesk is reading and indexing the reference articles. Meanwhile the draft's own checks are shown (${s.findings ?? 0} so far).`;
      item.command = undefined;
    } else if (s.state === 'disabled') {
      item.text = '$(circle-slash) Copydesk';
      item.tooltip = 'Copydesk is turned off for this file (setting copydesk.enable)';
      item.command = { title: 'Open settings', command: 'workbench.action.openSettings', arguments: ['copydesk.enable'] };
    } else if (s.state === 'error') {
      item.text = '$(error) Copydesk';
      item.tooltip = new vscode.MarkdownString(`**Copydesk: configuration problem**\n\n${escape(s.problem ?? '')}\n\nClick to open copydesk.json.`);
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      item.command = s.configUri
        ? { title: 'Open copydesk.json', command: 'vscode.open', arguments: [vscode.Uri.parse(s.configUri)] }
        : { title: 'Show output', command: 'copydesk.showOutput' };
    } else if (s.state === 'no-config' && s.references === 0) {
      item.text = '$(book) Copydesk: no copydesk.json';
      item.tooltip = 'No copydesk.json was found above this draft, so there is nothing to check it against. Click to create one.';
      item.command = { title: 'Create configuration', command: 'copydesk.createConfiguration' };
    } else {
      const findings = s.findings ?? 0;
      const summary = `${s.references} reference${s.references === 1 ? '' : 's'} loaded, ${findings} finding${findings === 1 ? '' : 's'} in this draft`;
      item.text = findings ? `$(book) Copydesk $(warning) ${findings}` : '$(book) Copydesk $(check)';
      const lines = [
        `**Copydesk**: ${summary}.`,
        s.configUri ? `Configuration: \`${vscode.workspace.asRelativePath(vscode.Uri.parse(s.configUri))}\`` : 'No copydesk.json: references from the copydesk.references setting.',
        'Click to open the Problems panel.',
      ];
      item.tooltip = new vscode.MarkdownString(lines.join('\n\n'));
      item.command = { title: 'Show problems', command: 'workbench.actions.view.problems' };
    }
    item.accessibilityInformation = { label: accessibleLabel(s) };
    item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

/** The server sends URIs as it got them; VS Code's toString() is the canonical form to compare. */
function normalize(uri: string): string {
  try {
    return vscode.Uri.parse(uri).toString();
  } catch {
    return uri;
  }
}

/** What a screen reader says: the name and the numbers in words, not icon names and bare digits. */
export function accessibleLabel(s: StatusParams | undefined): string {
  if (!s) return 'Copydesk: starting';
  if (s.indexing) return `Copydesk: indexing the references; ${s.findings ?? 0} finding${s.findings === 1 ? '' : 's'} from the draft's own checks so far`;
  if (s.state === 'disabled') return 'Copydesk: turned off for this file';
  if (s.state === 'error') return `Copydesk: configuration problem. ${s.problem ?? ''}`.trim();
  if (s.state === 'no-config' && s.references === 0) return 'Copydesk: no copydesk.json; activate to create one';
  const findings = s.findings ?? 0;
  return `Copydesk: ${s.references} reference${s.references === 1 ? '' : 's'} loaded, ${findings} finding${findings === 1 ? '' : 's'} in this draft`;
}

function escape(s: string): string {
  return s.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
}
