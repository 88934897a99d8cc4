import { describe, expect, it } from 'vitest';
import { migrate } from './index';
import { NOW, databaseAt } from './testing';

describe('migration 5, point identity and invitee remarks', () => {
  it('version 4 → 5 keeps the profile, names its place after its province, leaves its kind unset', () => {
    const db = databaseAt(4);
    db.prepare(
      `INSERT INTO profile (id, point_name, province_code, parent_body, operator_name, updated_at)
       VALUES (1, 'Điểm cầu Tỉnh ủy', 'thanh-hoa', 'Tỉnh ủy Thanh Hóa', 'Lê Văn Tám', ?)`,
    ).run(NOW);
    expect(migrate(db, 5)).toBe(5);
    expect(db.prepare('SELECT * FROM profile').get()).toMatchObject({
      point_name: 'Điểm cầu Tỉnh ủy',
      parent_body: 'Tỉnh ủy Thanh Hóa',
      body_kind: null,
      issuing_body: '',
      place_name: 'Thanh Hóa',
      point_code: '',
    });
  });

  it('takes the place of an "other" point from its own wording', () => {
    const db = databaseAt(4);
    db.prepare(
      `INSERT INTO profile (id, point_name, province_code, province_other, operator_name, updated_at)
       VALUES (1, 'Điểm cầu Bộ', 'other', 'Bộ Nội vụ', 'Lê Văn Tám', ?)`,
    ).run(NOW);
    migrate(db, 5);
    expect(db.prepare('SELECT place_name FROM profile').get()).toEqual({ place_name: 'Bộ Nội vụ' });
  });

  it('gives every existing invitee an empty remark, and refuses an unknown body kind', () => {
    const db = databaseAt(4);
    db.prepare(
      `INSERT INTO meetings (id, title, date, start_time, created_at, updated_at)
       VALUES ('m1', 'Hội nghị', '2025-03-01', '08:00', ?, ?)`,
    ).run(NOW, NOW);
    db.prepare(
      `INSERT INTO invitees (id, meeting_id, full_name, given_name, sort_key, created_at, updated_at)
       VALUES ('i1', 'm1', 'Lê Văn Tám', 'Tám', 'k', ?, ?)`,
    ).run(NOW, NOW);
    migrate(db, 5);
    expect(db.prepare('SELECT id, remark FROM invitees').all()).toEqual([{ id: 'i1', remark: '' }]);
    expect(() =>
      db
        .prepare(
          `INSERT INTO profile (id, point_name, province_code, operator_name, updated_at, body_kind)
           VALUES (1, 'x', 'ha-noi', 'x', ?, 'ministry')`,
        )
        .run(NOW),
    ).toThrow(/CHECK/);
  });
});
