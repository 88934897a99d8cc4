import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { snapshot } from '../backup/backups';
import type { DatabaseFile } from './fileHeader';
import { APPLICATION_ID, inspectDatabaseFile } from './fileHeader';
import { acquireDataDirLock, unwritable } from './lock';
import { LATEST_VERSION, migrate, newerVersionError, schemaVersion } from './migrations';

export const DB_FILE = 'diemcau.sqlite';

/**
 * How long a write waits for another program holding the database's write lock before the
 * operator is told (DB_BUSY). Reads never wait: in WAL mode they do not need that lock.
 */
export const BUSY_TIMEOUT_MS = 1000;

/** Tables only this app's database has: a SQLite file without them is someone else's. */
const OWN_TABLES = ['meetings', 'invitees', 'attendance_events', 'protocol_groups'];

export interface OpenedDatabase {
  /** The open connection; a restore replaces it. */
  db: Database.Database;
  path: string;
  close: () => void;
  /** Puts `source` (a backup) in place of the database file and opens it; the lock stays held. */
  replace: (source: string) => Database.Database;
}

export interface OpenOptions {
  /** better-sqlite3 addon built for the running ABI (Electron loads its own copy). */
  nativeBinding?: string;
  log?: (message: string, err?: unknown) => void;
  now?: () => Date;
}

function sqliteError(err: unknown, file: string): AppError {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new AppError('DB_CORRUPT', `${file} is not a readable database`, { file, cause: code });
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new AppError('DB_BUSY', `${file} is locked by another program`, { file });
  }
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_IOERR')) {
    return unwritable(path.dirname(file), err);
  }
  return new AppError('INTERNAL', String(err), { file });
}

/**
 * The tables of a SQLite file that has no application id, looked at in a temporary copy, so
 * that a file which turns out to be another program's is left exactly as it was (opening it in
 * place, even read-only, would create -wal and -shm files beside a WAL-mode database).
 */
function tablesOf(file: string, nativeBinding: string | undefined): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-probe-'));
  try {
    const copy = path.join(dir, 'probe.sqlite');
    fs.copyFileSync(file, copy);
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    const probe = new Database(copy, { readonly: true, nativeBinding });
    try {
      return (
        probe.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as {
          name: string;
        }[]
      ).map((r) => r.name);
    } finally {
      probe.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Decides, before SQLite touches the file, whether it may be opened: refuses a directory, a
 * file that is not SQLite, another program's database and one from a newer version of this
 * app, each with its own code. Returns whether the file holds an existing database of ours.
 */
function admit(file: string, found: DatabaseFile, options: OpenOptions): boolean {
  switch (found.kind) {
    case 'missing':
      return false;
    case 'empty':
      options.log?.(`${file} is an empty file (0 bytes); it is set up as a new database`);
      return false;
    case 'directory':
      throw new AppError('DB_NOT_A_FILE', `${file} is a folder, not a database file`, { file });
    case 'not-sqlite':
      throw new AppError('DB_CORRUPT', `${file} is not a readable database`, {
        file,
        cause: 'not_sqlite',
      });
    case 'sqlite': {
      if (found.applicationId !== APPLICATION_ID) {
        if (found.applicationId !== 0) throw foreign(file, found.applicationId);
        // Databases of this app made before it set an application id are recognised by their
        // tables; an empty SQLite file is set up as new.
        const tables = tablesOf(file, options.nativeBinding);
        if (tables.length === 0 && found.userVersion === 0) return false;
        if (!OWN_TABLES.every((t) => tables.includes(t))) throw foreign(file, 0);
      }
      if (found.userVersion > LATEST_VERSION) throw newerVersionError(found.userVersion);
      return true;
    }
  }
}

const foreign = (file: string, applicationId: number) =>
  new AppError('DB_FOREIGN', `${file} is another program's database`, { file, applicationId });

/**
 * Opens the database file: the file check, pragmas, a backup when migrations are due (the state
 * before them is kept), migrations, and the application id. The caller holds the folder's lock.
 */
function openFile(dataDir: string, options: OpenOptions): Database.Database {
  const file = path.join(dataDir, DB_FILE);
  let db: Database.Database | undefined;
  try {
    const existing = admit(file, inspectDatabaseFile(file), options);
    db = new Database(file, { nativeBinding: options.nativeBinding, timeout: BUSY_TIMEOUT_MS });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // The header can lag behind a WAL left by a crash: check the real version too.
    const version = schemaVersion(db);
    if (version > LATEST_VERSION) throw newerVersionError(version);
    if (existing && version < LATEST_VERSION) {
      snapshot(db, dataDir, 'migration', options.now?.() ?? new Date(), options.nativeBinding);
    }
    migrate(db);
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
      db.pragma(`application_id = ${APPLICATION_ID}`);
    }
    return db;
  } catch (err) {
    db?.close();
    throw sqliteError(err, file);
  }
}

/**
 * Opens (creating if needed) the point's database in `dataDir` under the folder's lock. Every
 * failure is an AppError the UI can explain; nothing is written to a file that is refused.
 */
export function openDatabase(dataDir: string, options: OpenOptions = {}): OpenedDatabase {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, fs.constants.W_OK);
  } catch (err) {
    throw unwritable(dataDir, err);
  }
  const release = acquireDataDirLock(dataDir, options.nativeBinding);
  const file = path.join(dataDir, DB_FILE);
  let db: Database.Database;
  try {
    db = openFile(dataDir, options);
  } catch (err) {
    release();
    throw err;
  }
  const opened: OpenedDatabase = {
    db,
    path: file,
    close: () => {
      if (opened.db.open) opened.db.close();
      release();
    },
    replace: (source) => {
      // The lock stays held throughout: no other process can slip in between.
      opened.db.close();
      const partial = `${file}.restoring`;
      fs.copyFileSync(source, partial);
      const fd = fs.openSync(partial, 'r+');
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      // The old WAL belongs to the old file; left beside the new one it would be replayed into it.
      fs.rmSync(`${file}-wal`, { force: true });
      fs.rmSync(`${file}-shm`, { force: true });
      fs.renameSync(partial, file);
      opened.db = openFile(dataDir, options);
      return opened.db;
    },
  };
  return opened;
}

/** An in-memory database at the latest schema, for unit tests of queries and services. */
export function openMemoryDatabase(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}
