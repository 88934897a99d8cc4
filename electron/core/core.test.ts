import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from './db/migrations';
import { DB_FILE } from './db/open';
import { PROFILE, invite, meeting, person } from './testing/fixtures';
import { call, fail, fixedClock, openTestCore, start, tmpDir } from './testing/harness';

describe('data folder', () => {
  it('keeps everything across close and reopen', () => {
    const dataDir = tmpDir();
    const first = start(dataDir);
    call(first, 'profile.save', PROFILE);
    const p = person(first, 'Đỗ Trọng Hưng', { groupId: 'grp-btv' });
    const m = meeting(first, { agenda: [{ title: 'Khai mạc' }] });
    const [inv] = invite(first, m, p);
    call(first, 'attendance.set', { inviteeId: inv!.id, status: 'late' });
    const state = {
      profile: call(first, 'profile.get', {}),
      person: call(first, 'people.get', { id: p.id }),
      meeting: call(first, 'meetings.get', { id: m.id }),
      invitees: call(first, 'invitees.list', { meetingId: m.id }),
      history: call(first, 'attendance.history', { meetingId: m.id }),
    };
    first.core.close();

    const second = start(dataDir, fixedClock('2025-03-11T00:00:00.000Z'));
    expect({
      profile: call(second, 'profile.get', {}),
      person: call(second, 'people.get', { id: p.id }),
      meeting: call(second, 'meetings.get', { id: m.id }),
      invitees: call(second, 'invitees.list', { meetingId: m.id }),
      history: call(second, 'attendance.history', { meetingId: m.id }),
    }).toEqual(state);
    expect(call(second, 'people.search', { query: 'do trong' }).total).toBe(1);
  });

  it('answers every call with DATA_DIR_LOCKED while another core has the folder open', () => {
    const h = start();
    const second = openTestCore(h.dataDir);
    expect(second.startupError?.code).toBe('DATA_DIR_LOCKED');
    const envelope = second.dispatch('app.info', {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'DATA_DIR_LOCKED' } });
    // the first core is unaffected, and closing the refused one does not release its lock
    second.close();
    expect(call(h, 'app.info', {}).schemaVersion).toBe(LATEST_VERSION);
    const third = openTestCore(h.dataDir);
    expect(third.startupError?.code).toBe('DATA_DIR_LOCKED');
  });

  it('answers every call with DB_CORRUPT when the file is not a database, leaving it alone', () => {
    const dataDir = tmpDir();
    const file = path.join(dataDir, DB_FILE);
    fs.writeFileSync(file, 'không phải cơ sở dữ liệu\n'.repeat(100));
    const before = fs.readFileSync(file);
    const core = openTestCore(dataDir);
    expect(core.startupError?.code).toBe('DB_CORRUPT');
    expect(core.dispatch('profile.get', {})).toMatchObject({
      ok: false,
      error: { code: 'DB_CORRUPT' },
    });
    expect(core.dispatch('no.such.method', {})).toMatchObject({ ok: false });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
  it('keeps answering reads while another program holds the write lock, and says writes are busy', () => {
    const h = start();
    call(h, 'profile.save', PROFILE);
    const other = new Database(path.join(h.dataDir, DB_FILE));
    try {
      other.exec('BEGIN IMMEDIATE');
      expect(call(h, 'profile.get', {})).toMatchObject({ pointName: 'Điểm cầu Tỉnh ủy Thanh Hóa' });
      expect(call(h, 'people.search', {}).total).toBe(0);
      expect(fail(h, 'people.create', { fullName: 'Lê Văn Tám' }).code).toBe('DB_BUSY');
      other.exec('ROLLBACK');
    } finally {
      other.close();
    }
    expect(call(h, 'people.search', {}).total).toBe(0);
    expect(call(h, 'people.create', { fullName: 'Lê Văn Tám' }).fullName).toBe('Lê Văn Tám');
  });
});
