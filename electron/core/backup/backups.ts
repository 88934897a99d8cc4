import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo, BackupReason } from '../../../shared/api/backupSchemas';

/**
 * Copies of the point's database, in `<data folder>/backups`: before every migration, once a
 * day while the app runs, when a meeting is finalized, when the operator asks, and of the
 * current state before a restore. Each copy is a self-contained SQLite file (no -wal beside it)
 * with a small JSON note: why and when it was taken, and what `integrity_check` said of it.
 * A bounded number is kept per reason.
 */
export const BACKUP_DIR = 'backups';
export const KEEP_PER_REASON = 10;

const NOTE_SUFFIX = '.json';
const FILE_SUFFIX = '.sqlite';

export const backupDir = (dataDir: string) => path.join(dataDir, BACKUP_DIR);

/** A name that sorts by time, is valid on every file system and is never reused. */
function backupName(dataDir: string, reason: BackupReason, at: Date): string {
  const base = `diemcau-${at.toISOString().replace(/[:.]/g, '-')}-${reason}`;
  let name = base;
  for (let n = 2; fs.existsSync(path.join(backupDir(dataDir), `${name}${FILE_SUFFIX}`)); n++) {
    name = `${base}-${n}`;
  }
  return name;
}

/** `integrity_check` of a backup file: 'ok', or SQLite's first complaint. */
export function checkIntegrity(file: string, nativeBinding?: string): string {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    try {
      const rows = db.pragma('integrity_check') as { integrity_check: string }[];
      return rows[0]?.integrity_check ?? 'no answer';
    } finally {
      db.close();
    }
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/** Writes the note, so a listing never has to open the databases. */
function record(
  dataDir: string,
  name: string,
  info: Omit<BackupInfo, 'name' | 'bytes'>,
): BackupInfo {
  const file = path.join(backupDir(dataDir), `${name}${FILE_SUFFIX}`);
  const full: BackupInfo = { ...info, name, bytes: fs.statSync(file).size };
  fs.writeFileSync(path.join(backupDir(dataDir), `${name}${NOTE_SUFFIX}`), JSON.stringify(full));
  prune(dataDir, info.reason);
  return full;
}

/** A partial copy is written under a temporary name and renamed only when complete. */
const partialOf = (file: string) => `${file}.partial`;

/**
 * A synchronous copy with `VACUUM INTO`, for the moments when nothing else runs: before
 * migrations (at startup) and before a restore. The result is in rollback-journal mode, so the
 * backup is one file.
 */
export function snapshot(
  db: Database.Database,
  dataDir: string,
  reason: BackupReason,
  at: Date,
  nativeBinding?: string,
): BackupInfo {
  fs.mkdirSync(backupDir(dataDir), { recursive: true });
  const name = backupName(dataDir, reason, at);
  const file = path.join(backupDir(dataDir), `${name}${FILE_SUFFIX}`);
  const partial = partialOf(file);
  fs.rmSync(partial, { force: true });
  db.prepare('VACUUM INTO ?').run(partial);
  fs.renameSync(partial, file);
  return record(dataDir, name, {
    reason,
    takenAt: at.toISOString(),
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    integrity: checkIntegrity(file, nativeBinding),
  });
}

/**
 * An online backup with SQLite's backup API: it copies pages in steps between which the core
 * keeps answering, and a write made meanwhile through the same connection is carried into the
 * copy, so the backup is the state at its end.
 */
export async function onlineBackup(
  db: Database.Database,
  dataDir: string,
  reason: BackupReason,
  at: () => Date,
  nativeBinding?: string,
): Promise<BackupInfo> {
  fs.mkdirSync(backupDir(dataDir), { recursive: true });
  const started = at();
  const name = backupName(dataDir, reason, started);
  const file = path.join(backupDir(dataDir), `${name}${FILE_SUFFIX}`);
  const partial = partialOf(file);
  fs.rmSync(partial, { force: true });
  await db.backup(partial);
  // The copy starts in WAL mode like its source; one file is what an operator can carry.
  const copy = new Database(partial, { nativeBinding });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  fs.renameSync(partial, file);
  return record(dataDir, name, {
    reason,
    takenAt: started.toISOString(),
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    integrity: checkIntegrity(file, nativeBinding),
  });
}

/** Every backup, newest first, from their notes; a copy without a note is not listed. */
export function listBackups(dataDir: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(backupDir(dataDir));
  } catch {
    return [];
  }
  const found: BackupInfo[] = [];
  for (const n of names) {
    if (!n.endsWith(NOTE_SUFFIX)) continue;
    const base = n.slice(0, -NOTE_SUFFIX.length);
    if (!names.includes(`${base}${FILE_SUFFIX}`)) continue;
    try {
      found.push(
        JSON.parse(fs.readFileSync(path.join(backupDir(dataDir), n), 'utf8')) as BackupInfo,
      );
    } catch {
      // A note cut short by a crash: its copy is still there for someone who looks.
    }
  }
  return found.sort((a, b) => b.name.localeCompare(a.name));
}

/**
 * Records a later check's verdict in a backup's note (a copy damaged after it was taken is
 * found at restore time), so the list stops calling it sound.
 */
export function recordIntegrity(dataDir: string, name: string, integrity: string): void {
  const note = path.join(backupDir(dataDir), `${name}${NOTE_SUFFIX}`);
  try {
    const info = JSON.parse(fs.readFileSync(note, 'utf8')) as BackupInfo;
    fs.writeFileSync(note, JSON.stringify({ ...info, integrity }));
  } catch {
    // No readable note: the copy is not listed anyway.
  }
}

export const backupFile = (dataDir: string, name: string) =>
  path.join(backupDir(dataDir), `${name}${FILE_SUFFIX}`);

/** Keeps the newest KEEP_PER_REASON copies of a reason; older ones go with their notes. */
function prune(dataDir: string, reason: BackupReason): void {
  const old = listBackups(dataDir)
    .filter((b) => b.reason === reason)
    .slice(KEEP_PER_REASON);
  for (const b of old) {
    fs.rmSync(backupFile(dataDir, b.name), { force: true });
    fs.rmSync(path.join(backupDir(dataDir), `${b.name}${NOTE_SUFFIX}`), { force: true });
  }
}
