import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { AppError } from '../../shared/api/errors';
import type { EventName, EventPayload } from '../../shared/api/methods';
import type { CoreEnv, ReadContext } from './context';
import { readable } from './db/handles';
import { openDatabase } from './db/open';
import type { Dispatch, DispatchAsync } from './dispatch';
import { createDispatch, failedDispatch } from './dispatch';
import type { JobServices } from './handlerTypes';
import { createImportSessions } from './import/sessions';
import { handlers } from './handlers';
import type { FileWorker, FileWorkerOptions } from './worker/fileWorker';
import { createFileWorker } from './worker/fileWorker';
import { createWritePath } from './write';

export interface CoreOptions {
  dataDir: string;
  transport: 'ipc' | 'http';
  version: string;
  now?: () => Date;
  /** Check read and job outputs against the contract (writes are always checked). */
  checkReads?: boolean;
  nativeBinding?: string;
  worker?: FileWorkerOptions;
  log?: (message: string, err?: unknown) => void;
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
  close: () => Promise<void>;
}

/** Opens the point's data folder and wires the handler table; never throws. */
export function openCore(options: CoreOptions): Core {
  const events = new EventEmitter();
  const onEvent: Core['onEvent'] = (listener) => {
    events.on('event', listener);
    return () => events.off('event', listener);
  };
  let opened;
  try {
    opened = openDatabase(options.dataDir, { nativeBinding: options.nativeBinding });
  } catch (err) {
    const error =
      err instanceof AppError
        ? err
        : new AppError('INTERNAL', String(err), { dataDir: options.dataDir });
    options.log?.(`Could not open ${options.dataDir}: ${error.code}`, err);
    return {
      ...failedDispatch(error),
      startupError: error,
      onEvent,
      files: null,
      close: async () => {},
    };
  }
  const env: CoreEnv = {
    dataDir: options.dataDir,
    now: options.now ?? (() => new Date()),
    newId: randomUUID,
    transport: options.transport,
    version: options.version,
  };
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) =>
    events.emit('event', event, payload);
  const read: ReadContext = { ...env, db: readable(opened.db) };
  const write = createWritePath(opened.db, env, emit);
  const files = createFileWorker({ log: options.log, ...options.worker });
  const importSessions = createImportSessions(env.newId, () => env.now().getTime());
  const job: JobServices = { ...read, write, files, importSessions };
  const dispatcher = createDispatch(
    handlers,
    { read, write, job },
    {
      checkReads: options.checkReads ?? true,
      onInternalError: (err, method) => options.log?.(`Internal error in ${method}`, err),
    },
  );
  const db = opened;
  return {
    ...dispatcher,
    startupError: null,
    onEvent,
    files,
    // The database closes at once (a reopen right after must find the folder free); the
    // worker's thread ends in the background.
    close: () => {
      const stopped = files.close();
      db.close();
      return stopped;
    },
  };
}
