import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { AppError } from '../../shared/api/errors';
import type { EventName, EventPayload } from '../../shared/api/methods';
import type { BackupService } from './backup/service';
import { createBackupService } from './backup/service';
import type { CoreEffect, CoreEnv, ReadContext } from './context';
import { readable } from './db/handles';
import type { OpenedDatabase } from './db/open';
import { openDatabase } from './db/open';
import type { Dispatch, DispatchAsync, Dispatcher } from './dispatch';
import { createDispatch, failedDispatch } from './dispatch';
import type { HandlerTable, Platform } from './handlerTypes';
import { handlers } from './handlers';
import { createImportSessions } from './import/sessions';
import type { FileWorker, FileWorkerOptions } from './worker/fileWorker';
import { createFileWorker } from './worker/fileWorker';
import type { WritePath } from './write';
import { createWritePath } from './write';
import type { ClockReading } from './clock/clockWatch';
import { clockJump, readClock } from './clock/clockWatch';
import { lastHeartbeat, saveHeartbeat } from './db/queries/clock';
import { meetingsSpeaking } from './db/queries/speeches';
import { runSpeechCommand } from './domain/speaking';
import type { BackoffPolicy } from './sync/backoff';
import { centerAccess } from './sync/access';
import type { CenterAccess, CenterClient } from './sync/centerClient';
import { httpCenterClient } from './sync/centerClient';
import type { Drainer } from './sync/drainer';
import { createDrainer } from './sync/drainer';

export interface CoreOptions {
  dataDir: string;
  transport: 'ipc' | 'http';
  version: string;
  now?: () => Date;
  /** Check read and job outputs against the contract (writes are always checked). */
  checkReads?: boolean;
  nativeBinding?: string;
  worker?: FileWorkerOptions;
  /** What the desktop shell can do for the core (open a file with the system's viewer). */
  platform?: Platform;
  /** The daily backup while the core runs (off in unit tests, which control backups). */
  dailyBackups?: boolean;
  /**
   * Where the core reads the wall clock against the machine's uptime, and whether it watches
   * them on a timer (tests read a fake one and call `checkClock` themselves).
   */
  clock?: { read?: () => ClockReading; watch?: boolean };
  log?: (message: string, err?: unknown) => void;
  /** The handlers the core dispatches to (tests of dispatch give a broken one). */
  handlers?: HandlerTable;
  /**
   * The outbox's drain worker: whether it runs on its own (tests drive it with `syncNow`),
   * its random source and backoff, and the time limit of one request to the center.
   */
  sync?: {
    autoDrain?: boolean;
    random?: () => number;
    backoff?: BackoffPolicy;
    timeoutMs?: number;
    /** How the center is reached (tests put a center of their own behind it). */
    clientFor?: (access: CenterAccess) => CenterClient;
  };
}

export interface Core {
  /** Read and write methods only (tests, bench); transports use `call`. */
  dispatch: Dispatch;
  call: DispatchAsync;
  /** Set when the database could not be opened; dispatch then answers every call with it. */
  startupError: AppError | null;
  onEvent: (listener: (event: EventName, payload: unknown) => void) => () => void;
  /** The worker that does the core's file work (for the bench and tests). */
  files: FileWorker | null;
  backups: BackupService | null;
  /**
   * Compares the clocks now: a change of the system time is applied to running speeches and
   * announced. Answers the change in ms (0: none). The core also does this on a timer.
   */
  checkClock: () => number;
  /** The outbox's drain worker (tests run a pass with `drainNow`). */
  sync: Drainer | null;
  close: () => Promise<void>;
}

/** How often the clocks are compared, and how often the comparison is kept in the file. */
const CLOCK_CHECK_MS = 5_000;
const HEARTBEAT_EVERY = 12;

/** How often the core looks whether the daily backup is due. */
const DAILY_CHECK_MS = 60 * 60 * 1000;
/** The first look, a little after start so opening the app stays quick. */
const FIRST_DAILY_CHECK_MS = 30 * 1000;

