// Placeholder: the language server is being written.
import type { Connection } from 'vscode-languageserver/node';

export function startServer(connection: Connection): void {
  connection.onInitialize(() => ({ capabilities: {} }));
  connection.listen();
}
