import { describe, expect, it } from 'vitest';
import { migrate } from './index';
import { NOW, databaseAt } from './testing';

const columnsOf = (db: ReturnType<typeof databaseAt>, index: string) =>
  (db.pragma(`index_info(${index})`) as { name: string }[]).map((c) => c.name);

const planOf = (db: ReturnType<typeof databaseAt>, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
    .map((r) => r.detail)
    .join('\n');

describe('migration 7, directory order', () => {
  it('version 6 → 7 keeps people and widens the order indexes to cover a page', () => {
    const db = databaseAt(6);
    const insert = db.prepare(
      `INSERT INTO people (id, full_name, given_name, group_id, sort_key, order_key, search_text,
         retired_at, created_at, updated_at)
       VALUES (?, ?, 'x', ?, 'k', ?, 'x', ?, ?, ?)`,
    );
    // Two people share an order key: id breaks the tie, before and after.
    insert.run('p3', 'Lê Văn Tám', 'grp-btv', '000030000001k', null, NOW, NOW);
    insert.run('p1', 'Lê Văn Tám', 'grp-btv', '000030000001k', null, NOW, NOW);
    insert.run('p2', 'Trần Văn Chín', null, '999999999999k', NOW, NOW, NOW);
    const page = `SELECT id, retired_at FROM people ORDER BY order_key, id`;
    const before = db.prepare(page).all();

    expect(migrate(db, 7)).toBe(7);
    expect(db.prepare(page).all()).toEqual(before);
    expect(before.map((r) => (r as { id: string }).id)).toEqual(['p1', 'p3', 'p2']);
    expect(columnsOf(db, 'people_in_order')).toEqual(['order_key', 'id', 'retired_at']);
    expect(columnsOf(db, 'people_by_group')).toEqual(['group_id', 'order_key', 'id', 'retired_at']);

    const active = planOf(
      db,
      `SELECT rowid FROM people INDEXED BY people_in_order WHERE retired_at IS NULL
       ORDER BY order_key, id LIMIT 50 OFFSET 10`,
    );
    expect(active).toMatch(/COVERING INDEX people_in_order/);
    expect(active).not.toMatch(/TEMP B-TREE/);
    const inGroup = planOf(
      db,
      `SELECT rowid FROM people INDEXED BY people_by_group
       WHERE group_id = 'grp-btv' AND retired_at IS NULL ORDER BY order_key, id LIMIT 50`,
    );
    expect(inGroup).toMatch(/COVERING INDEX people_by_group \(group_id=\?\)/);
    expect(inGroup).not.toMatch(/TEMP B-TREE/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
