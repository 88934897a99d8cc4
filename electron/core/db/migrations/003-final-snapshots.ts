import type Database from 'better-sqlite3';

/**
 * What a finalized meeting shows must not move when the directory does: invitees already keep
 * their name and position; now the group's name and place, and the local chair's name, are
 * copied at finalization too (NULL until then: a live meeting follows the directory).
 */
export function up(db: Database.Database): void {
  db.exec(`
    ALTER TABLE invitees ADD COLUMN group_name_final TEXT;
    ALTER TABLE invitees ADD COLUMN group_order_final INTEGER;
    ALTER TABLE meetings ADD COLUMN local_chair_name_final TEXT;
  `);
}
