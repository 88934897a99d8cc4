import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { BACKUP_DIR, checkIntegrity } from '../backup/backups';
import { APPLICATION_ID, inspectDatabaseFile } from '../db/fileHeader';
import { LATEST_VERSION } from '../db/migrations';
import { LOCK_FILE } from '../db/lock';
import { DB_FILE } from '../db/open';
import { LOG_DIR } from '../logging/logger';
import { ArchiveError, createUnpacker, packEnd, packFile } from './archive';
import type { KDF } from './sealedFile';
import { SealedFileError, createSealedWriter, openSealedFile } from './sealedFile';

/**
 * Moving to a new machine: the whole data folder as one sealed file (sealedFile.ts) under a
 * password the operator chooses — a consistent copy of the database (SQLite's online backup, as
 * the backups take), the attachments and the other files of the data folder (settings, keys) —
 * and back. Opening decrypts and checks everything into a work folder first; only a file that
 * opened completely, holds this app's sound database of a version it can read, is swapped in.
 */
export const TRANSFER_WORK_DIR = 'transfer-work';
export const MANIFEST = 'manifest.json';
export const DATABASE_ENTRY = 'database.sqlite';
const FILES_PREFIX = 'files/';
export const TRANSFER_EXTENSION = '.diemcau';

/**
 * Not carried: the live database and its journals (a consistent copy is), the folder's lock,
 * this machine's backups and logs, the window's place on this machine's screens.
 */
const NOT_CARRIED_PREFIXES = [DB_FILE, LOCK_FILE];
const NOT_CARRIED = new Set([BACKUP_DIR, LOG_DIR, TRANSFER_WORK_DIR, 'window-state.json']);

export interface TransferManifest {
  kind: 'diemcau-transfer';
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  files: string[];
}

/** The data folder's files to carry, as '/'-paths relative to it. */
export function carriedFiles(dataDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (!rel && NOT_CARRIED.has(entry.name)) continue;
      if (!rel && NOT_CARRIED_PREFIXES.some((p) => entry.name.startsWith(p))) continue;
      if (entry.name.endsWith('.partial')) continue;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), relPath);
      else if (entry.isFile()) found.push(relPath);
    }
  };
  walk(dataDir, '');
  return found.sort();
}

