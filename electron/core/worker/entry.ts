import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../shared/api/errors';
import { jobs } from './jobs';
import type { JobReply, JobRequest } from './protocol';
import { transferablesOf } from './protocol';

/** The worker thread's side: run one job per message, answer with its value or its error. */
const port = parentPort;
if (!port) throw new Error('The file worker must run in a worker thread');

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
