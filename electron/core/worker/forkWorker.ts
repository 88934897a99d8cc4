import { fork } from 'node:child_process';
import type { Socket } from 'node:net';
import path from 'node:path';
import type { SpawnWorker } from './channel';
import { superviseChild, workerV8Flags } from './channel';
import type { ToWorker } from './protocol';

/**
 * Starts the file worker as a Node child process (the loopback host, tests and the bench;
 * Electron main starts it with `utilityProcess` instead). Its messages are cloned with V8's
 * serializer, so byte arrays and nested objects cross as they are. The TypeScript source runs
 * through tsx, which only development installs have; a built core forks its bundle.
 */
export const forkWorker: SpawnWorker = (start, events) => {
  const execArgv = workerV8Flags(start);
  let file: string;
  if ('file' in start.script) file = start.script.file;
  else {
    file = start.script.tsSource;
    const tsx = require.resolve('tsx/cjs', { paths: [path.dirname(file)] });
    execArgv.push('--require', tsx);
  }
  const child = fork(file, [JSON.stringify(start.data)], {
    execArgv,
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  // The process, its message channel and its stderr pipe each keep the loop alive.
  const stderr = child.stderr as Socket | null;
  const hold = (busy: boolean) => {
    if (busy) {
      child.ref();
      child.channel?.ref();
      stderr?.ref();
    } else {
      child.unref();
      child.channel?.unref();
      stderr?.unref();
    }
  };
  hold(false);
  return superviseChild(child, (message: ToWorker) => child.send(message), events, hold);
};
