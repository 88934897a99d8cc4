import { describe, expect, it } from 'vitest';
import { migrate } from './index';
import { NOW, databaseAt } from './testing';

/** Version 8 with a meeting and a finalized report revision, as a point had them before sync. */
function version8() {
  const db = databaseAt(8);
  db.prepare(
    `INSERT INTO meetings (id, title, date, start_time, created_at, updated_at)
     VALUES ('m1', 'Hội nghị', '2025-03-01', '08:00', ?, ?)`,
  ).run(NOW, NOW);
  db.prepare(
    `INSERT INTO report_revisions (meeting_id, revision, content, saved_at, saved_by,
       finalized_at, finalized_by)
     VALUES ('m1', 1, '{}', ?, 'Lê Văn A', ?, 'Lê Văn A')`,
  ).run(NOW, NOW);
  return db;
}

const outboxRow = (db: ReturnType<typeof databaseAt>, revision = 1) =>
  db
    .prepare(
      `INSERT INTO sync_outbox (meeting_id, revision, payload, signature, sha256,
         next_attempt_at, created_at)
       VALUES ('m1', ?, x'7b7d', x'00', 'ab', ?, ?)`,
    )
    .run(revision, NOW, NOW);

describe('migration 9, sync', () => {
  it('version 8 → 9 keeps meetings and reports and adds empty sync tables', () => {
    const db = version8();
    expect(migrate(db, 9)).toBe(9);
    expect(db.prepare('SELECT meeting_id, revision FROM report_revisions').all()).toEqual([
      { meeting_id: 'm1', revision: 1 },
    ]);
    for (const t of ['sync_settings', 'sync_outbox', 'center_meetings']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${t}`).get(), t).toEqual({ n: 0 });
    }
  });

  it('holds one outbox row per report revision, of a revision that exists', () => {
    const db = version8();
    migrate(db, 9);
    outboxRow(db);
    expect(() => outboxRow(db)).toThrow(/UNIQUE/);
    expect(() => outboxRow(db, 2)).toThrow(/FOREIGN KEY/);
  });

  it('never changes what was signed and never deletes a row', () => {
    const db = version8();
    migrate(db, 9);
    outboxRow(db);
    expect(() => db.prepare(`UPDATE sync_outbox SET payload = x'00'`).run()).toThrow(
      /never changed/,
    );
    expect(() => db.prepare('DELETE FROM sync_outbox').run()).toThrow(/never deleted/);
    // The schedule and the state may change.
    db.prepare(`UPDATE sync_outbox SET attempts = 2, state = 'failed', last_error = 'x'`).run();
  });

  it('keeps a sent row and its receipt together', () => {
    const db = version8();
    migrate(db, 9);
    outboxRow(db);
    expect(() => db.prepare(`UPDATE sync_outbox SET state = 'sent'`).run()).toThrow(/CHECK/);
    db.prepare(`UPDATE sync_outbox SET state = 'sent', receipt = '{}', sent_at = ?`).run(NOW);
  });

  it('keeps one settings row, with a whole key pair and a token with how it is kept', () => {
    const db = version8();
    migrate(db, 9);
    db.prepare('INSERT INTO sync_settings (id, updated_at) VALUES (1, ?)').run(NOW);
    expect(() =>
      db.prepare('INSERT INTO sync_settings (id, updated_at) VALUES (2, ?)').run(NOW),
    ).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE sync_settings SET public_key = x'01'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE sync_settings SET token = x'01'`).run()).toThrow(/CHECK/);
    db.prepare(`UPDATE sync_settings SET token = x'01', token_protection = 'os'`).run();
  });
});
