import type Database from 'better-sqlite3';
import type { BackupInfo } from '../../../shared/api/backupSchemas';
import { AppError } from '../../../shared/api/errors';
import { APPLICATION_ID, inspectDatabaseFile } from '../db/fileHeader';
import { LATEST_VERSION } from '../db/migrations';
import fs from 'node:fs';
import path from 'node:path';
import type { TransferManifest } from '../transfer/transfer';
import {
  TRANSFER_EXTENSION,
  TRANSFER_WORK_DIR,
  exportData,
  openTransfer,
  placeFiles,
} from '../transfer/transfer';
import {
  backupFile,
  checkIntegrity,
  listBackups,
  onlineBackup,
  recordIntegrity,
  snapshot,
} from './backups';

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupService {
  list(): BackupInfo[];
  take(reason: 'manual' | 'daily' | 'finalize'): Promise<BackupInfo>;
  /** Takes the daily copy when the newest one is a day old (or there is none). */
  dailyIfDue(): Promise<BackupInfo | null>;
  /**
   * Puts a backup in place of the database, after a copy of the current state; answers with
   * both. A backup that is damaged, not this app's or from a newer version is refused untouched.
   */
  restore(name: string): Promise<{ restored: BackupInfo; safetyCopy: BackupInfo }>;
  /**
   * Moving to a new machine: the whole data folder sealed under `password` into a file in the
   * work folder; the caller reads it and removes it (`dispose`).
   */
  exportAll(
    password: string,
  ): Promise<{ file: string; fileName: string; manifest: TransferManifest; dispose: () => void }>;
  /**
   * Opens a sealed file, checks all of it, and only then puts it in place of this machine's
   * data (after a safety copy, as a restore does). Refused files change nothing.
   */
  importAll(
    file: string,
    password: string,
  ): Promise<{ manifest: TransferManifest; safetyCopy: BackupInfo }>;
}

export interface BackupDeps {
  dataDir: string;
  now: () => Date;
  nativeBinding?: string;
  /** The app's version, written into transfer files. */
  version?: string;
  /** The connection in use now (a restore replaces it). */
  db: () => Database.Database;
  /** Replaces the database file with `file` and reopens it; the core rewires itself. */
  replace: (file: string) => void;
}

export function createBackupService(deps: BackupDeps): BackupService {
  // One backup or restore at a time: two online backups of one connection would each restart
  // whenever the other wrote, and a restore must not close the database under a running copy.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const take: BackupService['take'] = (reason) =>
    serial(() => onlineBackup(deps.db(), deps.dataDir, reason, deps.now, deps.nativeBinding));

  return {
    list: () => listBackups(deps.dataDir),
    take,
    dailyIfDue: async () => {
      const last = listBackups(deps.dataDir).find((b) => b.reason === 'daily');
      if (last && deps.now().getTime() - Date.parse(last.takenAt) < DAY_MS) return null;
      return take('daily');
    },
    exportAll: (password) =>
      serial(async () => {
        const at = deps.now();
        const dir = path.join(deps.dataDir, TRANSFER_WORK_DIR);
        fs.mkdirSync(dir, { recursive: true });
        const fileName = `diemcau-chuyen-may-${at.toISOString().slice(0, 10)}${TRANSFER_EXTENSION}`;
        const file = path.join(dir, `export-${at.getTime()}-${process.pid}${TRANSFER_EXTENSION}`);
        try {
          const manifest = await exportData(
            {
              db: deps.db(),
              dataDir: deps.dataDir,
              appVersion: deps.version ?? '',
              now: at,
              nativeBinding: deps.nativeBinding,
            },
            password,
            file,
          );
          return { file, fileName, manifest, dispose: () => fs.rmSync(file, { force: true }) };
        } catch (err) {
          fs.rmSync(file, { force: true });
          throw err;
        }
      }),
    importAll: (file, password) =>
      serial(async () => {
        const opened = openTransfer(file, password, deps.dataDir, deps.nativeBinding);
        try {
          const at = deps.now();
          const safetyCopy = snapshot(deps.db(), deps.dataDir, 'restore', at, deps.nativeBinding);
          try {
            deps.replace(opened.database);
          } catch (err) {
            deps.replace(backupFile(deps.dataDir, safetyCopy.name));
            throw err;
          }
          placeFiles(opened, deps.dataDir, at.toISOString().replace(/[:.]/g, '-'));
          return { manifest: opened.manifest, safetyCopy };
        } finally {
          opened.dispose();
        }
      }),
    restore: (name) =>
      serial(async () => {
        const restored = listBackups(deps.dataDir).find((b) => b.name === name);
        if (!restored) throw new AppError('BACKUP_NOT_FOUND', `No backup ${name}`, { name });
        const file = backupFile(deps.dataDir, name);
        const header = inspectDatabaseFile(file);
        const integrity = checkIntegrity(file, deps.nativeBinding);
        if (
          header.kind !== 'sqlite' ||
          header.applicationId !== APPLICATION_ID ||
          header.userVersion > LATEST_VERSION ||
          integrity !== 'ok'
        ) {
          if (integrity !== 'ok') recordIntegrity(deps.dataDir, name, integrity);
          throw new AppError('BACKUP_DAMAGED', `Backup ${name} cannot be restored`, {
            name,
            integrity,
          });
        }
        const safetyCopy = snapshot(
          deps.db(),
          deps.dataDir,
          'restore',
          deps.now(),
          deps.nativeBinding,
        );
        try {
          deps.replace(file);
        } catch (err) {
          // Whatever failed, the state before the restore goes back in place.
          deps.replace(backupFile(deps.dataDir, safetyCopy.name));
          throw err;
        }
        return { restored, safetyCopy };
      }),
  };
}
