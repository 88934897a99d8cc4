import type { Note, NoteFields, NoteVersion } from '../../../../shared/api/notesSchemas';
import type { ReadableDB, WritableDB } from '../handles';
import { stmt } from '../statements';

/** The note's own fields, as both `notes` and `note_versions` store them. */
interface FieldsRow {
  kind: Note['kind'];
  body: string;
  agenda_item_id: string | null;
  speech_id: string | null;
  task_owner: string;
  task_deadline: string | null;
}

const toFields = (r: FieldsRow): NoteFields => ({
  kind: r.kind,
  body: r.body,
  agendaItemId: r.agenda_item_id,
  speechId: r.speech_id,
  taskOwner: r.task_owner,
  taskDeadline: r.task_deadline,
});

interface Row extends FieldsRow {
  id: string;
  meeting_id: string;
  taken_at: string;
  version: number;
  updated_at: string;
}

const toNote = (r: Row): Note => ({
  id: r.id,
  meetingId: r.meeting_id,
  ...toFields(r),
  takenAt: r.taken_at,
  version: r.version,
  updatedAt: r.updated_at,
});

const COLUMNS = `id, meeting_id, kind, body, agenda_item_id, speech_id, task_owner, task_deadline,
  taken_at, version, updated_at`;

export function getNote(db: ReadableDB, id: string): Note | undefined {
  const r = stmt(db, `SELECT ${COLUMNS} FROM notes WHERE id = ? AND removed_at IS NULL`).get(id) as
    Row | undefined;
  return r && toNote(r);
}

/** A meeting's notes in the order they were taken. */
export function listNotes(db: ReadableDB, meetingId: string): Note[] {
  return (
    stmt(
      db,
      `SELECT ${COLUMNS} FROM notes WHERE meeting_id = ? AND removed_at IS NULL
       ORDER BY taken_at, created_at, id`,
    ).all(meetingId) as Row[]
  ).map(toNote);
}

export function insertNote(
  db: WritableDB,
  n: NoteFields & { id: string; meetingId: string; takenAt: string },
  at: string,
): void {
  stmt(
    db,
    `INSERT INTO notes (id, meeting_id, kind, body, agenda_item_id, speech_id, task_owner,
       task_deadline, taken_at, version, created_at, updated_at)
     VALUES (@id, @meetingId, @kind, @body, @agendaItemId, @speechId, @taskOwner, @taskDeadline,
       @takenAt, 1, @at, @at)`,
  ).run({ ...n, at });
}

/** The note's current text becomes `version`; the version row itself is written separately. */
export function updateNote(
  db: WritableDB,
  id: string,
  fields: NoteFields,
  version: number,
  at: string,
): void {
  stmt(
    db,
    `UPDATE notes SET kind = @kind, body = @body, agenda_item_id = @agendaItemId,
       speech_id = @speechId, task_owner = @taskOwner, task_deadline = @taskDeadline,
       version = @version, updated_at = @at
     WHERE id = @id`,
  ).run({ ...fields, id, version, at });
}

export function removeNote(db: WritableDB, id: string, at: string): void {
  stmt(db, 'UPDATE notes SET removed_at = @at, updated_at = @at WHERE id = @id').run({ id, at });
}

export function insertNoteVersion(
  db: WritableDB,
  noteId: string,
  fields: NoteFields,
  version: number,
  at: string,
  restoredFrom: number | null,
): void {
  stmt(
    db,
    `INSERT INTO note_versions (note_id, version, kind, body, agenda_item_id, speech_id,
       task_owner, task_deadline, saved_at, restored_from)
     VALUES (@noteId, @version, @kind, @body, @agendaItemId, @speechId, @taskOwner,
       @taskDeadline, @at, @restoredFrom)`,
  ).run({ ...fields, noteId, version, at, restoredFrom });
}

interface VersionRow extends FieldsRow {
  version: number;
  saved_at: string;
  restored_from: number | null;
}

/** Every saved version, newest first. */
export function noteVersions(db: ReadableDB, noteId: string): NoteVersion[] {
  return (
    stmt(db, 'SELECT * FROM note_versions WHERE note_id = ? ORDER BY version DESC').all(
      noteId,
    ) as VersionRow[]
  ).map((r) => ({
    version: r.version,
    ...toFields(r),
    savedAt: r.saved_at,
    restoredFrom: r.restored_from,
  }));
}
