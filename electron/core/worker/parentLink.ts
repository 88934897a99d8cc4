import type { JobReply, ToWorker, WorkerData } from './protocol';

/** The worker process's line to the core that started it. */
export interface ParentLink {
  onMessage: (listener: (message: ToWorker) => void) => void;
  post: (message: JobReply) => void;
  /** What the core started the process with (its first argument, JSON). */
  data: WorkerData;
}

/** Electron's utility process: its parent port, with the message in the event's `data`. */
interface UtilityParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
}

/**
 * The link as the process was started: by `utilityProcess.fork` (Electron main), which gives
 * the child `process.parentPort`, or by `child_process.fork` (the loopback host, tests), which
 * gives it `process.send`. A worker whose core is gone ends with it: nothing could read its
 * answers, and the file it reads may be about to be replaced.
 */
export function parentLink(proc: NodeJS.Process = process): ParentLink {
  const data = parseData(proc.argv[2]);
  const utility = (proc as { parentPort?: UtilityParentPort }).parentPort;
  if (utility) {
    return {
      data,
      onMessage: (listener) => utility.on('message', (event) => listener(event.data as ToWorker)),
      post: (message) => utility.postMessage(message),
    };
  }
  const send = proc.send?.bind(proc);
  if (!send) throw new Error('The file worker must be started by the core (no channel to it)');
  proc.on('disconnect', () => proc.exit(0));
  return {
    data,
    onMessage: (listener) => proc.on('message', (message) => listener(message as ToWorker)),
    post: (message) => {
      send(message);
    },
  };
}

function parseData(arg: string | undefined): WorkerData {
  if (!arg) return { database: null };
  return JSON.parse(arg) as WorkerData;
}
