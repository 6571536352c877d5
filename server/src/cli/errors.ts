// A tool error: exit code 2 with a one-line reason on stderr.
export class CliError extends Error {
  constructor(message: string) {
    super(oneLine(message));
    this.name = 'CliError';
  }
}

/** Collapse a message to one line (stderr gets exactly one line per tool error). */
export function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TOOL_ERROR = 2;
