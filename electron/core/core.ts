import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { AppError } from '../../shared/api/errors';
import type { EventName, EventPayload } from '../../shared/api/methods';
import type { CoreContext } from './context';
import { openDatabase } from './db/open';
import type { Dispatch, DispatchAsync } from './dispatch';
import { createDispatch, failedDispatch } from './dispatch';
import { handlers } from './handlers';

export interface CoreOptions {
  dataDir: string;
  transport: 'ipc' | 'http';
  version: string;
  now?: () => Date;
  checkOutput?: boolean;
  nativeBinding?: string;
  log?: (message: string, err?: unknown) => void;
}

export interface Core {
  /** Synchronous methods only (tests, bench); transports use `call`. */
  dispatch: Dispatch;
  call: DispatchAsync;
  /** Set when the database could not be opened; dispatch then answers every call with it. */
  startupError: AppError | null;
  onEvent: (listener: (event: EventName, payload: unknown) => void) => () => void;
  close: () => void;
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
    return { ...failedDispatch(error), startupError: error, onEvent, close: () => {} };
  }
  const ctx: CoreContext = {
    db: opened.db,
    dataDir: options.dataDir,
    now: options.now ?? (() => new Date()),
    newId: randomUUID,
    emit: <E extends EventName>(event: E, payload: EventPayload<E>) =>
      events.emit('event', event, payload),
    transport: options.transport,
    version: options.version,
  };
  const dispatcher = createDispatch(handlers, ctx, {
    checkOutput: options.checkOutput ?? true,
    onInternalError: (err, method) => options.log?.(`Internal error in ${method}`, err),
  });
  return { ...dispatcher, startupError: null, onEvent, close: opened.close };
}
