import type { JobReply, ToWorker, WorkerData } from './protocol';

/** Where the worker's code is: the bundle built beside the core, or the TypeScript source. */
export type WorkerScript = { file: string } | { tsSource: string };

/** What a worker process is started with. */
export interface WorkerStart {
  script: WorkerScript;
  /** Heap ceiling of the process: a file that needs more fails alone. */
  maxHeapMb: number;
  data: WorkerData;
}

/**
 * The V8 flags every worker process starts with, however it is started.
 *
 * `--single-threaded-gc`: V8 otherwise marks and compacts on helper threads besides the main
 * one, so a worker busy with a file had two or three runnable threads and, on a two-core
 * machine, took the core's processor too. Nice 10 did not keep them off it: a check-in waking
 * there waited for the helper's time slice to end (p95 3.6x quiet during a 19 MB import, 5.7x
 * during DOCX saves; with the flag 1.2-2.3x and 1.15x, and with the worker also off one
 * processor, priority.ts, 1.1-1.5x and 0.9x). Collection on one thread costs file jobs little;
 * docs/PERFORMANCE.md has the figures.
 */
export function workerV8Flags(start: Pick<WorkerStart, 'maxHeapMb'>): string[] {
  return [`--max-old-space-size=${start.maxHeapMb}`, '--single-threaded-gc'];
}

/** Why a worker process ended without being asked to. */
export interface WorkerEnd {
  reason: 'crashed' | 'out_of_memory';
  message: string;
}

export interface ChannelEvents {
  message: (reply: JobReply) => void;
  /** Called at most once, when the process ends or cannot start, unless `kill` ended it. */
  end: (end: WorkerEnd) => void;
}

/** A running worker process, as its owner sees it. */
export interface WorkerChannel {
  post: (message: ToWorker) => void;
  /** Whether the process keeps its owner's event loop alive: only while a job is out. */
  hold: (busy: boolean) => void;
  /** Ends the process; resolved once it has exited, and so has closed its files. */
  kill: () => Promise<void>;
  readonly pid: number | undefined;
}

/** Starts a worker process: `child_process.fork` in Node, `utilityProcess` in Electron. */
export type SpawnWorker = (start: WorkerStart, events: ChannelEvents) => WorkerChannel;

/**
 * What Node's ChildProcess and Electron's UtilityProcess have in common: both are event
 * emitters with a pid, a piped stderr and a kill. They differ in how a message is sent and in
 * the arguments of `exit` (Electron gives only the code), which is why `send` is separate.
 */
export interface ChildProcessLike {
  readonly pid?: number | undefined;
  readonly stderr: NodeJS.ReadableStream | null;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number | null, signal?: string | null) => void): unknown;
  on(event: 'error', listener: (err: unknown) => void): unknown;
  kill(): boolean;
}

/** Kept of a worker's stderr: the end of V8's last words is enough to tell why it died. */
const STDERR_TAIL = 4096;

/** How V8 says it died of the heap ceiling (Node prints it before it aborts). */
const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|allocation failed/i;

/**
 * Watches a spawned worker process: passes its messages on, and tells its end once, as a crash
 * or, where its stderr says so, as the heap ceiling. A kill asked for by the owner is no end to
 * report: the owner already knows why.
 */
export function superviseChild(
  child: ChildProcessLike,
  send: (message: ToWorker) => void,
  events: ChannelEvents,
  hold: (busy: boolean) => void = () => undefined,
): WorkerChannel {
  let stderr = '';
  let exited = false;
  let killed = false;
  const waiting: Array<() => void> = [];

  child.stderr?.on('data', (chunk: Buffer | string) => {
    stderr = (stderr + chunk.toString()).slice(-STDERR_TAIL);
  });
  const ended = (message: string) => {
    if (killed) return;
    killed = true;
    const reason = OUT_OF_MEMORY.test(stderr) ? 'out_of_memory' : 'crashed';
    events.end({ reason, message: stderr.trim() ? `${message}: ${stderr.trim()}` : message });
  };
  child.on('message', (message) => {
    if (!killed) events.message(message as JobReply);
  });
  child.on('error', (err) => {
    // A process that never started has no exit to wait for.
    if (child.pid === undefined) {
      exited = true;
      for (const resolve of waiting.splice(0)) resolve();
    }
    ended(err instanceof Error ? err.message : String(err));
  });
  child.on('exit', (code, signal) => {
    exited = true;
    for (const resolve of waiting.splice(0)) resolve();
    ended(`The file worker exited (${signal ?? `code ${code}`})`);
  });

  return {
    post: (message) => {
      if (!killed) send(message);
    },
    hold,
    kill: () => {
      killed = true;
      if (exited) return Promise.resolve();
      const gone = new Promise<void>((resolve) => waiting.push(resolve));
      // Whoever awaits the end is kept alive until it comes (an idle worker holds nothing).
      hold(true);
      child.kill();
      return gone;
    },
    get pid() {
      return child.pid;
    },
  };
}
