import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { SpawnWorker, WorkerChannel, WorkerEnd, WorkerScript } from './channel';
import { forkWorker } from './forkWorker';
import { processorTimeMs } from './processorTime';
import type { JobArgs, JobName, JobResult } from './jobs';
import type { JobReply, JobRequest, PieceAck, WorkerData } from './protocol';
import type { WorkerDatabase } from './reader';

export interface FileWorkerOptions {
  script?: WorkerScript;
  /**
   * How the worker process is started: `child_process.fork` unless the host says otherwise
   * (Electron main, whose packaged build cannot run itself as Node, uses `utilityProcess`).
   */
  spawn?: SpawnWorker;
  /**
   * A job that has had this much processor time (where the system says; else this long by
   * the clock) is stopped with its process (JOB_TIMEOUT).
   */
  timeoutMs?: number;
  /** Heap ceiling of the worker process: a file that needs more fails alone (JOB_FAILED). */
  maxHeapMb?: number;
  /**
   * The database file the worker's jobs may read (documents), through a read-only connection
   * of the process's own. Without one, such a job fails with a clear error: every core opens a
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
   * with the worker's process, and so its connection to the file, ended, and holds the jobs
   * after it until `task` ends; they then start a process that opens the file anew.
   */
  withoutDatabase<T>(task: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const DEFAULT_JOB_TIMEOUT_MS = 60_000;
/** How long past its limit a job that got too little processor time may wait in all. */
const MAX_WAIT_FACTOR = 10;
const MIN_RECHECK_MS = 20;
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

interface Task {
  request: JobRequest;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  onProgress: ((fraction: number) => void) | undefined;
  /** Set for `withoutDatabase`: run on this thread, with the worker's process ended. */
  exclusive?: () => Promise<unknown>;
  onAbort: () => void;
  /** Long arrays of the answer, received ahead of it in pieces (see JobPiece). */
  pieces: Map<string, unknown[]>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

/**
 * One worker process, one job at a time, in order. A job that is cancelled or runs past its
 * time limit takes its process with it (kill), so a hostile file costs only the worker; the
 * next job starts a fresh process. The process is started on first use and kept warm.
 */
export function createFileWorker(options: FileWorkerOptions = {}): FileWorker {
  const script = options.script ?? defaultWorkerScript();
  const spawn = options.spawn ?? forkWorker;
  const maxHeapMb = options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;
  const data: WorkerData = { database: options.database ?? null };
  const queue: Task[] = [];
  let worker: WorkerChannel | null = null;
  let current: Task | null = null;
  let timer: NodeJS.Timeout | null = null;
  let nextId = 1;
  let closed = false;

  const finish = (task: Task) => {
    if (timer) clearTimeout(timer);
    timer = null;
    task.signal?.removeEventListener('abort', task.onAbort);
    if (current === task) current = null;
    worker?.hold(false);
  };

  /** Ends the running job with `error` and drops its process; queued jobs go on in a new one. */
  const kill = (task: Task, error: AppError) => {
    finish(task);
    const w = worker;
    worker = null;
    void w?.kill();
    task.reject(error);
    pump();
  };

  const ensureWorker = (): WorkerChannel => {
    if (worker) return worker;
    const onMessage = (reply: JobReply) => {
      const task = current;
      if (!task || task.request.id !== reply.id || worker !== w) return;
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
          if (current === task && worker === w) w.post({ ack: reply.id } satisfies PieceAck);
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
    };
    const onEnd = (end: WorkerEnd) => {
      if (worker !== w) return;
      worker = null;
      options.log?.('File worker ended', new Error(end.message));
      const task = current;
      if (!task) return;
      kill(
        task,
        new AppError('JOB_FAILED', `The file job ${task.request.job} stopped: ${end.message}`, {
          job: task.request.job,
          reason: end.reason,
        }),
      );
    };
    const w = spawn({ script, maxHeapMb, data }, { message: onMessage, end: onEnd });
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
      // The process's end closes its connection, and nothing reopens it until the task is over.
      const w = worker;
      worker = null;
      void (async () => {
        try {
          await w?.kill();
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
    let w: WorkerChannel;
    try {
      w = ensureWorker();
      w.hold(true);
      w.post(task.request);
    } catch (err) {
      kill(
        task,
        new AppError('JOB_FAILED', String(err), { job: task.request.job, reason: 'crashed' }),
      );
      return;
    }
    limitTime(task, w);
  };

  /**
   * Stops `task` once its worker has had `timeoutMs` of processor time for it. The worker gives
   * way to everything (priority.ts), so on a busy machine it gets little and is waiting rather
   * than stuck: the clock alone would fail a job the operator would rather see finish. The
   * wait is still bounded (MAX_WAIT_FACTOR times the limit). Where the system does not report
   * processor time, the clock is the limit.
   */
  const limitTime = (task: Task, w: WorkerChannel) => {
    const limit = task.timeoutMs;
    const startedAt = performance.now();
    // A process started for this job counts its start-up too (its id may not be known yet).
    const before = processorTimeMs(w.pid) ?? 0;
    const check = () => {
      const now = processorTimeMs(w.pid);
      const waited = performance.now() - startedAt;
      if (now !== null && now - before < limit && waited < limit * MAX_WAIT_FACTOR) {
        timer = setTimeout(check, Math.max(limit - (now - before), MIN_RECHECK_MS));
        return;
      }
      kill(
        task,
        new AppError('JOB_TIMEOUT', `${task.request.job} ran past its limit of ${limit} ms`, {
          job: task.request.job,
          limitMs: limit,
        }),
      );
    };
    timer = setTimeout(check, limit);
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
      // Taken first: cancelling the running job drops it, and its end is what is awaited.
      const w = worker;
      const cancelled = (t: Task) =>
        new AppError('JOB_CANCELLED', 'The core is closing', {
          job: t.exclusive ? 'withoutDatabase' : t.request.job,
        });
      for (const t of queue.splice(0)) {
        finish(t);
        t.reject(cancelled(t));
      }
      if (current) kill(current, cancelled(current));
      worker = null;
      await w?.kill();
    },
  };
}
