import type { ReadableDB } from '../db/handles';
import {
  dueRows,
  markFailed,
  markRetry,
  markSent,
  nextDueAt,
  saveCenterState,
} from '../db/queries/sync';
import type { OutboxRow } from '../db/queries/sync';
import type { WritePath } from '../write';
import type { BackoffPolicy } from './backoff';
import { DEFAULT_BACKOFF, backoffDelay } from './backoff';
import type { CenterClient } from './centerClient';
import { checkReceipt } from './receipts';

/**
 * The drain worker: sends the outbox to the center, one row at a time, oldest due first.
 *
 * - A receipt that matches the row marks it sent (with the receipt) in one write.
 * - No answer, a timeout, 5xx, 408 or 429: the row is put off by its own backoff, and the
 *   whole pass stops, since the other rows would meet the same dead center; the next pass waits
 *   for the center's backoff (full jitter, capped) or for `wake()`. When the center says how
 *   long to wait (`Retry-After`, capped at MAX_SLEEP_MS), both waits start after it, jitter
 *   included: thousands of points told "60 s" must not all come back at the 60th second.
 * - 401/403: the token is no longer good. Draining stops until the point enrols again (or the
 *   operator asks to sync now); nothing is counted against the rows.
 * - Any other 4xx cannot succeed by retrying: the row moves to the failed list with the reason,
 *   and the pass goes on with the next row.
 *
 * Everything the schedule needs is in the database (state, attempts, next attempt), so a
 * restart resumes where it was; only "how long has the center been away" lives here, and a
 * restart simply tries once at start. Clock, random source and timers are injected for tests.
 */
export interface DrainerDeps {
  db: () => ReadableDB;
  write: () => WritePath;
  /** The center to send to, or null when the point is not set up or not enrolled. */
  client: () => CenterClient | null;
  now: () => Date;
  random: () => number;
  backoff?: BackoffPolicy;
  timers?: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
  log?: (message: string, err?: unknown) => void;
}

export interface DrainReport {
  sent: number;
  failed: number;
  /** Why the pass stopped before the queue was empty (null: nothing left that is due). */
  stoppedBy: null | 'not_enrolled' | 'unreachable' | 'unauthorized' | 'closed';
}

export interface Drainer {
  /** A pass as soon as possible (a new row, an enrolment): the center's backoff is forgotten. */
  wake: () => void;
  /** A pass now, after the one running; answers what it did. */
  drainNow: () => Promise<DrainReport>;
  start: () => void;
  /** Stops the timers and cuts the request under way; answers when the pass has ended. */
  stop: () => Promise<void>;
}

/** Rows are taken one at a time so each write is small and check-ins go between them. */
const BATCH = 1;
/** The longest the worker sleeps with rows pending, whatever the schedule says. */
const MAX_SLEEP_MS = 15 * 60_000;

