import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { acquireDataDirLock, unwritable } from './lock';
import { LATEST_VERSION, migrate, newerVersionError } from './migrations';

export const DB_FILE = 'diemcau.sqlite';

export interface OpenedDatabase {
  db: Database.Database;
  path: string;
  close: () => void;
}

function sqliteError(err: unknown, file: string): AppError {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new AppError('DB_CORRUPT', `${file} is not a readable database`, { file, cause: code });
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new AppError('DATA_DIR_LOCKED', `${file} is locked by another program`, { file });
  }
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_IOERR') {
    return unwritable(path.dirname(file), err);
  }
  return err instanceof AppError ? err : new AppError('INTERNAL', String(err), { file });
}

/** Looks at an existing file without writing a byte, so a newer database is left untouched. */
function checkExisting(file: string, nativeBinding: string | undefined): void {
  if (!fs.existsSync(file)) return;
  let probe: Database.Database | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    const version = probe.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) throw newerVersionError(version);
  } catch (err) {
    throw sqliteError(err, file);
  } finally {
    probe?.close();
  }
}

/**
 * Opens (creating if needed) the point's database in `dataDir`: lock, pragmas, migrations.
 * Every failure is an AppError the UI can explain; nothing is written when the file is refused.
 */
export interface OpenOptions {
  /** better-sqlite3 addon built for the running ABI (Electron loads its own copy). */
  nativeBinding?: string;
}

export function openDatabase(dataDir: string, options: OpenOptions = {}): OpenedDatabase {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, fs.constants.W_OK);
  } catch (err) {
    throw unwritable(dataDir, err);
  }
  const release = acquireDataDirLock(dataDir);
  const file = path.join(dataDir, DB_FILE);
  let db: Database.Database | undefined;
  try {
    checkExisting(file, options.nativeBinding);
    db = new Database(file, { nativeBinding: options.nativeBinding });
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  } catch (err) {
    db?.close();
    release();
    throw sqliteError(err, file);
  }
  const opened = db;
  return {
    db: opened,
    path: file,
    close: () => {
      if (opened.open) opened.close();
      release();
    },
  };
}

/** An in-memory database at the latest schema, for unit tests of queries and services. */
export function openMemoryDatabase(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}
