import Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { ReadableDB } from '../db/handles';
import { readable } from '../db/handles';
import { BUSY_TIMEOUT_MS } from '../db/open';

/** The database file the worker may read, as its owner (the core) gave it at spawn. */
export interface WorkerDatabase {
  file: string;
  /** better-sqlite3 addon built for the running ABI (Electron loads its own copy). */
  nativeBinding?: string | undefined;
}

let source: WorkerDatabase | null = null;
let connection: Database.Database | null = null;

/** Set once by the worker's entry from its workerData; absent, a job that reads fails clearly. */
export function useDatabase(database: WorkerDatabase | null): void {
  source = database;
}

/**
 * The worker's own connection to the core's database, opened on first use: read-only, so WAL
 * lets it read beside the core's writer without ever taking the write lock, and without the
 * writer's pragmas (journal mode and synchronous are the writer's; foreign keys only bind
 * writes). The file must exist: the core opened and migrated it before any job was sent.
 */
function connect(): Database.Database {
  if (connection?.open) return connection;
  if (!source) {
    throw new AppError('INTERNAL', 'The file worker was started without a database to read', {
      job: 'database',
    });
  }
  connection = new Database(source.file, {
    readonly: true,
    fileMustExist: true,
    timeout: BUSY_TIMEOUT_MS,
    nativeBinding: source.nativeBinding,
  });
  return connection;
}

/**
 * Runs `read` in a read transaction of its own: it sees everything the core had committed when
 * the job began (a check-in just before the save is in the list) and one state throughout, even
 * if the core writes while the document is read.
 */
export function readDatabase<T>(read: (db: ReadableDB) => T): T {
  const db = connect();
  return db.transaction(() => read(readable(db)))();
}
