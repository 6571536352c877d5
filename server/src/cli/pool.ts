// Checking many drafts in parallel: worker threads that each get the already parsed corpus once
// (references are parsed once per run, in the main thread) and then pull drafts one at a time.
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';
import { createEngine, type Engine, type Project } from '../engine/index';
import type { Reference } from '../engine/corpus/reference';
import { createNodeHost } from '../host/node-host';
import { analyzeDraft, type DraftResult, type DraftTask } from './analyze';
import { CliError } from './errors';
import { stderrLogger } from './logger';

interface WorkerInit {
  type: 'init';
  project: Project;
  references: Reference[];
  today: string;
}

type ToWorker = WorkerInit | { type: 'task'; task: DraftTask };
type FromWorker = { type: 'result'; result: DraftResult } | { type: 'error'; index: number; message: string };

/**
 * Drafts a worker must get to pay for itself: each worker loads the bundle and builds the corpus-wide
 * indexes on its first draft (about 1.5 s of CPU with 100 references), which is what ~100 drafts cost.
 */
export const MIN_DRAFTS_PER_WORKER = 100;

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

/**
 * Worker threads, started before the main thread parses the references so that loading the bundle
 * in each worker overlaps with that parse; `run` then sends them the parsed corpus once and feeds
 * drafts one at a time (a worker that finishes early takes the next).
 */
export class DraftPool {
  private readonly workers: Worker[] = [];
  private failure: string | undefined;
  private onFailure: ((message: string) => void) | undefined;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(__filename, { workerData: { copydeskWorker: true }, stdout: false, stderr: false });
      w.on('error', (e) => this.fail(`a worker thread failed: ${e.message}`));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(`a worker thread exited with code ${code}`);
      });
      this.workers.push(w);
    }
  }

  private fail(message: string): void {
    this.failure ??= message;
    this.onFailure?.(message);
  }

  async run(engine: Engine, tasks: DraftTask[], onDone: (done: number, total: number) => void): Promise<DraftResult[]> {
    const project = engine.project;
    if (!project) throw new Error('engine has no project');
    const init: WorkerInit = { type: 'init', project, references: engine.corpus.references(), today: createNodeHost(stderrLogger).today() };
    for (const w of this.workers) w.postMessage(init);
    const results: DraftResult[] = new Array(tasks.length);
    if (!tasks.length) return results;
    let next = 0;
    let done = 0;
    await new Promise<void>((resolveAll, rejectAll) => {
      this.onFailure = (message) => rejectAll(new CliError(message));
      if (this.failure) return rejectAll(new CliError(this.failure));
      const feed = (w: Worker) => {
        if (next < tasks.length) w.postMessage({ type: 'task', task: tasks[next++] } satisfies ToWorker);
      };
      for (const w of this.workers) {
        w.on('message', (msg: FromWorker) => {
          if (msg.type === 'error') return this.fail(`checking ${tasks[msg.index]?.path ?? 'a draft'} failed: ${msg.message}`);
          results[msg.result.index] = msg.result;
          done++;
          onDone(done, tasks.length);
          if (done === tasks.length) resolveAll();
          else feed(w);
        });
        feed(w);
      }
    });
    return results;
  }

  async close(): Promise<void> {
    this.onFailure = undefined;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Check drafts in this thread (no pool) or on the pool's workers. */
export async function runDrafts(engine: Engine, tasks: DraftTask[], pool: DraftPool | undefined, onDone: (done: number, total: number) => void): Promise<DraftResult[]> {
  if (pool) return pool.run(engine, tasks, onDone);
  const results: DraftResult[] = [];
  tasks.forEach((task, i) => {
    results.push(analyzeDraft(engine, task));
    onDone(i + 1, tasks.length);
  });
  return results;
}

/** The worker thread's side: wait for the parsed corpus, build an engine around it, then check drafts. */
export function runWorker(): Promise<number> {
  const port = parentPort;
  if (!port) return Promise.resolve(2);
  let engine: Engine | undefined;
  port.on('message', (msg: ToWorker) => {
    if (msg.type === 'init') {
      engine = createEngine(createNodeHost(stderrLogger, { today: () => msg.today }));
      engine.project = msg.project;
      for (const ref of msg.references) engine.corpus.add(ref);
      return;
    }
    try {
      if (!engine) throw new Error('no corpus yet');
      port.postMessage({ type: 'result', result: analyzeDraft(engine, msg.task) } satisfies FromWorker);
    } catch (e) {
      port.postMessage({ type: 'error', index: msg.task.index, message: (e as Error).message } satisfies FromWorker);
    }
  });
  // The thread lives until the main thread terminates it.
  return new Promise<number>(() => {});
}
