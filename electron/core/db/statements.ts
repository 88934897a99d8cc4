import type Database from 'better-sqlite3';
import type { ReadableDB } from './handles';

/**
 * Prepared statements kept per connection. Preparing costs about as much as running a small
 * query, and the check-in and search paths run the same few statements thousands of times.
 * A mode set on a statement (pluck, raw) stays with it, so a query that sets one is the only
 * user of its SQL text.
 */
const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function stmt(db: ReadableDB, sql: string): Database.Statement {
  let byDb = cache.get(db);
  if (!byDb) {
    byDb = new Map();
    cache.set(db, byDb);
  }
  let s = byDb.get(sql);
  if (!s) {
    s = db.prepare(sql);
    byDb.set(sql, s);
  }
  return s;
}
