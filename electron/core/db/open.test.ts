import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppErrorData } from '../../../shared/api/errors';
import { AppError } from '../../../shared/api/errors';
import { APPLICATION_ID } from './fileHeader';
import { HOLDER_FILE, LOCK_FILE } from './lock';
import { LATEST_VERSION } from './migrations';
import { writeVersion4File } from './migrations/testing';
import type { OpenedDatabase } from './open';
import { DB_FILE, openDatabase, openMemoryDatabase } from './open';

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
    // A newer version's file, in WAL mode as the app keeps it.
    newer.pragma('journal_mode = WAL');
    newer.exec("CREATE TABLE future (x TEXT); INSERT INTO future VALUES ('kept');");
    newer.pragma(`application_id = ${APPLICATION_ID}`);
    newer.pragma('user_version = 999');
    newer.close();
    const before = sha256(file);

    const error = refusal(dataDir);

    expect(error).toMatchObject({
      code: 'DB_NEWER_VERSION',
      details: { found: 999, supported: LATEST_VERSION },
    });
    expect(sha256(file)).toBe(before);
    // Not even the -wal and -shm files SQLite makes beside a WAL database were created.
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(fs.existsSync(`${file}-shm`)).toBe(false);
  });

  it('refuses another program’s SQLite file with DB_FOREIGN and leaves it untouched', () => {
    for (const make of [
      (db: Database.Database) =>
        db.exec('CREATE TABLE people (name TEXT); INSERT INTO people VALUES (1)'),
      (db: Database.Database) => {
        db.exec('CREATE TABLE notes (x)');
        db.pragma('application_id = 1234');
      },
      (db: Database.Database) => {
        db.exec('CREATE TABLE orders (x)');
        db.pragma('user_version = 3');
      },
    ]) {
      const dataDir = tmpDir();
      const file = path.join(dataDir, DB_FILE);
      const other = new Database(file);
      other.pragma('journal_mode = WAL');
      make(other);
      other.close();
      const before = sha256(file);
      expect(refusal(dataDir).code).toBe('DB_FOREIGN');
      expect(sha256(file)).toBe(before);
      expect(fs.existsSync(`${file}-wal`)).toBe(false);
      expect(fs.existsSync(`${file}-shm`)).toBe(false);
    }
  });

  it('recognises its own database from before the application id, and marks it', () => {
    const dataDir = tmpDir();
    writeVersion4File(path.join(dataDir, DB_FILE));
    const { db } = open(dataDir);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT full_name FROM people').get()).toEqual({ full_name: 'Lê Văn Tám' });
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
    expect(fs.readdirSync(dataDir).filter((f) => f.startsWith(DB_FILE))).toEqual([DB_FILE]);
  });

  it('says so when the database path is a folder', () => {
    const dataDir = tmpDir();
    fs.mkdirSync(path.join(dataDir, DB_FILE));
    expect(refusal(dataDir).code).toBe('DB_NOT_A_FILE');
  });

  it('sets up an empty (0-byte) file as a new database and says so in the log', () => {
    const dataDir = tmpDir();
    fs.writeFileSync(path.join(dataDir, DB_FILE), '');
    const messages: string[] = [];
    const o = openDatabase(dataDir, { log: (m) => messages.push(m) });
    opened.push(o);
    expect(o.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(messages.join('\n')).toMatch(/empty file \(0 bytes\)/);
  });

  it('gives DATA_DIR_UNWRITABLE for a folder that cannot be created', () => {
    const parent = path.join(tmpDir(), 'not-a-folder');
    fs.writeFileSync(parent, 'a regular file');
    const error = refusal(path.join(parent, 'data'));
    expect(error.code).toBe('DATA_DIR_UNWRITABLE');
  });
});

/** A separate Node process holding the data folder's lock, as a second copy of the app would. */
function holdLockInChild(dataDir: string): ChildProcessWithoutNullStreams {
  const script = `
    const { acquireDataDirLock } = require(${JSON.stringify(path.join(__dirname, 'lock.ts'))});
    acquireDataDirLock(${JSON.stringify(dataDir)});
    process.stdout.write('locked\\n');
    setInterval(() => {}, 1000);
  `;
  return spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), '-e', script]);
}

async function whenLocked(child: ChildProcessWithoutNullStreams): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('locked')) resolve();
    });
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => reject(new Error(`child exited ${code}: ${out}`)));
  });
}

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
  });

  it('refuses a folder another process holds, names it, and opens once that process is killed', async () => {
    const dataDir = tmpDir();
    const child = holdLockInChild(dataDir);
    try {
      await whenLocked(child);
      expect(refusal(dataDir)).toMatchObject({
        code: 'DATA_DIR_LOCKED',
        details: { pid: child.pid, host: os.hostname() },
      });
      expect(fs.existsSync(path.join(dataDir, DB_FILE))).toBe(false);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
    // The operating system released the lock with the process: nothing is stale.
    expect(() => open(dataDir)).not.toThrow();
  });

  it('is not fooled by a live process id: only the OS lock counts', () => {
    const dataDir = tmpDir();
    fs.writeFileSync(
      path.join(dataDir, HOLDER_FILE),
      JSON.stringify({ pid: process.ppid, host: os.hostname(), since: '2025-03-10T00:00:00Z' }),
    );
    expect(() => open(dataDir)).not.toThrow();
  });

  it('replaces the lock file of an earlier version whose process is gone', () => {
    const dataDir = tmpDir();
    const lockFile = path.join(dataDir, LOCK_FILE);
    fs.writeFileSync(lockFile, JSON.stringify({ pid: deadPid(), since: '2025-03-10T00:00:00Z' }));
    open(dataDir);
    expect(fs.readFileSync(lockFile).subarray(0, 15).toString()).toBe('SQLite format 3');
  });

  it('respects the lock file of an earlier version still running', () => {
    const dataDir = tmpDir();
    fs.writeFileSync(
      path.join(dataDir, LOCK_FILE),
      JSON.stringify({ pid: process.ppid, since: '2025-03-10T00:00:00.000Z' }),
    );
    expect(refusal(dataDir)).toMatchObject({
      code: 'DATA_DIR_LOCKED',
      details: { pid: process.ppid },
    });
  });

  it('takes over an unreadable lock file of an earlier version', () => {
    const dataDir = tmpDir();
    fs.writeFileSync(path.join(dataDir, LOCK_FILE), '{ garbage');
    expect(() => open(dataDir)).not.toThrow();
  });

  it('says what is wrong when the lock file is a folder or another kind of file', () => {
    const asFolder = tmpDir();
    fs.mkdirSync(path.join(asFolder, LOCK_FILE));
    expect(refusal(asFolder).code).toBe('DATA_DIR_LOCK_INVALID');
    const asOther = tmpDir();
    fs.writeFileSync(path.join(asOther, LOCK_FILE), 'PK\u0003\u0004 not a lock at all');
    expect(refusal(asOther).code).toBe('DATA_DIR_LOCK_INVALID');
  });

  it('releases the lock on close, so the folder can be opened again', () => {
    const dataDir = tmpDir();
    const first = open(dataDir);
    first.close();
    expect(first.db.open).toBe(false);
    expect(() => open(dataDir)).not.toThrow();
  });

  it('does not release a lock it no longer holds when closed twice', () => {
    const dataDir = tmpDir();
    const first = open(dataDir);
    first.close();
    open(dataDir);
    first.close();
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
