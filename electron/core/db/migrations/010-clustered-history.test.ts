import { describe, expect, it } from 'vitest';
import { attendanceHistory, insertAttendanceEvent } from '../queries/attendance';
import type { WritableDB } from '../handles';
import { readable } from '../handles';
import { migrate } from './index';
import { NOW, databaseAt } from './testing';

type DB = ReturnType<typeof databaseAt>;

const later = (minutes: number) => new Date(Date.parse(NOW) + minutes * 60_000).toISOString();

/**
 * Version 9 with two meetings whose check-ins were interleaved: event ids were counted across
 * the whole file, so each meeting's are increasing but not consecutive.
 */
function version9(): DB {
  const db = databaseAt(9);
  const meeting = db.prepare(
    `INSERT INTO meetings (id, title, date, start_time, created_at, updated_at)
     VALUES (?, 'Hội nghị', '2025-03-01', '08:00', ?, ?)`,
  );
  const invitee = db.prepare(
    `INSERT INTO invitees (id, meeting_id, full_name, given_name, sort_key, created_at, updated_at)
     VALUES (?, ?, ?, 'x', 'k', ?, ?)`,
  );
  meeting.run('m1', NOW, NOW);
  meeting.run('m2', NOW, NOW);
  invitee.run('a', 'm1', 'Lê Văn A', NOW, NOW);
  invitee.run('b', 'm1', 'Trần Thị B', NOW, NOW);
  invitee.run('c', 'm2', 'Phạm Văn C', NOW, NOW);
  const event = db.prepare(
    `INSERT INTO attendance_events (id, invitee_id, status, event_time, reason, substitute_name,
       substitute_position, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  event.run(1, 'a', 'present', null, '', '', '', later(1));
  event.run(2, 'c', 'absent_excused', null, 'Đi công tác', '', '', later(2));
  event.run(3, 'b', 'substituted', null, '', 'Ngô Văn D', 'Phó giám đốc', later(3));
  event.run(5, 'a', 'late', later(4), '', '', '', later(5));
  event.run(7, 'c', 'present', null, '', '', '', later(7));
  return db;
}

const everyEvent = (db: DB) =>
  db
    .prepare(
      `SELECT id, invitee_id, status, event_time, reason, substitute_name, substitute_position,
         recorded_at FROM attendance_events ORDER BY id`,
    )
    .all();

/** Newest first, as version 9 read a meeting's (or one invitee's) history. */
const version9History = (db: DB, meetingId: string, inviteeId: string | null = null) =>
  db
    .prepare(
      `SELECT e.id, e.invitee_id AS inviteeId, i.full_name AS fullName, e.status,
         e.event_time AS eventTime, e.reason, e.substitute_name AS substituteName,
         e.substitute_position AS substitutePosition, e.recorded_at AS recordedAt
       FROM attendance_events e JOIN invitees i ON i.id = e.invitee_id
       WHERE i.meeting_id = ? AND (? IS NULL OR e.invitee_id = ?)
       ORDER BY e.id DESC`,
    )
    .all(meetingId, inviteeId, inviteeId);

describe('migration 10, history clustered by meeting', () => {
  it('version 9 → 10 keeps every event, its id and each meeting’s history in order', () => {
    const db = version9();
    const before = everyEvent(db);
    const historyBefore = ['m1', 'm2'].map((m) => version9History(db, m));
    const ofA = version9History(db, 'm1', 'a');

    expect(migrate(db, 10)).toBe(10);
    expect(everyEvent(db)).toEqual(before);
    expect(['m1', 'm2'].map((m) => attendanceHistory(readable(db), m))).toEqual(historyBefore);
    expect(historyBefore[0]!.map((e) => (e as { id: number }).id)).toEqual([5, 3, 1]);
    expect(attendanceHistory(readable(db), 'm1', 'a')).toEqual(ofA);
    expect(ofA.map((e) => (e as { id: number }).id)).toEqual([5, 1]);
    expect(db.prepare('SELECT meeting_id, id FROM attendance_events').raw().all()).toEqual([
      ['m1', 1],
      ['m1', 3],
      ['m1', 5],
      ['m2', 2],
      ['m2', 7],
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('keeps the events in the table itself, with no second B-tree to write', () => {
    const db = version9();
    migrate(db, 10);
    expect(db.pragma('index_list(attendance_events)')).toEqual([
      expect.objectContaining({ origin: 'pk' }),
    ]);
    expect(
      db
        .prepare(
          "SELECT count(*) AS n FROM pragma_table_list WHERE name = 'attendance_events' AND wr = 1",
        )
        .get(),
    ).toEqual({ n: 1 });
  });

  it('numbers a new event after its meeting’s last, from the meeting’s own run', () => {
    const db = version9();
    migrate(db, 10);
    const fields = {
      status: 'left_early' as const,
      eventTime: later(9),
      reason: '',
      substituteName: '',
      substitutePosition: '',
    };
    insertAttendanceEvent(db as WritableDB, 'm1', 'b', fields, later(9));
    insertAttendanceEvent(db as WritableDB, 'm2', 'c', fields, later(10));
    expect(attendanceHistory(readable(db), 'm1').map((e) => [e.id, e.inviteeId])).toEqual([
      [6, 'b'],
      [5, 'a'],
      [3, 'b'],
      [1, 'a'],
    ]);
    expect(attendanceHistory(readable(db), 'm2').map((e) => e.id)).toEqual([8, 7, 2]);
    const plan = db
      .prepare(
        'EXPLAIN QUERY PLAN SELECT coalesce(max(id), 0) + 1 FROM attendance_events WHERE meeting_id = ?',
      )
      .all('m1') as { detail: string }[];
    expect(plan.map((r) => r.detail)).toEqual([
      'SEARCH attendance_events USING PRIMARY KEY (meeting_id=?)',
    ]);
  });

  it('refuses an event filed under a meeting that is not its invitee’s', () => {
    const db = version9();
    migrate(db, 10);
    expect(() =>
      db
        .prepare(
          `INSERT INTO attendance_events (meeting_id, id, invitee_id, status, recorded_at)
           VALUES ('m2', 9, 'a', 'present', ?)`,
        )
        .run(NOW),
    ).toThrow(/FOREIGN KEY/);
  });

  it('stops, changing nothing, when an event’s invitee is missing', () => {
    const db = version9();
    db.pragma('foreign_keys = OFF');
    db.prepare(
      `INSERT INTO attendance_events (id, invitee_id, status, recorded_at)
       VALUES (8, 'gone', 'present', ?)`,
    ).run(NOW);
    db.pragma('foreign_keys = ON');
    const before = everyEvent(db);
    expect(() => migrate(db, 10)).toThrow(/NOT NULL/);
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    expect(everyEvent(db)).toEqual(before);
  });
});