export function createDrainer(deps: DrainerDeps): Drainer {
  const policy = deps.backoff ?? DEFAULT_BACKOFF;
  const timers = deps.timers ?? {
    set: (fn: () => void, ms: number) => {
      const t = setTimeout(fn, ms);
      t.unref();
      return t;
    },
    clear: (handle: unknown) => clearTimeout(handle as NodeJS.Timeout),
  };
  const log = deps.log ?? (() => {});
  let centerFailures = 0;
  let centerRetryAt = 0;
  let stopped = true;
  let timer: unknown = null;
  let running: Promise<DrainReport> | null = null;
  let abort = new AbortController();

  const iso = () => deps.now().toISOString();

  function noteCenter(state: 'online' | 'offline' | 'unauthorized', error: string | null) {
    deps.write()((tx) => {
      saveCenterState(tx.db, state, error, tx.at);
      tx.changed('sync.changed', {});
    });
  }

  async function sendOne(
    client: CenterClient,
    row: OutboxRow,
  ): Promise<
    | { kind: 'sent' }
    | { kind: 'failed' }
    | { kind: 'unauthorized' }
    | { kind: 'unreachable'; floorMs: number }
  > {
    const outcome = await client.upload(
      { payload: row.payload.toString('base64'), signature: row.signature.toString('base64') },
      abort.signal,
    );
    if (outcome.kind === 'answered') {
      const checked = checkReceipt(outcome.body, row);
      deps.write()((tx) => {
        if (checked.ok) markSent(tx.db, row.id, checked.json, 'network', tx.at);
        else markFailed(tx.db, row.id, checked.reason);
        saveCenterState(tx.db, 'online', null, tx.at);
        tx.changed('sync.changed', {});
      });
      return checked.ok ? { kind: 'sent' } : { kind: 'failed' };
    }
    if (outcome.kind === 'refused') {
      deps.write()((tx) => {
        markFailed(tx.db, row.id, outcome.reason);
        saveCenterState(tx.db, 'online', null, tx.at);
        tx.changed('sync.changed', {});
      });
      return { kind: 'failed' };
    }
    if (outcome.kind === 'unauthorized') {
      noteCenter('unauthorized', outcome.reason);
      return { kind: 'unauthorized' };
    }
    const floorMs = Math.min(outcome.retryAfterMs ?? 0, MAX_SLEEP_MS);
    const wait = floorMs + backoffDelay(row.attempts + 1, deps.random, policy);
    const nextAt = new Date(deps.now().getTime() + wait).toISOString();
    deps.write()((tx) => {
      markRetry(tx.db, row.id, nextAt, outcome.reason);
      saveCenterState(tx.db, 'offline', outcome.reason, tx.at);
      tx.changed('sync.changed', {});
    });
    return { kind: 'unreachable', floorMs };
  }

  async function pass(): Promise<DrainReport> {
    const report: DrainReport = { sent: 0, failed: 0, stoppedBy: null };
    const client = deps.client();
    if (!client) return { ...report, stoppedBy: 'not_enrolled' };
    for (;;) {
      if (abort.signal.aborted) return { ...report, stoppedBy: 'closed' };
      const [row] = dueRows(deps.db(), iso(), BATCH);
      if (!row) break;
      let result: Awaited<ReturnType<typeof sendOne>>;
      try {
        result = await sendOne(client, row);
      } catch (err) {
        if (abort.signal.aborted) return { ...report, stoppedBy: 'closed' };
        throw err;
      }
      if (result.kind === 'sent') report.sent++;
      else if (result.kind === 'failed') report.failed++;
      else if (result.kind === 'unauthorized') {
        centerFailures = 0;
        return { ...report, stoppedBy: 'unauthorized' };
      } else {
        centerFailures++;
        centerRetryAt =
          deps.now().getTime() + result.floorMs + backoffDelay(centerFailures, deps.random, policy);
        return { ...report, stoppedBy: 'unreachable' };
      }
      centerFailures = 0;
      centerRetryAt = 0;
    }
    return report;
  }

  function schedule(report: DrainReport) {
    if (stopped) return;
    if (timer !== null) timers.clear(timer);
    timer = null;
    if (report.stoppedBy === 'unauthorized' || report.stoppedBy === 'not_enrolled') return;
    const due = nextDueAt(deps.db());
    if (due === null) return;
    const now = deps.now().getTime();
    const at = Math.max(Date.parse(due), centerRetryAt);
    const delay = Math.min(Math.max(at - now, 0), MAX_SLEEP_MS);
    timer = timers.set(() => {
      timer = null;
      void run();
    }, delay);
  }

  function run(): Promise<DrainReport> {
    const previous = running ?? Promise.resolve(null);
    const next = previous.then(async () => {
      let report: DrainReport;
      try {
        report = await pass();
      } catch (err) {
        log('Sending to the center failed', err);
        report = { sent: 0, failed: 0, stoppedBy: 'unreachable' };
      }
      schedule(report);
      return report;
    });
    running = next;
    void next.finally(() => {
      if (running === next) running = null;
    });
    return next;
  }

  return {
    wake() {
      centerRetryAt = 0;
      if (!stopped) void run();
    },
    drainNow() {
      centerRetryAt = 0;
      return run();
    },
    start() {
      if (!stopped) return;
      stopped = false;
      abort = new AbortController();
      void run();
    },
    async stop() {
      stopped = true;
      if (timer !== null) timers.clear(timer);
      timer = null;
      abort.abort();
      await running?.catch(() => {});
    },
  };
}
