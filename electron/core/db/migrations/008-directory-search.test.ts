import { describe, expect, it } from 'vitest';
import { migrate } from './index';
import { NOW, databaseAt } from './testing';

const columnsOf = (db: ReturnType<typeof databaseAt>, index: string) =>
  (db.pragma(`index_info(${index})`) as { name: string }[]).map((c) => c.name);

const planOf = (db: ReturnType<typeof databaseAt>, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
    .map((r) => r.detail)
    .join('\n');

/** Version 7 people, their search text folded as it was then (punctuation and all). */
function version7() {
  const db = databaseAt(7);
  const insert = db.prepare(
    `INSERT INTO people (id, full_name, given_name, group_id, sort_key, order_key, search_text,
       retired_at, created_at, updated_at)
     VALUES (?, ?, 'x', ?, 'k', ?, ?, ?, ?, ?)`,
  );
  const fts = db.prepare('INSERT INTO people_fts (rowid, search_text) VALUES (?, ?)');
  const people: [string, string, string | null, string, string, string | null][] = [
    // Two people share an order key: id breaks the tie, before and after.
    ['p3', 'Lê Văn Tám', 'grp-btv', '000030000001k', 'le van tam so y te', null],
    ['p1', 'Lê Văn Tám', 'grp-btv', '000030000001k', 'le van tam ubnd tinh (thanh hoa)-so', null],
    ['p2', 'Ivanов Straße', null, '999999999999k', 'ivanов straße 0912.345', NOW],
  ];
  for (const [id, name, group, order, text, retired] of people) {
    const { lastInsertRowid } = insert.run(id, name, group, order, text, retired, NOW, NOW);
    fts.run(lastInsertRowid, text);
  }
  return db;
}

describe('migration 8, directory search', () => {
  it('version 7 → 8 keeps people and keeps only the words of their search text', () => {
    const db = version7();
    const page = 'SELECT id, full_name, retired_at FROM people ORDER BY order_key, id';
    const before = db.prepare(page).all();

    expect(migrate(db, 8)).toBe(8);
    expect(db.prepare(page).all()).toEqual(before);
    expect(before.map((r) => (r as { id: string }).id)).toEqual(['p1', 'p3', 'p2']);
    expect(db.prepare('SELECT id, search_text FROM people ORDER BY id').raw().all()).toEqual([
      ['p1', 'le van tam ubnd tinh thanh hoa so'],
      ['p2', 'ivan stra e 0912 345'],
      ['p3', 'le van tam so y te'],
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('rebuilds the full-text index from the new text, one entry a person', () => {
    const db = version7();
    migrate(db, 8);
    const ids = (match: string) =>
      db
        .prepare(
          `SELECT p.id FROM people_fts JOIN people p ON p.rowid = people_fts.rowid
           WHERE people_fts MATCH ? ORDER BY p.id`,
        )
        .pluck()
        .all(match);
    expect(db.prepare('SELECT count(*) FROM people_fts').pluck().get()).toBe(3);
    expect(ids('"tam"*')).toEqual(['p1', 'p3']);
    expect(ids('"hoa"* "so"*')).toEqual(['p1']);
    // Words begin after letters no query can type, as the walk's word test says.
    expect(ids('"e"*')).toEqual(['p2']);
  });

  it('widens the order indexes to cover a page and its word tests', () => {
    const db = version7();
    migrate(db, 8);
    expect(columnsOf(db, 'people_in_order')).toEqual([
      'order_key',
      'id',
      'retired_at',
      'search_text',
    ]);
    expect(columnsOf(db, 'people_by_group')).toEqual([
      'group_id',
      'order_key',
      'id',
      'retired_at',
      'search_text',
    ]);
    const active = planOf(
      db,
      `SELECT rowid FROM people INDEXED BY people_in_order
       WHERE retired_at IS NULL AND instr(' ' || search_text, ' th') > 0
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
  });
});
