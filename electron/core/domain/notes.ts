import { AppError } from '../../../shared/api/errors';
import type { Note, NoteFields } from '../../../shared/api/notesSchemas';
import type { Meeting } from '../../../shared/api/schemas';
import { inProgress } from '../../../shared/speaking/queue';
import type { ReadableDB } from '../db/handles';
import { getNote } from '../db/queries/notes';
import { getSpeech } from '../db/queries/speeches';
import { loadQueue } from './speaking';

const invalid = (path: string[], message: string) =>
  new AppError('VALIDATION', `Invalid ${path.join('.')}`, { issues: [{ path, message }] });

export function requireNote(db: ReadableDB, id: string): Note {
  const note = getNote(db, id);
  if (!note) throw new AppError('NOT_FOUND', `No note ${id}`, { entity: 'note', id });
  return note;
}

/** The speech a new note belongs to by default: the one being heard, if any. */
export function speechInProgress(db: ReadableDB, meetingId: string) {
  return inProgress(loadQueue(db, meetingId).queue);
}

/** A note may point only at its own meeting's agenda items and speeches. */
export function checkLinks(
  db: ReadableDB,
  meeting: Meeting,
  fields: Pick<NoteFields, 'agendaItemId' | 'speechId'>,
): void {
  if (fields.agendaItemId && !meeting.agenda.some((a) => a.id === fields.agendaItemId)) {
    throw invalid(['agendaItemId'], 'invalid_value');
  }
  if (fields.speechId && getSpeech(db, fields.speechId)?.meetingId !== meeting.id) {
    throw invalid(['speechId'], 'invalid_value');
  }
}

const FIELD_NAMES = [
  'kind',
  'body',
  'agendaItemId',
  'speechId',
  'taskOwner',
  'taskDeadline',
] as const satisfies readonly (keyof NoteFields)[];

export const noteFields = (n: NoteFields): NoteFields =>
  Object.fromEntries(FIELD_NAMES.map((k) => [k, n[k]])) as NoteFields;

export const sameFields = (a: NoteFields, b: NoteFields): boolean =>
  FIELD_NAMES.every((k) => a[k] === b[k]);

/** What the full-text index holds for a note: its text and, for a task, who must act. */
export const noteSearchText = (n: NoteFields): string =>
  n.kind === 'task' && n.taskOwner ? `${n.body}\n${n.taskOwner}` : n.body;
