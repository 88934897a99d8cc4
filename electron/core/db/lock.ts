import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';

const LOCK_NAME = 'diemcau.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    // ESRCH: gone. EPERM: the pid exists but belongs to another user; the data folder is this
    // user's, so that is a pid reused after a crash, not a copy of the app: the lock is stale.
    return false;
  }
}

/**
 * Lock files this process holds. The pid in the file cannot tell a second open in this same
 * process from a stale lock left by an earlier process that had the same pid (pids are reused,
 * e.g. in containers), so the process remembers which locks are its own.
 */
const held = new Set<string>();

function canonical(dataDir: string): string {
  try {
    return fs.realpathSync(dataDir);
  } catch {
    return path.resolve(dataDir);
  }
}

/**
 * One process per data folder: two cores writing one SQLite file would each keep their own
 * idea of the meeting. A lock left by a process that died is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  const lockPath = path.join(canonical(dataDir), LOCK_NAME);
  if (held.has(lockPath)) {
    throw new AppError('DATA_DIR_LOCKED', 'Data folder is already open in this process', {
      dataDir,
      pid: process.pid,
      lockPath,
    });
  }
  const mine = JSON.stringify({ pid: process.pid, since: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, mine, { flag: 'wx' });
      held.add(lockPath);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        held.delete(lockPath);
        try {
          if (fs.readFileSync(lockPath, 'utf8') === mine) fs.unlinkSync(lockPath);
        } catch {
          // already gone: nothing to release
        }
      };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw unwritable(dataDir, err);
      let holder: { pid?: number } = {};
      try {
        holder = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as { pid?: number };
      } catch {
        // unreadable lock: treat as stale
      }
      if (typeof holder.pid === 'number' && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new AppError('DATA_DIR_LOCKED', `Data folder is in use by process ${holder.pid}`, {
          dataDir,
          pid: holder.pid,
          lockPath,
        });
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new AppError('DATA_DIR_LOCKED', 'Could not take the data folder lock', {
    dataDir,
    lockPath,
  });
}

export function unwritable(dataDir: string, err: unknown): AppError {
  return new AppError('DATA_DIR_UNWRITABLE', `Cannot write to ${dataDir}`, {
    dataDir,
    cause: (err as NodeJS.ErrnoException).code ?? String(err),
  });
}
