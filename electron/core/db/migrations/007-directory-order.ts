import type Database from 'better-sqlite3';

/**
 * The directory pages in protocol order (order_key, then id), usually without retired people.
 * With id and retired_at in the two order indexes, a page is found in the index alone: a deep
 * offset steps over index entries instead of reading every table row before the page, and only
 * the page's own rows are read from the table. The names stay, so nothing naming them changes.
 */
export function up(db: Database.Database): void {
  db.exec(`
    DROP INDEX people_in_order;
    CREATE INDEX people_in_order ON people(order_key, id, retired_at);
    DROP INDEX people_by_group;
    CREATE INDEX people_by_group ON people(group_id, order_key, id, retired_at);
  `);
}
