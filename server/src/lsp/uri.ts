// file: URIs ↔ the engine's forward-slash paths.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toEnginePath } from '../host/node-host';

/** The engine path of a file: URI; undefined for other schemes (untitled:, vscode-notebook-cell:…). */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return toEnginePath(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

/** Two URIs name the same file (clients differ in how they encode `:` and case of drive letters). */
export function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  const pa = uriToPath(a);
  return pa !== undefined && pa === uriToPath(b);
}
