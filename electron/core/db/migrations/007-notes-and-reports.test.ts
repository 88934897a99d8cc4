import { describe, expect, it } from 'vitest';
import { migrate } from './index';
import { NOW, databaseAt } from './testing';

describe('migration 7, notes and reports', () => {
  it('version 6 → 7 keeps meetings and speeches and adds empty notes, incidents and reports', () => {
    const db = databaseAt(6);
    db.prepare(
      `INSERT INTO meetings (id, title, date, start_time, created_at, updated_at)
       VALUES ('m1', 'Hội nghị', '2025-03-01', '08:00', ?, ?)`,
    ).run(NOW, NOW);
    db.prepare(
      `INSERT INTO speeches (id, meeting_id, order_key, state, speaker_name,
         origin_kind, trail, segments, created_at, updated_at)
       VALUES ('s1', 'm1', 'i', 'spoke', 'A', 'center', '[]', '[]', ?, ?)`,
    ).run(NOW, NOW);
    expect(migrate(db, 7)).toBe(7);
    expect(db.prepare('SELECT id, state FROM speeches').all()).toEqual([
      { id: 's1', state: 'spoke' },
    ]);
    for (const t of ['notes', 'note_versions', 'incidents', 'report_revisions', 'search_docs']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${t}`).get(), t).toEqual({ n: 0 });
    }
  });

  it('refuses any edit of a report revision but its one finalization, and any delete', () => {
    const db = databaseAt(7);
    db.prepare(
      `INSERT INTO meetings (id, title, date, start_time, created_at, updated_at)
       VALUES ('m1', 'Hội nghị', '2025-03-01', '08:00', ?, ?)`,
    ).run(NOW, NOW);
    db.prepare(
      `INSERT INTO report_revisions (meeting_id, revision, content, saved_at, saved_by)
       VALUES ('m1', 1, '{}', ?, 'Lê Văn A')`,
    ).run(NOW);
    expect(() => db.prepare(`UPDATE report_revisions SET content = '{"x":1}'`).run()).toThrow(
      /never edited/,
    );
    db.prepare(`UPDATE report_revisions SET finalized_at = ?, finalized_by = 'Lê Văn A'`).run(NOW);
    expect(() => db.prepare(`UPDATE report_revisions SET finalized_at = NULL`).run()).toThrow(
      /frozen/,
    );
    expect(() => db.prepare('DELETE FROM report_revisions').run()).toThrow(/never deleted/);
  });
});
