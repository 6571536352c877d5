// A progress bar on stderr for long runs, only when stderr is a terminal (never in CI logs or pipes).

export interface Progress {
  update(done: number, total: number): void;
  clear(): void;
}

const silent: Progress = { update() {}, clear() {} };

/** Runs with fewer drafts than this finish too fast for a bar to help. */
const MIN_DRAFTS = 10;

export function progressBar(total: number, stream: NodeJS.WriteStream = process.stderr, env: NodeJS.ProcessEnv = process.env, label = 'checking'): Progress {
  if (!stream.isTTY || env.CI || total < MIN_DRAFTS || env.TERM === 'dumb') return silent;
  let last = -1;
  let shown = false;
  return {
    update(done, all) {
      const pct = Math.floor((done / all) * 100);
      if (pct === last) return;
      last = pct;
      const cols = Math.max(20, Math.min(40, (stream.columns ?? 80) - 30));
      const filled = Math.round((done / all) * cols);
      stream.write(`\r\u001b[2K${label} [${'#'.repeat(filled)}${'-'.repeat(cols - filled)}] ${done}/${all}`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\u001b[2K');
      shown = false;
    },
  };
}
