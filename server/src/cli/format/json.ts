// `--format json`: { "files": [ { "path", "diagnostics": [ LSP Diagnostic objects as the server publishes them ] } ] }
import { pathToFileURL } from 'node:url';
import type { RunReport } from '../report';

export function formatJson(report: RunReport): string {
  const files = report.files.map((f) => ({ path: f.displayPath, uri: pathToFileURL(f.path).href, diagnostics: f.diagnostics }));
  return JSON.stringify({ files }, null, 2) + '\n';
}
