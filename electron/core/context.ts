import type { EventName, EventPayload } from '../../shared/api/methods';
import type { ReadableDB, WritableDB } from './db/handles';

/** What every handler may know of the outside world; injectable for tests. */
export interface CoreEnv {
  dataDir: string;
  /** Current time; tests pass a fixed clock. */
  now: () => Date;
  newId: () => string;
  transport: 'ipc' | 'http';
  version: string;
}

/** A read handler's view: the connection as a ReadableDB, so no write query accepts it. */
export interface ReadContext extends CoreEnv {
  db: ReadableDB;
}

/**
 * A write handler's view, valid only inside its transaction: the writable handle, the one
 * instant every row of this write is stamped with, and `changed` to announce what changed.
 * Announcements are held until the transaction commits and dropped if it rolls back, so a
 * window never refreshes for a write that did not happen.
 */
export interface WriteContext extends CoreEnv {
  db: WritableDB;
  /** ISO instant of this write (UTC), the same for every row it touches. */
  at: string;
  changed: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  /** Work the core does once this write is committed (never if it rolls back). */
  afterCommit: (effect: CoreEffect) => void;
}

/** What a write can ask of the core after its commit. */
export type CoreEffect = 'backup.finalize' | 'sync.wake';
