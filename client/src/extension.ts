// The thin VS Code side: start the language server, show its status, and offer a few commands.
// Everything that checks anything lives in the server (server/src/lsp, server/src/engine).
import * as path from 'node:path';
import { withArchiveChoice, type ArchiveChoiceKind } from './archive-choice';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  ListReferencesRequest,
  ReindexRequest,
  StatusNotification,
  StoryFactsRequest,
  APPLY_FIX_COMMAND,
  OPEN_EVIDENCE_COMMAND,
  type CopydeskInitOptions,
  type RequestDef,
  type StatusParams,
} from '../../server/src/lsp/protocol';
import { StatusBar } from './status';
import { StoryFactsView } from './facts-view';
import { applyFix, EvidenceOpener } from './evidence';
import { ruleDocsMiddleware } from './rule-docs';
import { CueHighlighter } from './cue-highlighter';
import { dateInWords } from '../../server/src/engine/text/source-label';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Copydesk', { log: true });
  const status = new StatusBar();
  const facts = new StoryFactsView((uri) => request(StoryFactsRequest, { uri }));
  const evidence = new EvidenceOpener();
  context.subscriptions.push(output, status, facts, evidence, new CueHighlighter(), vscode.window.registerTreeDataProvider('copydesk.storyFacts', facts));

  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6012'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      // copydesk.json is read from its buffer, so an unsaved edit counts at once.
      { scheme: 'file', pattern: '**/copydesk.json' },
    ],
    outputChannel: output,
    // Hovers link to "open evidence" and to fixes; only these two commands run from Copydesk's Markdown.
    initializationOptions: { commandLinks: true, draftChecksFirst: true } satisfies CopydeskInitOptions,
    markdown: { isTrusted: { enabledCommands: [OPEN_EVIDENCE_COMMAND, APPLY_FIX_COMMAND] } },
    middleware: ruleDocsMiddleware(context.extensionUri),
    // Settings: the server pulls them per document (workspace/configuration) and registers for changes.
  };
  client = new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);
  const lc = client;

  function request<P, R>(def: RequestDef<P, R>, params: P): Promise<R> {
    return lc.sendRequest<R>(def.method, params);
  }

  context.subscriptions.push(
    lc.onNotification(StatusNotification.method, (s: StatusParams) => {
      status.update(s);
      facts.refresh(s.uri);
      // The Story Facts view offers "Create configuration" only where there is none to use.
      if (!s.reference) void vscode.commands.executeCommand('setContext', 'copydesk.noConfig', s.state === 'no-config' && s.references === 0);
    }),

    vscode.commands.registerCommand('copydesk.reindex', async () => {
      const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Copydesk: re-indexing references' }, () =>
        request(ReindexRequest, {}),
      );
      const problems = result.problems.length ? ` ${result.problems.length} problem(s): ${result.problems.join('; ')}` : '';
      const message = `Copydesk: re-indexed ${result.references} reference${result.references === 1 ? '' : 's'}.${problems}`;
      if (problems) void vscode.window.showWarningMessage(message);
      else void vscode.window.showInformationMessage(message);
      return result;
    }),

    vscode.commands.registerCommand('copydesk.showReferences', async () => {
      const draft = vscode.window.activeTextEditor?.document;
      const uri = draft?.uri.toString();
      const refs = await request(ListReferencesRequest, uri ? { uri } : {});
      if (!refs.length) {
        const choice = await vscode.window.showInformationMessage('Copydesk has no reference articles loaded for this draft.', 'Create configuration');
        if (choice) await vscode.commands.executeCommand('copydesk.createConfiguration');
        return;
      }
      const pin: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('pinned'), tooltip: 'Pin: always check this draft against this article' };
      const exclude: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('circle-slash'), tooltip: 'Exclude: never check this draft against this article' };
      const canChoose = draft?.languageId === 'markdown' && draft.uri.scheme === 'file';
      const items = refs.map((r) => {
        const file = vscode.Uri.parse(r.uri);
        return {
          label: r.outlet ?? path.basename(file.fsPath),
          description: [r.retrieved ? (r.retrieved.pinned ? 'archive, pinned' : 'archive') : undefined, r.published ? dateInWords(r.published) : r.publishedFrom === 'none' ? 'no date' : undefined]
            .filter(Boolean)
            .join(' · '),
          // An archive article says why it was chosen: the names and words it shares with the draft.
          detail: r.retrieved
            ? `${r.title ?? vscode.workspace.asRelativePath(file)} — ${r.retrieved.pinned ? 'pinned by this draft' : `shares ${[...r.retrieved.names, ...r.retrieved.terms.slice(0, 5)].join(', ')}`}`
            : [r.title, vscode.workspace.asRelativePath(file)].filter(Boolean).join(' · '),
          uri: file,
          label2: [r.outlet ?? path.basename(file.fsPath), r.published ? dateInWords(r.published) : undefined].filter(Boolean).join(', '),
          // Archive articles can be pinned or excluded for this draft (kept in its front matter).
          buttons: r.retrieved && canChoose ? [pin, exclude] : [],
        };
      });
      const quickPick = vscode.window.createQuickPick<(typeof items)[number]>();
      quickPick.items = items;
      quickPick.placeholder = `${refs.length} reference article${refs.length === 1 ? '' : 's'}: pick one to open`;
      quickPick.matchOnDescription = true;
      quickPick.matchOnDetail = true;
      quickPick.onDidTriggerItemButton(async ({ item, button }) => {
        quickPick.hide();
        if (draft) await chooseArchiveArticle(draft, item.uri, button === pin ? 'pin' : 'exclude');
      });
      quickPick.onDidAccept(() => {
        const picked = quickPick.selectedItems[0];
        quickPick.hide();
        if (picked) void evidence.open({ uri: picked.uri.toString(), range: null, label: picked.label2 });
      });
      quickPick.onDidHide(() => quickPick.dispose());
      quickPick.show();
    }),

    vscode.commands.registerCommand('copydesk.showStoryFacts', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      // With a reference beside the draft active, the view keeps showing the draft.
      if ((!doc || doc.languageId !== 'markdown') && !facts.hasDraft()) {
        void vscode.window.showInformationMessage('Copydesk: open a Markdown draft to see its story facts.');
        return;
      }
      await vscode.commands.executeCommand('copydesk.storyFacts.focus');
      return facts.load();
    }),

    vscode.commands.registerCommand(OPEN_EVIDENCE_COMMAND, (args) => evidence.open(args)),
    vscode.commands.registerCommand(APPLY_FIX_COMMAND, (args) => applyFix(args)),
    vscode.commands.registerCommand('copydesk.createConfiguration', () => createConfiguration()),
    vscode.commands.registerCommand('copydesk.showOutput', () => output.show(true)),
  );

  // Shows the Story Facts view in the Explorer once Copydesk is active.
  void vscode.commands.executeCommand('setContext', 'copydesk.active', true);
  status.setStarting(true);
  try {
    await lc.start();
  } catch (e) {
    output.appendLine(`Copydesk: the language server did not start: ${(e as Error)?.message ?? e}`);
    void vscode.window.showErrorMessage('Copydesk: the language server did not start. See the Copydesk output for details.');
  }
  status.setStarting(false);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/** Write a copydesk.json pointing at a reference folder the user picks. */
