import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';

export const LOCK_FILE = 'diemcau.lock';
/** Who holds the lock, for the message another process shows; informational only. */
export const HOLDER_FILE = 'diemcau.lock.holder.json';

interface Holder {
  pid: number;
  host: string;
  since: string;
}

/**
 * One process per data folder: two cores writing one SQLite file would each keep their own idea
 * of the meeting. The lock is an exclusive OS file lock, taken through SQLite on a small lock
 * file (`locking_mode=EXCLUSIVE` + `BEGIN EXCLUSIVE`): fcntl on POSIX, LockFileEx on Windows,
 * atomic, and released by the operating system when the process ends, however it ends. A lock
 * can therefore never be stale, and a reused process id can never keep the folder shut. The
 * lock file is never deleted: deleting a lock file while another process opens it lets two
 * processes each lock a different file.
 */
export function acquireDataDirLock(dataDir: string, nativeBinding?: string): () => void {
  const lockPath = path.join(dataDir, LOCK_FILE);
  replaceLegacyLock(dataDir, lockPath);
  let lock: Database.Database;
  try {
    lock = new Database(lockPath, { timeout: 0, nativeBinding });
  } catch (err) {
    throw lockFailure(dataDir, lockPath, err);
  }
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    // A write takes the exclusive lock, and exclusive locking mode keeps it until close; on a
    // new, empty file there would be nothing to lock without it.
    lock.exec('CREATE TABLE IF NOT EXISTS lock (held INTEGER)');
    lock.exec('BEGIN EXCLUSIVE');
  } catch (err) {
    lock.close();
    throw lockFailure(dataDir, lockPath, err);
  }
  const holder: Holder = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  try {
    fs.writeFileSync(path.join(dataDir, HOLDER_FILE), JSON.stringify(holder));
  } catch {
    // Only the message of a refused second process would lack the holder's details.
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    lock.close();
  };
}

function readHolder(dataDir: string): Partial<Holder> {
  try {
    return JSON.parse(fs.readFileSync(path.join(dataDir, HOLDER_FILE), 'utf8')) as Holder;
  } catch {
    return {};
  }
}

/** Each way of failing says what it is: held, not a lock at all, or a folder we cannot use. */
function lockFailure(dataDir: string, lockPath: string, err: unknown): AppError {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    const holder = readHolder(dataDir);
    const here = holder.pid === process.pid && holder.host === os.hostname();
    return new AppError(
      'DATA_DIR_LOCKED',
      here
        ? 'Data folder is already open in this process'
        : `Data folder is in use by process ${holder.pid ?? '?'} on ${holder.host ?? '?'}`,
      { dataDir, lockPath, pid: holder.pid, host: holder.host, since: holder.since },
    );
  }
  if (isDirectory(lockPath) || code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new AppError('DATA_DIR_LOCK_INVALID', `${lockPath} is not a lock file`, {
      dataDir,
      lockPath,
      cause: code || String(err),
    });
  }
  return unwritable(dataDir, err);
}

const isDirectory = (p: string) => {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
};

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Versions before 0.2 wrote the owning pid as JSON in the lock file. Such a file is replaced,
 * unless its process is still running (an older copy of the app has the folder open).
 */
function replaceLegacyLock(dataDir: string, lockPath: string): void {
  let text: string;
  try {
    const fd = fs.openSync(lockPath, 'r');
    const head = Buffer.alloc(16);
    fs.readSync(fd, head, 0, 16, 0);
    fs.closeSync(fd);
    if (head.toString('latin1').startsWith('SQLite format 3')) return;
    text = fs.readFileSync(lockPath, 'utf8');
  } catch {
    return; // missing (fine) or unreadable (the SQLite open reports it)
  }
  if (!text.trimStart().startsWith('{') && text.length > 0) return; // not ours: refused below
  let pid: number | undefined;
  try {
    pid = (JSON.parse(text) as { pid?: number }).pid;
  } catch {
    pid = undefined;
  }
  if (typeof pid === 'number' && pid !== process.pid && isAlive(pid)) {
    throw new AppError('DATA_DIR_LOCKED', `Data folder is in use by process ${pid}`, {
      dataDir,
      lockPath,
      pid,
    });
  }
  fs.rmSync(lockPath, { force: true });
}

export function unwritable(dataDir: string, err: unknown): AppError {
  return new AppError('DATA_DIR_UNWRITABLE', `Cannot write to ${dataDir}`, {
    dataDir,
    cause: (err as NodeJS.ErrnoException).code ?? String(err),
  });
}
