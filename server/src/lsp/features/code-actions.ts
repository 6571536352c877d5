// textDocument/codeAction: quick fixes, "fix all" and the copydesk.json actions (add a spelling, a
// house style entry…), built from the current check result by ../code-actions.ts.
import type { CodeAction } from 'vscode-languageserver/node';
import { CONFIG_FILE } from '../../engine/config';
import { dirname, relative } from '../../engine/path';
import { createCodeActions, withCurrentData, type ConfigTarget } from '../code-actions';
import type { Project } from '../projects';
import { logFailure, type ServerContext } from '../context';
import { pathToUri, uriToPath } from '../uri';

export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction(async (params): Promise<CodeAction[]> => {
    try {
      const doc = ctx.documents.get(params.textDocument.uri);
      if (!doc) return [];
      const r = await ctx.check(doc);
      if (r.skipped) return [];
      const path = uriToPath(doc.uri);
      return createCodeActions({
        uri: doc.uri,
        text: doc.getText(),
        version: doc.version,
        diagnostics: withCurrentData(params.context.diagnostics, r.findings, doc),
        only: params.context.only,
        findings: r.findings,
        config: await configTarget(ctx, path, r.project),
        documentChanges: ctx.caps.documentChanges,
      });
    } catch (e) {
      logFailure(ctx, 'code actions', e);
      return [];
    }
  });
}

/** Where config actions write: the project's copydesk.json (its open buffer if open), or a new one. */
async function configTarget(ctx: ServerContext, path: string | undefined, project: Project | undefined): Promise<ConfigTarget | null> {
  if (project?.configPath) {
    const configPath = project.configPath;
    const open = ctx.openDocument(configPath);
    let text: string;
    try {
      text = open?.getText() ?? (await ctx.fsHost.readFile(configPath));
    } catch {
      return null;
    }
    return {
      uri: open?.uri ?? pathToUri(configPath),
      text,
      version: open?.version ?? null,
      draftFile: path ? relative(dirname(configPath), path) : undefined,
    };
  }
  // No copydesk.json yet: create one in the workspace folder, if the client can create files.
  const folder = ctx.folderOf(path) ?? (path ? dirname(path) : undefined);
  if (!folder || !ctx.caps.documentChanges || !ctx.caps.createFile) return null;
  const configPath = `${folder}/${CONFIG_FILE}`;
  return { uri: pathToUri(configPath), text: null, version: null, draftFile: path ? relative(folder, path) : undefined };
}
