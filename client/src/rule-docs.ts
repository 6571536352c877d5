// Diagnostic codes link to the rule's documentation. The server names the docs by their web address;
// the extension carries the same pages (docs/rules in the .vsix), so the link opens the packaged page
// in the editor, offline, whatever the web address.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

/** docs/rules/<check>-<rule>.md for a diagnostic code like "names/title-mismatch". */
export function packagedRuleDoc(extensionUri: vscode.Uri, code: string): vscode.Uri | undefined {
  if (!/^[a-z]+\/[a-z-]+$/.test(code)) return undefined;
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${code.replace('/', '-')}.md`);
}

function relink(extensionUri: vscode.Uri, diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
  for (const d of diagnostics) {
    if (d.source !== 'copydesk' || typeof d.code !== 'object') continue;
    const target = packagedRuleDoc(extensionUri, String(d.code.value));
    if (target) d.code = { value: d.code.value, target };
  }
  return diagnostics;
}

/** Middleware that points Copydesk's diagnostic codes at the packaged rule docs (pull and push). */
export function ruleDocsMiddleware(extensionUri: vscode.Uri): Middleware {
  return {
    provideDiagnostics: async (document, previousResultId, token, next) => {
      const report = await next(document, previousResultId, token);
      if (report && 'items' in report && Array.isArray(report.items)) relink(extensionUri, report.items);
      return report;
    },
    handleDiagnostics: (uri, diagnostics, next) => next(uri, relink(extensionUri, diagnostics)),
  };
}
