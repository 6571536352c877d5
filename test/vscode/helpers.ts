// Shared by the suites: the fixture workspace, opening drafts, and waiting on diagnostics by event
// (never a fixed sleep).
import * as vscode from 'vscode';

export const EXTENSION_ID = 'copydesk.copydesk';

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test run opened no workspace folder');
  return folder.uri.fsPath;
}

export function fileUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, ...relative.split('/'));
}

export async function openDraft(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fileUri(relative));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export const copydeskDiagnostics = (uri: vscode.Uri) =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copydesk');

export const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? ''));

/**
 * Resolves with the Copydesk diagnostics of `uri` once `accept` holds for them: checks now, then on each
 * onDidChangeDiagnostics event for that document. Rejects after `timeoutMs` with what was seen last.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diags: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const done = (fn: () => void) => {
      clearTimeout(timer);
      sub.dispose();
      fn();
    };
    const test = () => {
      const diags = copydeskDiagnostics(uri);
      if (accept(diags)) done(() => resolve(diags));
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) test();
    });
    const timer = setTimeout(() => {
      sub.dispose();
      const seen = copydeskDiagnostics(uri).map((d) => `${codeOf(d)} "${d.message}"`);
      reject(new Error(`timed out waiting for ${what} in ${uri.path}; Copydesk diagnostics now: ${JSON.stringify(seen)}`));
    }, timeoutMs);
    test();
  });
}

const isCanceled = (e: unknown) => e instanceof Error && (e.name === 'Canceled' || e.message === 'Canceled');

/** Runs an editor command, retrying once when VS Code cancels it (as it does when the document just changed). */
export async function executeWithRetry<T>(command: string, ...args: unknown[]): Promise<T> {
  try {
    return await vscode.commands.executeCommand<T>(command, ...args);
  } catch (e) {
    if (!isCanceled(e)) throw e;
    return vscode.commands.executeCommand<T>(command, ...args);
  }
}

/** Whether any diagnostic has this code. */
export const hasCode = (diags: vscode.Diagnostic[], code: string) => diags.some((d) => codeOf(d) === code);

/** The text a diagnostic covers. */
export const textOf = (doc: vscode.TextDocument, d: vscode.Diagnostic) => doc.getText(d.range);

/** Code actions at a range, as the light bulb asks for them. */
export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = (await executeWithRetry<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
  return actions.filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof (a as vscode.Command).command === 'string'));
}

/** Applies a code action the way the editor does: its edit, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) {
    const ok = await vscode.workspace.applyEdit(action.edit);
    if (!ok) throw new Error(`the edit of "${action.title}" was not applied`);
  }
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** Hover text (all providers, Markdown source) at a position. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await executeWithRetry<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n\n');
}
