import type { ChildProcessLike, SpawnWorker } from '../core/worker/channel';
import { superviseChild, workerV8Flags } from '../core/worker/channel';

/** What the shell uses of Electron's `utilityProcess.fork` (tests give a fake). */
export type ForkUtility = (
  modulePath: string,
  args: string[],
  options: { execArgv: string[]; stdio: Array<'ignore' | 'pipe'>; serviceName: string },
) => ChildProcessLike & { postMessage(message: unknown): void };

/**
 * The core's file worker as an Electron utility process. The packaged app cannot run its own
 * binary as Node (the RunAsNode fuse is off), so `child_process.fork` is not open to it; a
 * utility process is Electron's own child with Node in it, and the core speaks to it exactly
 * as to a forked one. Only a built worker bundle can run here: Electron has no tsx.
 */
export function utilityWorker(forkUtility: ForkUtility): SpawnWorker {
  return (start, events) => {
    if (!('file' in start.script)) {
      throw new Error('The desktop app runs the built file worker (out/main/fileWorker.js)');
    }
    const child = forkUtility(start.script.file, [JSON.stringify(start.data)], {
      // A utility process sizes its V8 heap before Node reads its arguments, from the
      // `--js-flags` switch alone (Electron's javascript_environment.cc); a bare V8 flag in
      // execArgv would arrive after the heap and its collector threads were set up.
      execArgv: [`--js-flags=${workerV8Flags(start).join(' ')}`],
      stdio: ['ignore', 'ignore', 'pipe'],
      serviceName: 'Điểm Cầu file worker',
    });
    return superviseChild(child, (message) => child.postMessage(message), events);
  };
}
