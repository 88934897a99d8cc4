import { describe, expect, it } from 'vitest';
import { migrate } from './index';
import { NOW, databaseAt } from './testing';

describe('migration 2, position rules', () => {
  it('version 1 → 2 keeps the rows and seeds rules only for groups that exist', () => {
    const db = databaseAt(1);
    // The operator removed one default group and added people before upgrading.
    db.prepare("DELETE FROM protocol_groups WHERE id = 'grp-mttq'").run();
    db.prepare(
      `INSERT INTO people (id, full_name, given_name, position, unit, group_id, rank, sort_key,
         order_key, search_text, created_at, updated_at)
       VALUES ('p1', 'Đỗ Trọng Hưng', 'Hưng', 'Bí thư Tỉnh ủy', 'Tỉnh ủy', 'grp-thuong-truc-tu', 1,
         'k', '000020000001k', 'do trong hung', ?, ?)`,
    ).run(NOW, NOW);
    expect(migrate(db, 2)).toBe(2);
    expect(db.prepare('SELECT full_name AS n, group_id AS g FROM people').all()).toEqual([
      { n: 'Đỗ Trọng Hưng', g: 'grp-thuong-truc-tu' },
    ]);
    const rules = db
      .prepare('SELECT pattern, group_id AS groupId, rank FROM position_rules ORDER BY sort_order')
      .all() as { pattern: string; groupId: string; rank: number }[];
    expect(rules[0]).toEqual({
      pattern: 'Ủy viên Bộ Chính trị',
      groupId: 'grp-trung-uong',
      rank: 1,
    });
    expect(rules.some((r) => r.pattern === 'Bí thư Tỉnh ủy' && r.rank === 1)).toBe(true);
    expect(rules.some((r) => r.groupId === 'grp-mttq')).toBe(false);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
