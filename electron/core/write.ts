import type Database from 'better-sqlite3';
import type { EventName, EventPayload } from '../../shared/api/methods';
import type { CoreEffect, CoreEnv, WriteContext } from './context';
import type { WritableDB } from './db/handles';

export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** Runs `fn` as one write; `check` sees the result before commit and may still refuse it. */
export type WritePath = <T>(fn: (tx: WriteContext) => T, check?: (value: T) => void) => T;

/**
 * The one write path. Each write is an immediate transaction (the write lock is taken up
 * front, so a write never fails half-way on a lock upgrade); `fn` gets the writable handle;
 * `check` runs before commit, so a result that breaks the contract rolls everything back; the
 * change events `fn` announced are sent only after the commit, each once. Every build runs this
 * same path, and nothing else in the core opens a transaction.
 */
export function createWritePath(
  db: Database.Database,
  env: CoreEnv,
  emit: Emit,
  onEffect: (effect: CoreEffect) => void = () => {},
): WritePath {
  const transaction = db.transaction((body: () => unknown) => body());
  return <T>(fn: (tx: WriteContext) => T, check?: (value: T) => void): T => {
    const pending = new Map<string, [EventName, unknown]>();
    const effects = new Set<CoreEffect>();
    const tx: WriteContext = {
      ...env,
      db: db as WritableDB,
      at: env.now().toISOString(),
      changed: (event, payload) => {
        pending.set(`${event}\u0000${JSON.stringify(payload)}`, [event, payload]);
      },
      afterCommit: (effect) => effects.add(effect),
    };
    const value = transaction.immediate(() => {
      const result = fn(tx);
      check?.(result);
      return result;
    }) as T;
    for (const [event, payload] of pending.values()) {
      emit(event, payload as EventPayload<typeof event>);
    }
    for (const effect of effects) onEffect(effect);
    return value;
  };
}
