import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppErrorData } from '../../../shared/api/errors';
import { AppError } from '../../../shared/api/errors';
import { LATEST_VERSION } from './migrations';
import type { OpenedDatabase } from './open';
import { DB_FILE, openDatabase, openMemoryDatabase } from './open';

const LOCK_FILE = 'diemcau.lock';

const tmpDirs: string[] = [];
const opened: OpenedDatabase[] = [];

afterEach(() => {
  for (const o of opened.splice(0)) o.close();
  for (const d of tmpDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tmpDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-open-'));
  tmpDirs.push(dir);
  return dir;
}

function open(dataDir: string): OpenedDatabase {
  const o = openDatabase(dataDir);
  opened.push(o);
  return o;
}

/** The AppError openDatabase throws, as the data that crosses the API. */
function refusal(dataDir: string): AppErrorData {
  try {
    opened.push(openDatabase(dataDir));
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).toJSON();
  }
  throw new Error(`openDatabase(${dataDir}) was expected to fail`);
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A pid that belonged to a process which has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  expect(child.pid).toBeGreaterThan(0);
  return child.pid!;
}

describe('openDatabase', () => {
  it('creates the folder and the database at the latest schema', () => {
    const dataDir = path.join(tmpDir(), 'nested', 'data');
    const { db, path: file } = open(dataDir);
    expect(file).toBe(path.join(dataDir, DB_FILE));
    expect(fs.existsSync(file)).toBe(true);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
  });

  it('opens in WAL mode with synchronous FULL and foreign keys on', () => {
    const { db } = open(tmpDir());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('enforces foreign keys', () => {
    const { db } = open(tmpDir());
    expect(() =>
      db
        .prepare(
          `INSERT INTO invitees (id, meeting_id, full_name, given_name, sort_key, created_at, updated_at)
           VALUES ('i1', 'no-such-meeting', 'A', 'A', 'k', 'now', 'now')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('reopens an existing database with its data', () => {
    const dataDir = tmpDir();
    const first = open(dataDir);
    first.db
      .prepare(
        `INSERT INTO profile (id, point_name, province_code, operator_name, updated_at)
         VALUES (1, 'Điểm cầu', 'thanh-hoa', 'Lê Văn C', '2025-03-10T00:00:00.000Z')`,
      )
      .run();
    first.close();
    const second = open(dataDir);
    expect(second.db.prepare('SELECT point_name FROM profile').get()).toEqual({
      point_name: 'Điểm cầu',
    });
  });

  it('refuses a database from a newer app version with DB_NEWER_VERSION and leaves it untouched', () => {
    const dataDir = tmpDir();
    const file = path.join(dataDir, DB_FILE);
    const newer = new Database(file);
    newer.exec("CREATE TABLE future (x TEXT); INSERT INTO future VALUES ('kept');");
    newer.pragma('user_version = 999');
    newer.close();
    const before = sha256(file);
    const filesBefore = fs.readdirSync(dataDir).sort();

    const error = refusal(dataDir);

    expect(error).toMatchObject({
      code: 'DB_NEWER_VERSION',
      details: { found: 999, supported: LATEST_VERSION },
    });
    expect(sha256(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(fs.existsSync(`${file}-shm`)).toBe(false);
    expect(fs.readdirSync(dataDir).sort()).toEqual(filesBefore); // lock released, nothing added
  });

  it('refuses a file that is not a database with DB_CORRUPT and leaves it untouched', () => {
    const dataDir = tmpDir();
    const file = path.join(dataDir, DB_FILE);
    fs.writeFileSync(file, 'Danh sách đại biểu\n'.repeat(200));
    const before = sha256(file);

    const error = refusal(dataDir);

    expect(error.code).toBe('DB_CORRUPT');
    expect(sha256(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(fs.readdirSync(dataDir)).toEqual([DB_FILE]);
  });

  it('gives DATA_DIR_UNWRITABLE for a folder that cannot be created', () => {
    const parent = path.join(tmpDir(), 'not-a-folder');
    fs.writeFileSync(parent, 'a regular file');
    const error = refusal(path.join(parent, 'data'));
    expect(error.code).toBe('DATA_DIR_UNWRITABLE');
  });
});

describe('data folder lock', () => {
  it('refuses a second open of the same folder in the same process with DATA_DIR_LOCKED', () => {
    const dataDir = tmpDir();
    const first = open(dataDir);
    expect(refusal(dataDir).code).toBe('DATA_DIR_LOCKED');
    // …however the folder is spelled
    expect(refusal(`${dataDir}${path.sep}.${path.sep}`).code).toBe('DATA_DIR_LOCKED');
    // and the first connection keeps working and keeps its lock
    expect(first.db.prepare('SELECT count(*) AS n FROM protocol_groups').get()).toMatchObject({
      n: expect.any(Number),
    });
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(true);
  });

  it('refuses a folder locked by another live process', () => {
    const dataDir = tmpDir();
    const other = process.ppid; // alive for as long as this test runs
    fs.writeFileSync(
      path.join(dataDir, LOCK_FILE),
      JSON.stringify({ pid: other, since: '2025-03-10T00:00:00.000Z' }),
    );
    expect(refusal(dataDir)).toMatchObject({ code: 'DATA_DIR_LOCKED', details: { pid: other } });
    expect(fs.existsSync(path.join(dataDir, DB_FILE))).toBe(false);
  });

  it('takes over a lock left by a process that died', () => {
    const dataDir = tmpDir();
    const lockFile = path.join(dataDir, LOCK_FILE);
    fs.writeFileSync(lockFile, JSON.stringify({ pid: deadPid(), since: '2025-03-10T00:00:00Z' }));
    open(dataDir);
    expect(JSON.parse(fs.readFileSync(lockFile, 'utf8'))).toMatchObject({ pid: process.pid });
  });

  it('takes over an unreadable lock file', () => {
    const dataDir = tmpDir();
    fs.writeFileSync(path.join(dataDir, LOCK_FILE), '{ garbage');
    expect(() => open(dataDir)).not.toThrow();
  });

  it('takes over a lock with this process id that this process does not hold (reused pid)', () => {
    const dataDir = tmpDir();
    fs.writeFileSync(
      path.join(dataDir, LOCK_FILE),
      JSON.stringify({ pid: process.pid, since: '2020-01-01T00:00:00.000Z' }),
    );
    expect(() => open(dataDir)).not.toThrow();
  });

  it('releases the lock on close, so the folder can be opened again', () => {
    const dataDir = tmpDir();
    const first = open(dataDir);
    first.close();
    expect(first.db.open).toBe(false);
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
    expect(() => open(dataDir)).not.toThrow();
  });

  it('does not remove a lock it no longer holds when closed twice', () => {
    const dataDir = tmpDir();
    const first = open(dataDir);
    first.close();
    open(dataDir);
    first.close();
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(true);
    expect(refusal(dataDir).code).toBe('DATA_DIR_LOCKED');
  });
});

describe('openMemoryDatabase', () => {
  it('is at the latest schema with foreign keys on', () => {
    const db = openMemoryDatabase();
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    } finally {
      db.close();
    }
  });
});