/** Opens the point's data folder and wires the handler table; never throws. */
export function openCore(options: CoreOptions): Core {
  const events = new EventEmitter();
  const onEvent: Core['onEvent'] = (listener) => {
    events.on('event', listener);
    return () => events.off('event', listener);
  };
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  let opened: OpenedDatabase;
  try {
    opened = openDatabase(options.dataDir, {
      nativeBinding: options.nativeBinding,
      log,
      now,
    });
  } catch (err) {
    const error =
      err instanceof AppError
        ? err
        : new AppError('INTERNAL', String(err), { dataDir: options.dataDir });
    log(`Could not open ${options.dataDir}: ${error.code}`, err);
    return {
      ...failedDispatch(error),
      startupError: error,
      onEvent,
      files: null,
      backups: null,
      checkClock: () => 0,
      sync: null,
      close: async () => {},
    };
  }
  const env: CoreEnv = {
    dataDir: options.dataDir,
    now,
    newId: randomUUID,
    transport: options.transport,
    version: options.version,
  };
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) =>
    events.emit('event', event, payload);
  // The worker reads the same file through a read-only connection of its own (documents).
  const files = createFileWorker({
    log,
    database: { file: opened.path, nativeBinding: options.nativeBinding },
    ...options.worker,
  });
  const importSessions = createImportSessions(env.newId, () => env.now().getTime());
  const backupService = createBackupService({
    dataDir: options.dataDir,
    now,
    version: options.version,
    nativeBinding: options.nativeBinding,
    db: () => opened.db,
    replace: (file) => {
      opened.replace(file);
      wire();
      emit('data.replaced', {});
    },
  });
  // A restore puts another file in place of the one the worker reads: the worker lets go of it
  // first (a file held open cannot be replaced on Windows, and a connection kept across the
  // swap would read the old file), and its next job opens the new one.
  const backups: BackupService = {
    ...backupService,
    restore: (name) => files.withoutDatabase(() => backupService.restore(name)),
    importAll: (file, password) =>
      files.withoutDatabase(() => backupService.importAll(file, password)),
  };
  const platform = options.platform ?? {};
  const clientFor =
    options.sync?.clientFor ??
    ((access: CenterAccess) => httpCenterClient(access, options.sync?.timeoutMs));
  // Declared before the drain worker exists: the write path reports effects through it.
  let drainer: Drainer | null = null;
  const onEffect = (effect: CoreEffect) => {
    if (effect === 'backup.finalize') {
      backups.take('finalize').catch((err: unknown) => log('The finalize backup failed', err));
    }
    if (effect === 'sync.wake') drainer?.wake();
  };

  // Everything that holds the connection, rebuilt when a restore replaces it.
  let dispatcher: Dispatcher;
  let writeNow!: WritePath;
  const running = new Map<string, AbortController>();
  function wire(): void {
    const read: ReadContext = { ...env, db: readable(opened.db) };
    const write = createWritePath(opened.db, env, emit, onEffect);
    writeNow = write;
    dispatcher = createDispatch(
      options.handlers ?? handlers,
      {
        read,
        write,
        job: {
          ...read,
          write,
          files,
          importSessions,
          backups,
          platform,
          sync: { drainNow: () => drainer!.drainNow(), clientFor },
        },
      },
      {
        checkReads: options.checkReads ?? true,
        running,
        onProgress: (jobId, fraction) => emit('jobs.progress', { jobId, fraction }),
        onInternalError: (err, method) => log(`Internal error in ${method}`, err),
      },
    );
  }
  wire();

  // The system clock, watched against the machine's uptime (see clock/clockWatch.ts).
  const readClockNow = options.clock?.read ?? readClock;
  let lastReading = readClockNow();
  let checks = 0;
  const applyJump = (deltaMs: number, reading: ClockReading) => {
    log(
      `The system clock was set by ${Math.round(deltaMs / 1000)} s; running timers keep their time`,
    );
    for (const meetingId of meetingsSpeaking(readable(opened.db))) {
      try {
        writeNow((tx) => runSpeechCommand(tx, meetingId, { kind: 'clockJump', deltaMs }));
      } catch (err) {
        log(`Could not correct the timers of meeting ${meetingId}`, err);
      }
    }
    writeNow((tx) => saveHeartbeat(tx.db, reading));
    emit('clock.changed', { deltaMs });
  };
  const checkClock = (): number => {
    const reading = readClockNow();
    const deltaMs = clockJump(lastReading, reading);
    lastReading = reading;
    if (deltaMs !== 0) applyJump(deltaMs, reading);
    else if (++checks % HEARTBEAT_EVERY === 0) writeNow((tx) => saveHeartbeat(tx.db, reading));
    return deltaMs;
  };
  // A change made while the app was closed (same boot of the machine) counts as well.
  const previous = lastHeartbeat(readable(opened.db));
  if (previous) {
    const whileClosed = clockJump(previous, lastReading);
    if (whileClosed !== 0) applyJump(whileClosed, lastReading);
  }
  writeNow((tx) => saveHeartbeat(tx.db, lastReading));

  // The outbox goes to the center whenever it answers (sync/drainer.ts).
  drainer = createDrainer({
    db: () => readable(opened.db),
    write: () => writeNow,
    client: () => {
      const access = centerAccess(readable(opened.db), platform.secrets);
      return access?.token ? clientFor(access) : null;
    },
    now,
    random: options.sync?.random ?? Math.random,
    backoff: options.sync?.backoff,
    log,
  });
  if (options.sync?.autoDrain ?? true) drainer.start();

  const timers: NodeJS.Timeout[] = [];
  if (options.clock?.watch ?? true) {
    const t = setInterval(() => {
      try {
        checkClock();
      } catch (err) {
        log('Checking the clock failed', err);
      }
    }, CLOCK_CHECK_MS);
    t.unref();
    timers.push(t);
  }
  if (options.dailyBackups ?? true) {
    const daily = () => {
      backups.dailyIfDue().catch((err: unknown) => log('The daily backup failed', err));
    };
    timers.push(setTimeout(daily, FIRST_DAILY_CHECK_MS), setInterval(daily, DAILY_CHECK_MS));
    for (const t of timers) t.unref();
  }

  return {
    dispatch: (method, input) => dispatcher.dispatch(method, input),
    call: (method, input) => dispatcher.call(method, input),
    startupError: null,
    onEvent,
    files,
    backups,
    checkClock,
    sync: drainer,
    // The database closes at once (a reopen right after must find the folder free); the
    // worker's thread ends in the background.
    close: () => {
      for (const t of timers) clearTimeout(t);
      // The request under way is cut; a pass that was about to write finds the database
      // closed, which it logs, and the row stays pending for the next start.
      const drained = drainer?.stop() ?? Promise.resolve();
      const stopped = files.close();
      opened.close();
      return Promise.all([stopped, drained]).then(() => {});
    },
  };
}
