import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/api/errors';
import type { JobArgs, JobName, JobResult } from './jobs';
import type { JobReply, JobRequest, PieceAck, WorkerData } from './protocol';
import type { WorkerDatabase } from './reader';
import { transferablesOf } from './protocol';

/** Where the worker's code is: the bundle built beside the core, or the TypeScript source. */
export type WorkerScript = { file: string } | { tsSource: string };

export interface FileWorkerOptions {
  script?: WorkerScript;
  /** A job running longer is stopped with its thread (JOB_TIMEOUT). */
  timeoutMs?: number;
  /** Heap ceiling of the worker thread: a file that needs more fails alone (JOB_FAILED). */
  maxHeapMb?: number;
  /**
   * The database file the worker's jobs may read (documents), through a read-only connection
   * of the thread's own. Without one, such a job fails with a clear error: every core opens a
   * file, and a worker that only parses files needs none.
   */
  database?: WorkerDatabase;
  log?: (message: string, err?: unknown) => void;
}

export interface RunOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Told how far the job has got (0–1), if the job says. */
  onProgress?: (fraction: number) => void;
}

export interface FileWorker {
  run<K extends JobName>(job: K, args: JobArgs<K>, options?: RunOptions): Promise<JobResult<K>>;
  /** Jobs queued or running now (for tests and the bench). */
  readonly busy: number;
  /**
   * Runs `task` (a restore: the database file is replaced) once the jobs before it are done,
   * with the worker's thread, and so its connection to the file, closed, and holds the jobs
   * after it until `task` ends; they then start a thread that opens the file anew.
   */
  withoutDatabase<T>(task: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const DEFAULT_JOB_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_HEAP_MB = 512;

/**
 * The worker bundle built beside the bundle this code runs in (out/main, out/host); the
 * TypeScript entry beside this file otherwise (tests, bench), loaded through tsx, which only
 * development installs have.
 */
function defaultWorkerScript(): WorkerScript {
  const built = path.join(__dirname, 'fileWorker.js');
  if (fs.existsSync(built)) return { file: built };
  return { tsSource: path.join(__dirname, 'entry.ts') };
}

function spawn(script: WorkerScript, maxHeapMb: number, workerData: WorkerData): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: maxHeapMb };
  if ('file' in script) return new Worker(script.file, { resourceLimits, workerData });
  const dir = JSON.stringify(path.dirname(script.tsSource));
  const code = `require(require.resolve('tsx/cjs', { paths: [${dir}] })); require(${JSON.stringify(script.tsSource)});`;
  return new Worker(code, { eval: true, resourceLimits, workerData });
}

