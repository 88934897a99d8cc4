import type Database from 'better-sqlite3';
import type { ProtocolGroup } from '../../../../shared/api/schemas';

export function listGroups(db: Database.Database): ProtocolGroup[] {
  return db
    .prepare(
      'SELECT id, name, sort_order AS sortOrder FROM protocol_groups ORDER BY sort_order, name',
    )
    .all() as ProtocolGroup[];
}

export function groupExists(db: Database.Database, id: string): boolean {
  return db.prepare('SELECT 1 FROM protocol_groups WHERE id = ?').get(id) !== undefined;
}
