import type Database from 'better-sqlite3';
import type { EventName, EventPayload } from '../../shared/api/methods';

/** Everything a service needs from the outside world, injectable for tests. */
export interface CoreContext {
  db: Database.Database;
  dataDir: string;
  /** Current time; tests pass a fixed clock. */
  now: () => Date;
  newId: () => string;
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  transport: 'ipc' | 'http';
  version: string;
}

export const nowIso = (ctx: Pick<CoreContext, 'now'>): string => ctx.now().toISOString();