interface Task {
  request: JobRequest;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  onProgress: ((fraction: number) => void) | undefined;
  /** Set for `withoutDatabase`: run on this thread, with the worker's thread ended. */
  exclusive?: () => Promise<unknown>;
  onAbort: () => void;
  /** Long arrays of the answer, received ahead of it in pieces (see JobPiece). */
  pieces: Map<string, unknown[]>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

/**
 * One worker thread, one job at a time, in order. A job that is cancelled or runs past its
 * time limit takes its thread with it (terminate), so a hostile file costs only the worker;
 * the next job starts a fresh thread. The thread is started on first use and kept warm.
 */
export function createFileWorker(options: FileWorkerOptions = {}): FileWorker {
  const script = options.script ?? defaultWorkerScript();
  const maxHeapMb = options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;
  const workerData: WorkerData = { database: options.database ?? null };
  const queue: Task[] = [];
  let worker: Worker | null = null;
  let current: Task | null = null;
  let timer: NodeJS.Timeout | null = null;
  let nextId = 1;
  let closed = false;

  const finish = (task: Task) => {
    if (timer) clearTimeout(timer);
    timer = null;
    task.signal?.removeEventListener('abort', task.onAbort);
    if (current === task) current = null;
  };

  /** Ends the running job with `error` and drops its thread; queued jobs go on in a new one. */
  const kill = (task: Task, error: AppError) => {
    finish(task);
    const w = worker;
    worker = null;
    if (w) {
      w.removeAllListeners();
      w.on('error', () => undefined);
      void w.terminate();
    }
    task.reject(error);
    pump();
  };

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const w = spawn(script, maxHeapMb, workerData);
    w.unref();
    w.on('message', (reply: JobReply) => {
      const task = current;
      if (!task || task.request.id !== reply.id) return;
      if ('progress' in reply) {
        task.onProgress?.(reply.progress);
        return;
      }
      if ('piece' in reply) {
        const { key, items } = reply.piece;
        const list = task.pieces.get(key) ?? [];
        for (const item of items) list.push(item);
        task.pieces.set(key, list);
        // Asked for after a turn of the event loop: timers and I/O (check-ins) run in between.
        setImmediate(() => {
          if (current === task && worker === w) w.postMessage({ ack: reply.id } satisfies PieceAck);
        });
        return;
      }
      finish(task);
      if (reply.ok) {
        const value = reply.value;
        task.resolve(
          task.pieces.size > 0
            ? { ...(value as object), ...Object.fromEntries(task.pieces) }
            : value,
        );
      } else task.reject(AppError.from(reply.error));
      pump();
    });
    w.on('error', (err) => {
      options.log?.('File worker failed', err);
      const task = current;
      const outOfMemory = (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      if (task) {
        kill(
          task,
          new AppError('JOB_FAILED', `The file job ${task.request.job} stopped: ${err.message}`, {
            job: task.request.job,
            reason: outOfMemory ? 'out_of_memory' : 'crashed',
          }),
        );
      } else worker = null;
    });
    w.on('exit', () => {
      if (worker === w) worker = null;
      const task = current;
      if (task) {
        kill(
          task,
          new AppError('JOB_FAILED', `The file worker exited during ${task.request.job}`, {
            job: task.request.job,
            reason: 'crashed',
          }),
        );
      }
    });
    worker = w;
    return w;
  };

  const pump = () => {
    if (current || closed) return;
    const task = queue.shift();
    if (!task) return;
    current = task;
    const { exclusive } = task;
    if (exclusive) {
      // The thread's end closes its connection (better-sqlite3 closes a thread's databases
      // when the thread is torn down), and nothing reopens it until the task is over.
      const w = worker;
      worker = null;
      void (async () => {
        try {
          if (w) {
            w.removeAllListeners();
            w.on('error', () => undefined);
            await w.terminate();
          }
          task.resolve(await exclusive());
        } catch (err) {
          task.reject(err);
        } finally {
          if (current === task) current = null;
          pump();
        }
      })();
      return;
    }
    timer = setTimeout(
      () =>
        kill(
          task,
          new AppError('JOB_TIMEOUT', `${task.request.job} took longer than ${task.timeoutMs} ms`, {
            job: task.request.job,
            limitMs: task.timeoutMs,
          }),
        ),
      task.timeoutMs,
    );
    try {
      ensureWorker().postMessage(task.request, transferablesOf(task.request.args));
    } catch (err) {
      kill(
        task,
        new AppError('JOB_FAILED', String(err), { job: task.request.job, reason: 'crashed' }),
      );
    }
  };

  return {
    run(job, args, runOptions = {}) {
      return new Promise((resolve, reject) => {
        if (closed) {
          reject(new AppError('JOB_CANCELLED', 'The core is closing', { job }));
          return;
        }
        const signal = runOptions.signal;
        const task: Task = {
          request: { id: nextId++, job, args },
          timeoutMs: runOptions.timeoutMs ?? options.timeoutMs ?? DEFAULT_JOB_TIMEOUT_MS,
          signal,
          onProgress: runOptions.onProgress,
          pieces: new Map(),
          onAbort: () => {
            const cancelled = new AppError('JOB_CANCELLED', `${job} was cancelled`, { job });
            if (current === task) kill(task, cancelled);
            else {
              const at = queue.indexOf(task);
              if (at >= 0) queue.splice(at, 1);
              finish(task);
              reject(cancelled);
            }
          },
          resolve: resolve as (value: unknown) => void,
          reject,
        };
        if (signal?.aborted) {
          reject(new AppError('JOB_CANCELLED', `${job} was cancelled`, { job }));
          return;
        }
        signal?.addEventListener('abort', task.onAbort, { once: true });
        queue.push(task);
        pump();
      });
    },
    withoutDatabase(exclusive) {
      return new Promise((resolve, reject) => {
        if (closed) {
          reject(new AppError('JOB_CANCELLED', 'The core is closing', { job: 'withoutDatabase' }));
          return;
        }
        queue.push({
          request: { id: nextId++, job: 'documentFile', args: null },
          timeoutMs: 0,
          signal: undefined,
          onProgress: undefined,
          exclusive,
          pieces: new Map(),
          onAbort: () => undefined,
          resolve: resolve as (value: unknown) => void,
          reject,
        });
        pump();
      });
    },
    get busy() {
      return queue.length + (current ? 1 : 0);
    },
    async close() {
      closed = true;
      const cancelled = (t: Task) =>
        new AppError('JOB_CANCELLED', 'The core is closing', {
          job: t.exclusive ? 'withoutDatabase' : t.request.job,
        });
      for (const t of queue.splice(0)) {
        finish(t);
        t.reject(cancelled(t));
      }
      if (current) kill(current, cancelled(current));
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