async function createConfiguration(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const active = vscode.window.activeTextEditor?.document.uri;
  let folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? folders[0];
  if (!folder) {
    void vscode.window.showWarningMessage('Copydesk: open a folder first; copydesk.json lives at its root.');
    return;
  }
  if (folders.length > 1 && !active) folder = (await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Where should copydesk.json go?' })) ?? folder;
  const target = vscode.Uri.joinPath(folder.uri, 'copydesk.json');
  try {
    await vscode.workspace.fs.stat(target);
    const choice = await vscode.window.showInformationMessage(`${vscode.workspace.asRelativePath(target)} already exists.`, 'Open it');
    if (choice) await vscode.window.showTextDocument(target);
    return target;
  } catch {
    /* does not exist yet: create it */
  }
  const picked = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    defaultUri: folder.uri,
    openLabel: 'Use as reference folder',
    title: 'Copydesk: the folder with the reference articles (.txt, .md, .html)',
  });
  if (!picked?.[0]) return;
  let rel = path.relative(folder.uri.fsPath, picked[0].fsPath).split(path.sep).join('/');
  if (!rel) rel = '.';
  // A folder input takes its .txt/.md/.html files; the workspace root itself would take the drafts too.
  const config = { references: [rel === '.' ? '**/*.{txt,html}' : rel] };
  await vscode.workspace.fs.writeFile(target, Buffer.from(`${JSON.stringify(config, null, 2)}\n`, 'utf8'));
  await vscode.window.showTextDocument(target);
  void vscode.window.showInformationMessage(`Copydesk: created ${vscode.workspace.asRelativePath(target)}; drafts are now checked against ${rel}.`);
  return target;
}

/** Pin or exclude an archive article for a draft: an edit of its front matter the writer can undo. */
async function chooseArchiveArticle(draft: vscode.TextDocument, article: vscode.Uri, kind: ArchiveChoiceKind): Promise<void> {
  const rel = path.relative(path.dirname(draft.uri.fsPath), article.fsPath).split(path.sep).join('/');
  const text = withArchiveChoice(draft.getText(), kind, rel);
  if (text === undefined) {
    void vscode.window.showWarningMessage('Copydesk: the front matter of this draft is not valid YAML; fix it to pin or exclude articles.');
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(draft.uri, new vscode.Range(draft.positionAt(0), draft.positionAt(draft.getText().length)), text);
  await vscode.workspace.applyEdit(edit);
}
