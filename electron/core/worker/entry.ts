import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../shared/api/errors';
import { jobs } from './jobs';
import type { JobReply, JobRequest } from './protocol';
import { transferablesOf } from './protocol';

/** The worker thread's side: run one job per message, answer with its value or its error. */
const port = parentPort;
if (!port) throw new Error('The file worker must run in a worker thread');

// File work gives way to check-ins when the machine is busy: on a two-core machine a hostile
// file kept this thread and the core's on the same cores, and a check-in now and then waited
// a time slice (p95 3-6x its quiet latency); at a lower priority, none did. Only on Linux,
// where a thread has its own priority: elsewhere this call would lower the whole app.
if (process.platform === 'linux') {
  try {
    os.setPriority(10);
  } catch {
    // Not being able to lower it costs only that advantage.
  }
}

port.on('message', (request: JobRequest) => {
  const run = jobs[request.job] as (args: unknown) => Promise<unknown>;
  void Promise.resolve()
    .then(() => run(request.args))
    .then(
      (value) => {
        const reply: JobReply = { id: request.id, ok: true, value };
        port.postMessage(reply, transferablesOf(value));
      },
      (err: unknown) => {
        const error =
          err instanceof AppError
            ? err.toJSON()
            : new AppError('INTERNAL', err instanceof Error ? err.message : String(err), {
                job: request.job,
              }).toJSON();
        const reply: JobReply = { id: request.id, ok: false, error };
        port.postMessage(reply);
      },
    );
});
