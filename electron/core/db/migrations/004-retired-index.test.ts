import { describe, expect, it } from 'vitest';
import { migrate } from './index';
import { NOW, databaseAt } from './testing';

describe('migration 4, retired index', () => {
  it('version 3 → 4 indexes retired people only, rows intact', () => {
    const db = databaseAt(3);
    const insert = db.prepare(
      `INSERT INTO people (id, full_name, given_name, sort_key, order_key, search_text, retired_at,
         created_at, updated_at)
       VALUES (?, ?, 'x', 'k', 'k', 'x', ?, ?, ?)`,
    );
    insert.run('p1', 'Lê Văn Tám', null, NOW, NOW);
    insert.run('p2', 'Trần Văn Chín', NOW, NOW, NOW);
    expect(migrate(db, 4)).toBe(4);
    expect(db.prepare('SELECT id FROM people ORDER BY id').all()).toEqual([
      { id: 'p1' },
      { id: 'p2' },
    ]);
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM people WHERE retired_at IS NOT NULL')
      .all() as { detail: string }[];
    expect(plan.map((r) => r.detail).join('\n')).toMatch(/people_retired/);
  });
});
