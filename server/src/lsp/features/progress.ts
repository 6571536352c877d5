// Progress the editor shows while the server works on something slow (reading and indexing the
// references of a project on first use): window/workDoneProgress, begun only when the work takes
// longer than a moment, so quick re-checks never flash a notification.
import type { ServerContext } from '../context';

/** How long work may take before the editor is told about it (tests set 0 to see it every time). */
const SHOW_AFTER_MS = Number(process.env.COPYDESK_PROGRESS_DELAY_MS ?? 250);

export async function withProgress<T>(ctx: ServerContext, title: string, message: string, work: Promise<T>): Promise<T> {
  if (!ctx.caps.workDoneProgress) return work;
  let settled = false;
  let progress: { done(): void } | undefined;
  const timer = setTimeout(() => {
    if (settled) return;
    void ctx.connection.window
      .createWorkDoneProgress()
      .then((p) => {
        if (settled) return p.done();
        p.begin(title, undefined, message, false);
        progress = p;
      })
      .catch(() => undefined);
  }, SHOW_AFTER_MS);
  try {
    return await work;
  } finally {
    settled = true;
    clearTimeout(timer);
    progress?.done();
  }
}
