import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE } from '../db/open';
import { writeVersion4File } from '../db/migrations/testing';
import { invite, meeting, person } from '../testing/fixtures';
import { DAY, call, callAsync, failAsync, fixedClock, start, tmpDir } from '../testing/harness';
import { KEEP_PER_REASON, backupDir, backupFile } from './backups';

/** Runs `check` on a copy as a separate program would open it. */
function inspect<T>(file: string, check: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return check(db);
  } finally {
    db.close();
  }
}

const count = (db: Database.Database, table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('backups', () => {
  it('keeps the state before migrations, as a checked copy of the old version', () => {
    const dataDir = tmpDir();
    writeVersion4File(path.join(dataDir, DB_FILE));
    const h = start(dataDir);
    const [copy] = h.core.backups!.list();
    expect(copy).toMatchObject({ reason: 'migration', schemaVersion: 4, integrity: 'ok' });
    inspect(backupFile(dataDir, copy!.name), (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(4);
      expect(count(db, 'people')).toBe(1);
    });
    // One file: nothing beside it for an operator to forget when carrying it.
    expect(fs.readdirSync(backupDir(dataDir)).filter((f) => f.includes(copy!.name))).toEqual([
      `${copy!.name}.json`,
      `${copy!.name}.sqlite`,
    ]);
  });

  it('takes an online copy while writes go on, and that copy restores to a consistent database', async () => {
    const h = start();
    const m = meeting(h);
    const people = Array.from({ length: 300 }, (_, i) => person(h, `Người Số ${i}`));
    invite(h, m, ...people);
    const invitees = call(h, 'invitees.list', { meetingId: m.id });
    let writes = 0;
    const writing = setInterval(() => {
      call(h, 'attendance.set', { inviteeId: invitees[writes % 300]!.id, status: 'present' });
      writes++;
    }, 1);
    const copy = await callAsync(h, 'backups.take', {});
    clearInterval(writing);
    expect(copy).toMatchObject({ reason: 'manual', integrity: 'ok' });
    const atBackup = inspect(backupFile(h.dataDir, copy.name), (db) =>
      count(db, 'attendance_events'),
    );
    call(h, 'attendance.set', { inviteeId: invitees[0]!.id, status: 'absent' });

    const events: string[] = [];
    h.core.onEvent((e) => events.push(e));
    const { restored, safetyCopy } = await callAsync(h, 'backups.restore', { name: copy.name });
    expect(restored.name).toBe(copy.name);
    expect(safetyCopy).toMatchObject({ reason: 'restore', integrity: 'ok' });
    expect(events).toContain('data.replaced');
    // The core works on the restored file: the last check-in is gone, the rest is consistent.
    expect(call(h, 'attendance.history', { meetingId: m.id })).toHaveLength(atBackup);
    inspect(path.join(h.dataDir, DB_FILE), (db) => {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
    });
    // …and the restore itself can be undone from its safety copy.
    await callAsync(h, 'backups.restore', { name: safetyCopy.name });
    expect(call(h, 'attendance.history', { meetingId: m.id })).toHaveLength(atBackup + 1);
  });

  it('refuses a damaged backup and leaves the current data as it was', async () => {
    const h = start();
    person(h, 'Lê Văn Tám');
    const copy = await callAsync(h, 'backups.take', {});
    const file = backupFile(h.dataDir, copy.name);
    const bytes = fs.readFileSync(file);
    bytes.fill(0x41, 4096, 8192); // a page of the table overwritten
    fs.writeFileSync(file, bytes);
    person(h, 'Trần Văn Bình');
    expect(await failAsync(h, 'backups.restore', { name: copy.name })).toMatchObject({
      code: 'BACKUP_DAMAGED',
    });
    expect(call(h, 'people.search', {}).total).toBe(2);
    // The list now says what the restore found.
    const listed = (await callAsync(h, 'backups.list', {})).find((b) => b.name === copy.name);
    expect(listed?.integrity).not.toBe('ok');
    expect(await failAsync(h, 'backups.restore', { name: 'diemcau-none' })).toMatchObject({
      code: 'BACKUP_NOT_FOUND',
    });
  });

  it('copies the database when a meeting is finalized', async () => {
    const h = start();
    const m = meeting(h);
    call(h, 'meetings.setStatus', { id: m.id, status: 'finalized' });
    await expect
      .poll(() => h.core.backups!.list().map((b) => b.reason), { timeout: 10_000 })
      .toContain('finalize');
  });

  it('takes the daily copy once a day, and keeps a bounded number of each kind', async () => {
    const clock = fixedClock();
    const h = start(tmpDir(), clock);
    const backups = h.core.backups!;
    expect(await backups.dailyIfDue()).toMatchObject({ reason: 'daily' });
    clock.advance(DAY / 2);
    expect(await backups.dailyIfDue()).toBeNull();
    for (let i = 0; i < KEEP_PER_REASON + 2; i++) {
      clock.advance(DAY);
      await backups.dailyIfDue();
    }
    const daily = backups.list().filter((b) => b.reason === 'daily');
    expect(daily).toHaveLength(KEEP_PER_REASON);
    expect(daily[0]!.takenAt).toBe(clock.iso());
  });
});
