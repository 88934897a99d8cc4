import type { TimelineEntry, TimelineKind } from '../../../shared/api/notesSchemas';
import type { AttendanceStatus } from '../../../shared/api/schemas';
import { attendanceHistory } from '../db/queries/attendance';
import { listIncidents } from '../db/queries/incidents';
import { listNotes } from '../db/queries/notes';
import { listSpeeches, speechEvents } from '../db/queries/speeches';
import { requireMeeting } from '../domain/guards';
import type { ReadableDB } from '../db/handles';
import { defineHandlers } from '../handlerTypes';

/** Speech events worth a line: how a request went and when each voice was heard. */
const SPEECH_MOMENTS = new Set([
  'added',
  'sent',
  'called',
  'started',
  'paused',
  'resumed',
  'ended',
  'not_called',
  'withdrawn',
]);

const NOTE_PREVIEW = 200;

function speechEntries(db: ReadableDB, meetingId: string): TimelineEntry[] {
  const speeches = new Map(listSpeeches(db, meetingId).map((s) => [s.id, s]));
  return speechEvents(db, meetingId)
    .filter((e) => SPEECH_MOMENTS.has(e.kind) && speeches.has(e.speechId))
    .map((e) => {
      const s = speeches.get(e.speechId)!;
      return {
        at: new Date(e.at).toISOString(),
        kind: 'speech' as const,
        what: e.kind,
        refId: s.id,
        title: s.speaker.name,
        text: s.topic,
        until: null,
      };
    });
}

const SOURCES: Record<TimelineKind, (db: ReadableDB, meetingId: string) => TimelineEntry[]> = {
  speech: speechEntries,
  note: (db, meetingId) =>
    listNotes(db, meetingId).map((n) => ({
      at: n.takenAt,
      kind: 'note',
      what: n.kind,
      refId: n.id,
      title: '',
      text: n.body.length > NOTE_PREVIEW ? `${n.body.slice(0, NOTE_PREVIEW)}…` : n.body,
      until: null,
    })),
  checkin: (db, meetingId) =>
    attendanceHistory(db, meetingId).map((e) => ({
      at: e.recordedAt,
      kind: 'checkin',
      what: e.status satisfies AttendanceStatus,
      refId: e.inviteeId,
      title: e.fullName,
      text: e.status === 'substituted' ? e.substituteName : e.reason,
      until: null,
    })),
  incident: (db, meetingId) =>
    listIncidents(db, meetingId).map((i) => ({
      at: i.startedAt,
      kind: 'incident',
      what: i.kind,
      refId: i.id,
      title: '',
      text: i.note,
      until: i.endedAt,
    })),
};

export const timelineHandlers = defineHandlers<'timeline.'>({
  /** Everything that happened in the meeting, oldest first; `kinds` narrows it. */
  'timeline.list': (input, ctx) => {
    requireMeeting(ctx.db, input.meetingId);
    const kinds = input.kinds ?? (Object.keys(SOURCES) as TimelineKind[]);
    const entries = kinds
      .flatMap((k) => SOURCES[k](ctx.db, input.meetingId))
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    return { entries };
  },
});
