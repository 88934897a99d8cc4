import { AppError } from '../../../shared/api/errors';
import { jobs } from './jobs';
import { parentLink } from './parentLink';
import { lowerOwnPriority } from './priority';
import type { JobPiece, JobProgress, JobReply, JobRequest, ToWorker } from './protocol';
import { PIECE_ITEMS } from './protocol';
import { useDatabase } from './reader';

/** The worker process's side: run one job per message, answer with its value or its error. */
// First, before any work: file work gives way to the core's thread (see priority.ts).
lowerOwnPriority();
const port = parentLink();

// The database file the owner (the core, in Electron main or the loopback host) said to read;
// opened on the first job that reads it.
useDatabase(port.data.database);

/** Jobs waiting for the core to take in a piece of their answer. */
const waitingForAck = new Map<number, () => void>();

/**
 * Sends the long arrays at the top of a plain-object answer piece by piece, each after the
 * core has taken in the previous one, so the core's thread rebuilds a few milliseconds' worth
 * at a time and answers check-ins in between; then the rest of the answer, those arrays empty.
 */
async function reply(id: number, answer: unknown): Promise<void> {
  let value = answer;
  if (answer !== null && typeof answer === 'object' && answer.constructor === Object) {
    const rest: Record<string, unknown> = { ...answer };
    for (const [key, items] of Object.entries(rest)) {
      if (!Array.isArray(items) || items.length <= PIECE_ITEMS) continue;
      rest[key] = [];
      for (let at = 0; at < items.length; at += PIECE_ITEMS) {
        const acked = new Promise<void>((resolve) => waitingForAck.set(id, resolve));
        const message: JobPiece = { id, piece: { key, items: items.slice(at, at + PIECE_ITEMS) } };
        port.post(message);
        await acked;
      }
      value = rest;
    }
  }
  const message: JobReply = { id, ok: true, value };
  port.post(message);
}

port.onMessage((message: ToWorker) => {
  if ('ack' in message) {
    const resolve = waitingForAck.get(message.ack);
    waitingForAck.delete(message.ack);
    resolve?.();
    return;
  }
  const request: JobRequest = message;
  const run = jobs[request.job] as (args: unknown, progress: (f: number) => void) => unknown;
  // At most one message in 100 ms: progress is for a bar on screen, not a log.
  let told = 0;
  const progress = (fraction: number) => {
    const now = Date.now();
    if (now - told < 100 && fraction < 1) return;
    told = now;
    port.post({ id: request.id, progress: fraction } satisfies JobProgress);
  };
  void Promise.resolve()
    .then(() => run(request.args, progress))
    .then(
      (value) => reply(request.id, value),
      (err: unknown) => {
        const error =
          err instanceof AppError
            ? err.toJSON()
            : new AppError('INTERNAL', err instanceof Error ? err.message : String(err), {
                job: request.job,
              }).toJSON();
        const failure: JobReply = { id: request.id, ok: false, error };
        port.post(failure);
      },
    );
});
