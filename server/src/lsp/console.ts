// Anything a library logs goes to the client's log, never to stdout (the protocol stream).
import type { Connection } from 'vscode-languageserver/node';

export function redirectConsole(connection: Connection): void {
  const send = (level: 'log' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    const text = args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? a.stack ?? a.message : safeJson(a))).join(' ');
    try {
      connection.console[level](text);
    } catch {
      process.stderr.write(`${text}\n`);
    }
  };
  console.log = send('log');
  console.info = send('info');
  console.debug = send('log');
  console.warn = send('warn');
  console.error = send('error');
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}
