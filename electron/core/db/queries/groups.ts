import type { ReadableDB, WritableDB } from '../handles';
import type { ProtocolGroup } from '../../../../shared/api/schemas';
import { stmt } from '../statements';

export function listGroups(db: ReadableDB): ProtocolGroup[] {
  return stmt(
    db,
    'SELECT id, name, sort_order AS sortOrder FROM protocol_groups ORDER BY sort_order, name',
  ).all() as ProtocolGroup[];
}

export function getGroup(db: ReadableDB, id: string): ProtocolGroup | undefined {
  return stmt(db, 'SELECT id, name, sort_order AS sortOrder FROM protocol_groups WHERE id = ?').get(
    id,
  ) as ProtocolGroup | undefined;
}

export function groupExists(db: ReadableDB, id: string): boolean {
  return stmt(db, 'SELECT 1 FROM protocol_groups WHERE id = ?').get(id) !== undefined;
}

export function insertGroup(db: WritableDB, g: ProtocolGroup, now: string): void {
  stmt(
    db,
    'INSERT INTO protocol_groups (id, name, sort_order, created_at) VALUES (@id, @name, @sortOrder, @now)',
  ).run({ ...g, now });
}

export function renameGroup(db: WritableDB, id: string, name: string): void {
  stmt(db, 'UPDATE protocol_groups SET name = ? WHERE id = ?').run(name, id);
}

export function setGroupOrder(db: WritableDB, id: string, sortOrder: number): void {
  stmt(db, 'UPDATE protocol_groups SET sort_order = ? WHERE id = ?').run(sortOrder, id);
}

export function nextGroupOrder(db: ReadableDB): number {
  const row = stmt(db, 'SELECT max(sort_order) AS m FROM protocol_groups').get() as {
    m: number | null;
  };
  return (row.m ?? 0) + 10;
}

/** Who still belongs to the group: people in the directory, invitees, position rules. */
export function groupReferences(db: ReadableDB, id: string) {
  const count = (sql: string) => (stmt(db, sql).get(id) as { n: number }).n;
  return {
    people: count('SELECT count(*) AS n FROM people WHERE group_id = ?'),
    invitees: count('SELECT count(*) AS n FROM invitees WHERE group_id = ?'),
    rules: count('SELECT count(*) AS n FROM position_rules WHERE group_id = ?'),
  };
}

export function deleteGroup(db: WritableDB, id: string): void {
  stmt(db, 'DELETE FROM protocol_groups WHERE id = ?').run(id);
}

/** After a reorder every person's order_key must follow the new group order. */
export function recomputeOrderKeys(db: WritableDB): void {
  stmt(
    db,
    `UPDATE people SET order_key =
       coalesce((SELECT printf('%06d', sort_order) FROM protocol_groups g WHERE g.id = people.group_id), '999999')
       || printf('%06d', coalesce(rank, 999999)) || sort_key`,
  ).run();
}
