import type Database from 'better-sqlite3';
import type { PositionRule } from '../../../../shared/api/directorySchemas';
import { stmt } from '../statements';

export function listRules(db: Database.Database): PositionRule[] {
  return stmt(
    db,
    'SELECT id, pattern, group_id AS groupId, rank FROM position_rules ORDER BY sort_order, id',
  ).all() as PositionRule[];
}

export function replaceRules(db: Database.Database, rules: PositionRule[]): void {
  stmt(db, 'DELETE FROM position_rules').run();
  const insert = stmt(
    db,
    'INSERT INTO position_rules (id, pattern, group_id, rank, sort_order) VALUES (@id, @pattern, @groupId, @rank, @sortOrder)',
  );
  rules.forEach((r, sortOrder) => insert.run({ ...r, sortOrder }));
}
