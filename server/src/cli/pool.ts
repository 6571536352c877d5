// Checking many drafts in parallel: worker threads that each get the already parsed corpus once
// (references are parsed once per run, in the main thread) and then pull drafts one at a time.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createEngine, type Engine, type Project } from '../engine/index';
import type { Reference } from '../engine/corpus/reference';
import { createNodeHost } from '../host/node-host';
import { analyzeDraft, type DraftResult, type DraftTask } from './analyze';
import { CliError } from './errors';
import { stderrLogger } from './logger';

interface WorkerInit {
  copydeskWorker: true;
  project: Project;
  references: Reference[];
  today: string;
}

type ToWorker = { type: 'task'; task: DraftTask } | { type: 'stop' };
type FromWorker = { type: 'result'; result: DraftResult } | { type: 'error'; index: number; message: string };

/** True inside one of our worker threads. */
export function isCopydeskWorker(): boolean {
  return !isMainThread && !!(workerData as Partial<WorkerInit> | undefined)?.copydeskWorker;
}

/** Fewer drafts than this are checked in the main thread: starting workers costs more than it saves. */
export const MIN_DRAFTS_PER_WORKER = 4;

/** The number of workers for `count` drafts: --jobs, else one per core beyond the first (at least 1). */
export function workerCount(count: number, jobs: number | undefined): number {
  const wanted = jobs ?? Math.max(1, Math.min(8, availableParallelism() - 1));
  if (!canSpawnWorkers()) return 1;
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, count));
  return Math.max(1, Math.min(wanted, Math.floor(count / MIN_DRAFTS_PER_WORKER)));
}

/** Workers re-run this very file, so only the bundled CLI (a .js file) can start them. */
function canSpawnWorkers(): boolean {
  return typeof __filename === 'string' && __filename.endsWith('.js');
}

export async function runDrafts(
  engine: Engine,
  tasks: DraftTask[],
  workers: number,
  onDone: (done: number, total: number) => void,
): Promise<DraftResult[]> {
  const results: DraftResult[] = new Array(tasks.length);
  if (workers <= 1 || tasks.length < 2) {
    tasks.forEach((task, i) => {
      results[i] = analyzeDraft(engine, task);
      onDone(i + 1, tasks.length);
    });
    return results;
  }
  const project = engine.project;
  if (!project) throw new Error('engine has no project');
  const init: WorkerInit = { copydeskWorker: true, project, references: engine.corpus.references(), today: createNodeHost(stderrLogger).today() };
  let next = 0;
  let done = 0;
  const pool: Worker[] = [];
  try {
    await new Promise<void>((resolveAll, rejectAll) => {
      let failed = false;
      const fail = (message: string) => {
        if (failed) return;
        failed = true;
        rejectAll(new CliError(message));
      };
      const feed = (w: Worker) => {
        if (next < tasks.length) w.postMessage({ type: 'task', task: tasks[next++] } satisfies ToWorker);
        else w.postMessage({ type: 'stop' } satisfies ToWorker);
      };
      for (let i = 0; i < workers; i++) {
        const w = new Worker(__filename, { workerData: init, stdout: false, stderr: false });
        pool.push(w);
        w.on('message', (msg: FromWorker) => {
          if (msg.type === 'error') return fail(`checking ${tasks[msg.index]?.path ?? 'a draft'} failed: ${msg.message}`);
          results[msg.result.index] = msg.result;
          done++;
          onDone(done, tasks.length);
          if (done === tasks.length) resolveAll();
          else feed(w);
        });
        w.on('error', (e) => fail(`a worker thread failed: ${e.message}`));
        w.on('exit', (code) => {
          if (code !== 0 && done < tasks.length) fail(`a worker thread exited with code ${code}`);
        });
        feed(w);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}

/** The worker thread's side: build an engine around the corpus the main thread parsed, then check drafts. */
export function runWorker(): Promise<number> {
  const init = workerData as WorkerInit;
  const host = createNodeHost(stderrLogger, { today: () => init.today });
  const engine = createEngine(host);
  engine.project = init.project;
  for (const ref of init.references) engine.corpus.add(ref);
  const port = parentPort;
  if (!port) return Promise.resolve(2);
  return new Promise((resolveWorker) => {
    port.on('message', (msg: ToWorker) => {
      if (msg.type === 'stop') {
        port.close();
        resolveWorker(0);
        return;
      }
      try {
        port.postMessage({ type: 'result', result: analyzeDraft(engine, msg.task) } satisfies FromWorker);
      } catch (e) {
        port.postMessage({ type: 'error', index: msg.task.index, message: (e as Error).message } satisfies FromWorker);
      }
    });
  });
}
