import type Database from 'better-sqlite3';

/**
 * The directory search, paged in protocol order (order_key, then id) from an index alone.
 *
 * - `search_text` becomes its words only (runs of a–z and 0–9, one space between them; the rule
 *   of `searchWords`, written out here so this migration never changes with it). The full-text
 *   index then splits it exactly where a plain "some word begins with…" test does, so the two
 *   find the same people.
 * - The two order indexes hold (…, order_key, id, retired_at, search_text): a page is found in
 *   the index alone, stepping over entries instead of table rows, and a broad query ("th")
 *   tests each entry's words as it walks, instead of first gathering its thousands of matches
 *   from the full-text index. The names stay, so nothing naming them changes.
 */
export function up(db: Database.Database): void {
  const rows = db.prepare('SELECT rowid, search_text FROM people').raw().all() as [
    number,
    string,
  ][];
  const update = db.prepare('UPDATE people SET search_text = ? WHERE rowid = ?');
  for (const [rowid, text] of rows) {
    const words = text
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .join(' ');
    if (words !== text) update.run(words, rowid);
  }
  db.exec(`
    DELETE FROM people_fts;
    INSERT INTO people_fts (rowid, search_text) SELECT rowid, search_text FROM people;
    DROP INDEX people_in_order;
    CREATE INDEX people_in_order ON people(order_key, id, retired_at, search_text);
    DROP INDEX people_by_group;
    CREATE INDEX people_by_group ON people(group_id, order_key, id, retired_at, search_text);
  `);
}
