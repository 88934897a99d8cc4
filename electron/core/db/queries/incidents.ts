import type { Incident } from '../../../../shared/api/notesSchemas';
import type { ReadableDB, WritableDB } from '../handles';
import { stmt } from '../statements';

interface Row {
  id: string;
  meeting_id: string;
  kind: Incident['kind'];
  started_at: string;
  ended_at: string | null;
  note: string;
}

const toIncident = (r: Row): Incident => ({
  id: r.id,
  meetingId: r.meeting_id,
  kind: r.kind,
  startedAt: r.started_at,
  endedAt: r.ended_at,
  note: r.note,
});

const COLUMNS = 'id, meeting_id, kind, started_at, ended_at, note';

export function getIncident(db: ReadableDB, id: string): Incident | undefined {
  const r = stmt(db, `SELECT ${COLUMNS} FROM incidents WHERE id = ? AND removed_at IS NULL`).get(
    id,
  ) as Row | undefined;
  return r && toIncident(r);
}

export function listIncidents(db: ReadableDB, meetingId: string): Incident[] {
  return (
    stmt(
      db,
      `SELECT ${COLUMNS} FROM incidents WHERE meeting_id = ? AND removed_at IS NULL
       ORDER BY started_at, id`,
    ).all(meetingId) as Row[]
  ).map(toIncident);
}

/** The incident still going on, if any: the one a "close" keystroke ends. */
export function openIncident(db: ReadableDB, meetingId: string): Incident | undefined {
  const r = stmt(
    db,
    `SELECT ${COLUMNS} FROM incidents
     WHERE meeting_id = ? AND removed_at IS NULL AND ended_at IS NULL
     ORDER BY started_at DESC, id DESC LIMIT 1`,
  ).get(meetingId) as Row | undefined;
  return r && toIncident(r);
}

export function insertIncident(db: WritableDB, i: Incident, at: string): void {
  stmt(
    db,
    `INSERT INTO incidents (id, meeting_id, kind, started_at, ended_at, note, created_at, updated_at)
     VALUES (@id, @meetingId, @kind, @startedAt, @endedAt, @note, @at, @at)`,
  ).run({ ...i, at });
}

export function updateIncident(db: WritableDB, i: Incident, at: string): void {
  stmt(
    db,
    `UPDATE incidents SET kind = @kind, started_at = @startedAt, ended_at = @endedAt,
       note = @note, updated_at = @at
     WHERE id = @id`,
  ).run({ ...i, at });
}

export function removeIncident(db: WritableDB, id: string, at: string): void {
  stmt(db, 'UPDATE incidents SET removed_at = @at, updated_at = @at WHERE id = @id').run({
    id,
    at,
  });
}
