import { describe, expect, it } from 'vitest';
import { migrate } from './index';
import { NOW, databaseAt } from './testing';

describe('migration 3, final snapshots', () => {
  it('version 2 → 3 keeps invitees and meetings, with no frozen copies yet', () => {
    const db = databaseAt(2);
    db.prepare(
      `INSERT INTO meetings (id, title, date, start_time, status, created_at, updated_at)
       VALUES ('m1', 'Hội nghị', '2025-03-01', '08:00', 'finalized', ?, ?)`,
    ).run(NOW, NOW);
    db.prepare(
      `INSERT INTO invitees (id, meeting_id, full_name, given_name, group_id, sort_key, status,
         created_at, updated_at)
       VALUES ('i1', 'm1', 'Lê Văn Tám', 'Tám', 'grp-btv', 'k', 'present', ?, ?)`,
    ).run(NOW, NOW);
    expect(migrate(db, 3)).toBe(3);
    expect(
      db.prepare('SELECT full_name, status, group_id, group_name_final FROM invitees').get(),
    ).toEqual({
      full_name: 'Lê Văn Tám',
      status: 'present',
      group_id: 'grp-btv',
      group_name_final: null,
    });
    expect(db.prepare('SELECT title, local_chair_name_final FROM meetings').get()).toEqual({
      title: 'Hội nghị',
      local_chair_name_final: null,
    });
  });
});
