import { z } from 'zod';
import { INCIDENT_KINDS, MAX_NOTE_LENGTH, NOTE_KINDS } from '../notes/model';
import { blockText, id, instant, isoDate, optionalText, patchField } from './fields';

/** Contracts of notes, incidents, the meeting's timeline and the search over notes. */

export const NoteKind = z.enum(NOTE_KINDS);
export const IncidentKind = z.enum(INCIDENT_KINDS);

/** What the operator edits; the task fields mean something only for a task. */
export const NoteFields = z
  .object({
    kind: NoteKind,
    /** Markdown: bold, italics, lists. */
    body: blockText(MAX_NOTE_LENGTH),
    agendaItemId: id.nullable(),
    speechId: id.nullable(),
    /** The body responsible for a task ("Sở Tài chính"). */
    taskOwner: optionalText(200),
    taskDeadline: isoDate.nullable(),
  })
  .strict();
export type NoteFields = z.output<typeof NoteFields>;

/** What a save changes; a field left out keeps its saved value. */
export const NotePatch = z
  .object({
    kind: NoteKind.optional(),
    body: patchField(blockText(MAX_NOTE_LENGTH)),
    agendaItemId: id.nullable().optional(),
    speechId: id.nullable().optional(),
    taskOwner: patchField(optionalText(200)),
    taskDeadline: isoDate.nullable().optional(),
  })
  .strict();

export const NoteCreate = NotePatch.extend({
  meetingId: id,
  /**
   * Omitted: the note is linked to the speech in progress and its agenda item, if any, and
   * stamped with the core's clock.
   */
  takenAt: instant.optional(),
}).strict();

export const Note = z.object({
  id,
  meetingId: id,
  kind: NoteKind,
  body: z.string(),
  agendaItemId: id.nullable(),
  speechId: id.nullable(),
  taskOwner: z.string(),
  taskDeadline: isoDate.nullable(),
  /** When the note was opened: its place in the meeting's time. */
  takenAt: instant,
  /** Each save is a version, 1, 2, 3…; a save names the version it started from. */
  version: z.number().int(),
  updatedAt: instant,
});
export type Note = z.infer<typeof Note>;

export const NoteSave = z
  .object({ noteId: id, baseVersion: z.number().int().min(1), fields: NotePatch })
  .strict();

export const NoteVersion = Note.pick({
  kind: true,
  body: true,
  agendaItemId: true,
  speechId: true,
  taskOwner: true,
  taskDeadline: true,
  version: true,
}).extend({ savedAt: instant, restoredFrom: z.number().int().nullable() });
export type NoteVersion = z.infer<typeof NoteVersion>;

export const Incident = z.object({
  id,
  meetingId: id,
  kind: IncidentKind,
  startedAt: instant,
  endedAt: instant.nullable(),
  note: z.string(),
});
export type Incident = z.infer<typeof Incident>;

export const IncidentFields = z
  .object({
    kind: IncidentKind.optional(),
    note: patchField(optionalText(500)),
    startedAt: instant.optional(),
    endedAt: instant.nullable().optional(),
  })
  .strict();

export const TIMELINE_KINDS = ['speech', 'note', 'checkin', 'incident'] as const;
export const TimelineKind = z.enum(TIMELINE_KINDS);
export type TimelineKind = z.infer<typeof TimelineKind>;

/**
 * One line of the meeting's timeline. `what` says which event of its kind it is (a speech's
 * "start", a check-in's status, an incident's kind, a note's kind); `text` is what to show.
 */
export const TimelineEntry = z.object({
  at: instant,
  kind: TimelineKind,
  what: z.string(),
  /** The record it comes from: a speech, note, invitee or incident id. */
  refId: id,
  title: z.string(),
  text: z.string(),
  until: instant.nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const SEARCH_SOURCES = ['note', 'report'] as const;

const Span = z.object({ start: z.number().int(), end: z.number().int() });

export const SearchHit = z.object({
  source: z.enum(SEARCH_SOURCES),
  /** The note, or the report revision's meeting. */
  refId: id,
  meetingId: id,
  meetingTitle: z.string(),
  meetingDate: isoDate,
  kind: NoteKind.nullable(),
  excerpt: z.string(),
  spans: z.array(Span),
  clippedStart: z.boolean(),
  clippedEnd: z.boolean(),
});
export type SearchHit = z.infer<typeof SearchHit>;
