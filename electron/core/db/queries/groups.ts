import type Database from 'better-sqlite3';
import { stmt } from '../statements';
import type { ProtocolGroup } from '../../../../shared/api/schemas';

export function listGroups(db: Database.Database): ProtocolGroup[] {
  return stmt(
    db,
    'SELECT id, name, sort_order AS sortOrder FROM protocol_groups ORDER BY sort_order, name',
  ).all() as ProtocolGroup[];
}

export function groupExists(db: Database.Database, id: string): boolean {
  return stmt(db, 'SELECT 1 FROM protocol_groups WHERE id = ?').get(id) !== undefined;
}