export function workDir(dataDir: string): string {
  const dir = path.join(dataDir, TRANSFER_WORK_DIR, crypto.randomBytes(6).toString('hex'));
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

export interface ExportDeps {
  db: Database.Database;
  dataDir: string;
  appVersion: string;
  now: Date;
  nativeBinding?: string;
  kdf?: typeof KDF;
  chunkSize?: number;
}

/** Seals the data folder into `target`; answers the manifest. */
export async function exportData(
  deps: ExportDeps,
  password: string,
  target: string,
): Promise<TransferManifest> {
  const work = workDir(deps.dataDir);
  try {
    const copy = path.join(work, DATABASE_ENTRY);
    await deps.db.backup(copy);
    const opened = new Database(copy, { nativeBinding: deps.nativeBinding });
    try {
      opened.pragma('journal_mode = DELETE');
    } finally {
      opened.close();
    }
    const files = carriedFiles(deps.dataDir);
    const manifest: TransferManifest = {
      kind: 'diemcau-transfer',
      appVersion: deps.appVersion,
      schemaVersion: deps.db.pragma('user_version', { simple: true }) as number,
      createdAt: deps.now.toISOString(),
      files,
    };
    const manifestFile = path.join(work, MANIFEST);
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));
    const writer = createSealedWriter(target, password, {
      kdf: deps.kdf,
      chunkSize: deps.chunkSize,
    });
    try {
      packFile(writer, MANIFEST, manifestFile);
      packFile(writer, DATABASE_ENTRY, copy);
      for (const f of files)
        packFile(writer, `${FILES_PREFIX}${f}`, path.join(deps.dataDir, ...f.split('/')));
      packEnd(writer);
    } finally {
      writer.close();
    }
    return manifest;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

export interface OpenedTransfer {
  manifest: TransferManifest;
  /** The checked database copy, ready to be put in place. */
  database: string;
  /** The unpacked data folder files ('files/' stripped), under `filesDir`. */
  filesDir: string;
  files: string[];
  /** Removes the work folder. */
  dispose: () => void;
}

function refuse(
  code: 'TRANSFER_WRONG_PASSWORD' | 'TRANSFER_DAMAGED' | 'TRANSFER_UNSUPPORTED',
  message: string,
): never {
  throw new AppError(code, message);
}

/**
 * Opens a sealed file into a work folder in the data folder and checks it whole; changes
 * nothing else. Throws TRANSFER_WRONG_PASSWORD, TRANSFER_DAMAGED or TRANSFER_UNSUPPORTED.
 */
export function openTransfer(
  file: string,
  password: string,
  dataDir: string,
  nativeBinding?: string,
): OpenedTransfer {
  const work = workDir(dataDir);
  const dispose = () => fs.rmSync(work, { recursive: true, force: true });
  const unpacked = path.join(work, 'unpacked');
  fs.mkdirSync(unpacked);
  const unpacker = createUnpacker(unpacked);
  try {
    let names: string[];
    try {
      openSealedFile(file, password, (plain) => unpacker.push(plain));
      names = unpacker.end();
    } catch (err) {
      unpacker.abort();
      if (err instanceof SealedFileError) {
        if (err.reason === 'wrong_password') refuse('TRANSFER_WRONG_PASSWORD', err.message);
        if (err.reason === 'unsupported') refuse('TRANSFER_UNSUPPORTED', err.message);
        refuse('TRANSFER_DAMAGED', err.message);
      }
      if (err instanceof ArchiveError) refuse('TRANSFER_DAMAGED', err.message);
      throw err;
    }
    if (!names.includes(MANIFEST) || !names.includes(DATABASE_ENTRY)) {
      refuse('TRANSFER_DAMAGED', 'The file has no manifest or no database');
    }
    let manifest: TransferManifest;
    try {
      manifest = JSON.parse(
        fs.readFileSync(path.join(unpacked, MANIFEST), 'utf8'),
      ) as TransferManifest;
    } catch {
      refuse('TRANSFER_DAMAGED', 'The manifest is not JSON');
    }
    if (manifest.kind !== 'diemcau-transfer') refuse('TRANSFER_DAMAGED', 'Not a transfer manifest');
    const files = names
      .filter((n) => n.startsWith(FILES_PREFIX))
      .map((n) => n.slice(FILES_PREFIX.length));
    const database = path.join(unpacked, DATABASE_ENTRY);
    const header = inspectDatabaseFile(database);
    if (header.kind !== 'sqlite' || header.applicationId !== APPLICATION_ID) {
      refuse('TRANSFER_DAMAGED', 'The database in the file is not this app’s');
    }
    if (header.userVersion > LATEST_VERSION) {
      refuse('TRANSFER_UNSUPPORTED', `Schema ${header.userVersion} is newer than this app’s`);
    }
    const integrity = checkIntegrity(database, nativeBinding);
    if (integrity !== 'ok') refuse('TRANSFER_DAMAGED', `integrity_check: ${integrity}`);
    return { manifest, database, filesDir: path.join(unpacked, 'files'), files, dispose };
  } catch (err) {
    dispose();
    throw err;
  }
}

/**
 * Puts the opened files in the data folder: each top-level folder it carries (attachments)
 * replaces this machine's, which is moved into backups/ first, and single files are replaced.
 */
export function placeFiles(opened: OpenedTransfer, dataDir: string, stamp: string): void {
  const tops = new Set(opened.files.map((f) => f.split('/')[0]!));
  for (const top of tops) {
    const from = path.join(opened.filesDir, top);
    const to = path.join(dataDir, top);
    if (fs.statSync(from).isDirectory()) {
      if (fs.existsSync(to)) {
        const aside = path.join(dataDir, BACKUP_DIR, `${top}-before-transfer-${stamp}`);
        fs.mkdirSync(path.dirname(aside), { recursive: true });
        fs.renameSync(to, aside);
      }
      fs.renameSync(from, to);
    } else {
      fs.copyFileSync(from, to);
    }
  }
}
