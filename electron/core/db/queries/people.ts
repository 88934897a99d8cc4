import type { ReadableDB, WritableDB } from '../handles';
import { stmt } from '../statements';
import type { Person } from '../../../../shared/api/schemas';

interface PersonRow {
  id: string;
  full_name: string;
  given_name: string;
  given_name_custom: number;
  position: string;
  unit: string;
  group_id: string | null;
  rank: number | null;
  phone: string;
  note: string;
  sort_key: string;
  retired_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A person as stored, plus the derived columns the queries keep in step. */
export interface PersonRecord extends Omit<Person, 'retiredAt' | 'createdAt' | 'updatedAt'> {
  searchText: string;
}

export function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    fullName: row.full_name,
    givenName: row.given_name,
    givenNameCustom: row.given_name_custom === 1,
    position: row.position,
    unit: row.unit,
    groupId: row.group_id,
    rank: row.rank,
    phone: row.phone,
    note: row.note,
    sortKey: row.sort_key,
    retiredAt: row.retired_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getPerson(db: ReadableDB, id: string): Person | undefined {
  const row = stmt(db, 'SELECT * FROM people WHERE id = ?').get(id) as PersonRow | undefined;
  return row && toPerson(row);
}

function writeFts(db: WritableDB, id: string, searchText: string): void {
  const { rowid } = stmt(db, 'SELECT rowid FROM people WHERE id = ?').get(id) as {
    rowid: number;
  };
  stmt(db, 'DELETE FROM people_fts WHERE rowid = ?').run(rowid);
  stmt(db, 'INSERT INTO people_fts (rowid, search_text) VALUES (?, ?)').run(rowid, searchText);
}

export function insertPerson(db: WritableDB, p: PersonRecord, now: string): void {
  const info = stmt(
    db,
    `INSERT INTO people (id, full_name, given_name, given_name_custom, position, unit, group_id,
       rank, phone, note, sort_key, order_key, search_text, created_at, updated_at)
     VALUES (@id, @fullName, @givenName, @givenNameCustom, @position, @unit, @groupId, @rank,
       @phone, @note, @sortKey, ${ORDER_KEY_SQL}, @searchText, @now, @now)`,
  ).run({ ...p, givenNameCustom: p.givenNameCustom ? 1 : 0, now });
  // A new row has no index entry yet: no lookup, no delete.
  stmt(db, 'INSERT INTO people_fts (rowid, search_text) VALUES (?, ?)').run(
    info.lastInsertRowid,
    p.searchText,
  );
}

export function updatePerson(db: WritableDB, p: PersonRecord, now: string): void {
  stmt(
    db,
    `UPDATE people SET full_name = @fullName, given_name = @givenName,
       given_name_custom = @givenNameCustom, position = @position, unit = @unit,
       group_id = @groupId, rank = @rank, phone = @phone, note = @note, sort_key = @sortKey,
       order_key = ${ORDER_KEY_SQL}, search_text = @searchText, updated_at = @now
     WHERE id = @id`,
  ).run({ ...p, givenNameCustom: p.givenNameCustom ? 1 : 0, now });
  writeFts(db, p.id, p.searchText);
}

export function setRetired(
  db: WritableDB,
  id: string,
  retiredAt: string | null,
  now: string,
): void {
  stmt(db, 'UPDATE people SET retired_at = ?, updated_at = ? WHERE id = ?').run(retiredAt, now, id);
}

export function hasMeetingRecord(db: ReadableDB, id: string): boolean {
  return (
    stmt(db, 'SELECT 1 FROM invitees WHERE person_id = ? LIMIT 1').get(id) !== undefined ||
    stmt(db, 'SELECT 1 FROM meetings WHERE local_chair_id = ? LIMIT 1').get(id) !== undefined
  );
}

export function deletePerson(db: WritableDB, id: string): void {
  const row = stmt(db, 'SELECT rowid FROM people WHERE id = ?').get(id) as
    { rowid: number } | undefined;
  if (!row) return;
  stmt(db, 'DELETE FROM people_fts WHERE rowid = ?').run(row.rowid);
  stmt(db, 'DELETE FROM people WHERE id = ?').run(id);
}

/**
 * SQL for people.order_key: the group's sort order and the rank, zero-padded, then the name key,
 * so one index walk yields protocol order. Recomputed whenever a person or a group order changes.
 */
const ORDER_KEY_SQL = `coalesce((SELECT printf('%06d', sort_order) FROM protocol_groups WHERE id = @groupId), '999999')
  || printf('%06d', coalesce(@rank, 999999)) || @sortKey`;

export function peopleInGroup(db: ReadableDB, groupId: string): Person[] {
  return (
    stmt(db, 'SELECT * FROM people WHERE group_id = ? AND retired_at IS NULL').all(
      groupId,
    ) as PersonRow[]
  ).map(toPerson);
}

/** Id, name, post and unit of someone in the directory, as a row without keys. */
export type PersonIdentity = [id: string, fullName: string, position: string, unit: string];

/**
 * Everyone active, oldest first (import's duplicate check). Rows without keys: for 10,000
 * people, reading them as objects took twice as long, on the thread that answers check-ins.
 */
export function activePeopleIdentities(db: ReadableDB): PersonIdentity[] {
  return stmt(
    db,
    'SELECT id, full_name, position, unit FROM people WHERE retired_at IS NULL ORDER BY created_at, id',
  )
    .raw(true)
    .all() as PersonIdentity[];
}
