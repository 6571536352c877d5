// Entry point of the language server (stdio, IPC or socket, as the client asks).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/start-server';

startServer(createConnection(ProposedFeatures.all));
