import type { ReadableDB, WritableDB } from '../handles';
import type { PositionRule } from '../../../../shared/api/directorySchemas';
import { stmt } from '../statements';

export function listRules(db: ReadableDB): PositionRule[] {
  return stmt(
    db,
    'SELECT id, pattern, group_id AS groupId, rank FROM position_rules ORDER BY sort_order, id',
  ).all() as PositionRule[];
}

export function replaceRules(db: WritableDB, rules: PositionRule[]): void {
  stmt(db, 'DELETE FROM position_rules').run();
  const insert = stmt(
    db,
    'INSERT INTO position_rules (id, pattern, group_id, rank, sort_order) VALUES (@id, @pattern, @groupId, @rank, @sortOrder)',
  );
  rules.forEach((r, sortOrder) => insert.run({ ...r, sortOrder }));
}

/** A deleted group takes its rules with it. */
export function deleteRulesOfGroup(db: WritableDB, groupId: string): void {
  stmt(db, 'DELETE FROM position_rules WHERE group_id = ?').run(groupId);
}
