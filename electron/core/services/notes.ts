import { AppError } from '../../../shared/api/errors';
import type { NoteFields, SearchHit } from '../../../shared/api/notesSchemas';
import { excerpt } from '../../../shared/text/highlight';
import type { WriteContext } from '../context';
import {
  getNote,
  insertNote,
  insertNoteVersion,
  listNotes,
  noteVersions,
  removeNote,
  updateNote,
} from '../db/queries/notes';
import { latestRevision } from '../db/queries/reports';
import { indexText, matchExpression, searchDocs, unindexText } from '../db/queries/search';
import { meetingHeading } from '../db/queries/meetings';
import { requireEditableMeeting, requireMeeting } from '../domain/guards';
import {
  checkLinks,
  noteFields,
  noteSearchText,
  requireNote,
  sameFields,
  speechInProgress,
} from '../domain/notes';
import { reportSearchText } from '../../../shared/report/text';
import type { ReportContent } from '../../../shared/report/content';
import { defineHandlers } from '../handlerTypes';

function withExcerpt(text: string, query: string) {
  const { text: shown, ...marks } = excerpt(text, query);
  return { excerpt: shown, ...marks };
}

/** Saves `fields` as the note's next version: the row, the version kept, the index. */
function saveVersion(
  tx: WriteContext,
  note: { id: string; meetingId: string; version: number },
  fields: NoteFields,
  restoredFrom: number | null = null,
) {
  const version = note.version + 1;
  updateNote(tx.db, note.id, fields, version, tx.at);
  insertNoteVersion(tx.db, note.id, fields, version, tx.at, restoredFrom);
  indexText(tx.db, 'note', note.id, note.meetingId, noteSearchText(fields));
  tx.changed('notes.changed', { meetingId: note.meetingId });
  return requireNote(tx.db, note.id);
}

/** A save made from an older version would overwrite what another window saved since. */
function requireVersion(current: number, base: number): void {
  if (current !== base) {
    throw new AppError('CONFLICT', `Note is at version ${current}, not ${base}`, {
      current,
      base,
    });
  }
}

export const noteHandlers = defineHandlers<'notes.'>({
  'notes.list': (input, ctx) => {
    requireMeeting(ctx.db, input.meetingId);
    return { notes: listNotes(ctx.db, input.meetingId) };
  },

  'notes.create': (input, tx) => {
    const meeting = requireEditableMeeting(tx.db, input.meetingId);
    const running = input.speechId === undefined ? speechInProgress(tx.db, meeting.id) : undefined;
    const speechId = input.speechId === undefined ? (running?.id ?? null) : input.speechId;
    const fields: NoteFields = {
      kind: input.kind ?? 'general',
      body: input.body ?? '',
      speechId,
      agendaItemId:
        input.agendaItemId === undefined ? (running?.agendaItemId ?? null) : input.agendaItemId,
      taskOwner: input.taskOwner ?? '',
      taskDeadline: input.taskDeadline ?? null,
    };
    checkLinks(tx.db, meeting, fields);
    const id = tx.newId();
    insertNote(
      tx.db,
      { ...fields, id, meetingId: meeting.id, takenAt: input.takenAt ?? tx.at },
      tx.at,
    );
    insertNoteVersion(tx.db, id, fields, 1, tx.at, null);
    indexText(tx.db, 'note', id, meeting.id, noteSearchText(fields));
    tx.changed('notes.changed', { meetingId: meeting.id });
    return requireNote(tx.db, id);
  },

  'notes.save': (input, tx) => {
    const note = requireNote(tx.db, input.noteId);
    const meeting = requireEditableMeeting(tx.db, note.meetingId);
    requireVersion(note.version, input.baseVersion);
    const fields = { ...noteFields(note), ...input.fields };
    checkLinks(tx.db, meeting, fields);
    // An autosave of unchanged text is not a version.
    if (sameFields(fields, noteFields(note))) return note;
    return saveVersion(tx, note, fields);
  },

  'notes.versions': (input, ctx) => {
    requireNote(ctx.db, input.noteId);
    return { versions: noteVersions(ctx.db, input.noteId) };
  },

  'notes.restore': (input, tx) => {
    const note = requireNote(tx.db, input.noteId);
    const meeting = requireEditableMeeting(tx.db, note.meetingId);
    requireVersion(note.version, input.baseVersion);
    const old = noteVersions(tx.db, note.id).find((v) => v.version === input.version);
    if (!old) {
      throw new AppError('NOT_FOUND', `No version ${input.version} of note ${note.id}`, {
        entity: 'noteVersion',
        id: `${note.id}:${input.version}`,
      });
    }
    const fields = noteFields(old);
    checkLinks(tx.db, meeting, fields);
    return saveVersion(tx, note, fields, old.version);
  },

  'notes.remove': (input, tx) => {
    const note = requireNote(tx.db, input.noteId);
    requireEditableMeeting(tx.db, note.meetingId);
    removeNote(tx.db, note.id, tx.at);
    unindexText(tx.db, 'note', note.id);
    tx.changed('notes.changed', { meetingId: note.meetingId });
    return { ok: true as const };
  },

  'notes.search': (input, ctx) => {
    const match = matchExpression(input.query);
    if (!match) return { hits: [] };
    const hits: SearchHit[] = [];
    // Hits cluster in a few meetings (the newest come first): each is read once.
    const meetings = new Map<string, ReturnType<typeof meetingHeading>>();
    for (const doc of searchDocs(ctx.db, match, input.limit)) {
      if (!meetings.has(doc.meeting_id)) {
        meetings.set(doc.meeting_id, meetingHeading(ctx.db, doc.meeting_id));
      }
      const meeting = meetings.get(doc.meeting_id);
      if (!meeting) continue;
      const note = doc.source === 'note' ? getNote(ctx.db, doc.ref_id) : undefined;
      const latest = doc.source === 'report' ? latestRevision(ctx.db, doc.ref_id) : undefined;
      const text = note
        ? noteSearchText(note)
        : latest
          ? reportSearchText(JSON.parse(latest.content) as ReportContent)
          : null;
      if (text === null) continue;
      hits.push({
        source: doc.source,
        refId: doc.ref_id,
        meetingId: meeting.id,
        meetingTitle: meeting.title,
        meetingDate: meeting.date,
        kind: note?.kind ?? null,
        ...withExcerpt(text, input.query),
      });
    }
    return { hits };
  },
});
