// Engine log lines go to stderr (stdout carries the report), each message once.
import type { Logger } from '../engine/types';
import { oneLine } from './errors';

const seen = new Set<string>();

function emit(kind: string, message: string): void {
  const line = `copydesk: ${kind}${oneLine(message)}`;
  if (seen.has(line)) return;
  seen.add(line);
  process.stderr.write(line + '\n');
}

export const stderrLogger: Logger = {
  info() {},
  warn: (m) => emit('warning: ', m),
  error: (m) => emit('error: ', m),
};
