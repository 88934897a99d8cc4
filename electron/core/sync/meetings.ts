import { AppError } from '../../../shared/api/errors';
import { MeetingInput } from '../../../shared/api/schemas';
import { meetingsResponseSchema } from '../../../shared/protocol/routes';
import type { Meeting } from '../../../shared/api/schemas';
import type { CenterMeeting } from '../../../shared/api/syncSchemas';
import { normaliseVietnamese } from '../../../shared/text/tone';
import type { WriteContext } from '../context';
import { getMeeting, insertMeeting, replaceAgenda } from '../db/queries/meetings';
import type { CenterMeetingRow } from '../db/queries/sync';
import { centerMeeting, linkCenterMeeting } from '../db/queries/sync';

/**
 * The meetings the center publishes, as the desktop takes them: the list is checked against
 * the protocol (shared/protocol/routes.ts), then each meeting made here goes through the same
 * MeetingInput contract, and its cleaning, as one typed by hand.
 */
const Published = meetingsResponseSchema;

export interface PublishedMeeting {
  id: string;
  title: string;
  starts_at: string;
  agenda: string;
}

export function parseCenterMeetings(body: unknown): PublishedMeeting[] {
  const parsed = Published.safeParse(body);
  if (!parsed.success) {
    throw new AppError('CENTER_ERROR', 'The center’s meetings list is not readable', {
      reason: 'meetings_unreadable',
    });
  }
  return parsed.data.meetings.map((m) => ({
    id: m.id,
    title: m.title,
    starts_at: m.startsAt,
    agenda: JSON.stringify(m.agenda.map((title) => ({ title }))),
  }));
}

/**
 * Meetings here are kept in the wall-clock time of the room. Points are in Vietnam, which
 * keeps UTC+7 all year (no daylight saving), so the center's instant reads the same on every
 * point whatever the machine's own time zone says.
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

export function vietnamWallClock(instant: string): { date: string; startTime: string } {
  const local = new Date(Date.parse(instant) + VIETNAM_OFFSET_MS).toISOString();
  return { date: local.slice(0, 10), startTime: local.slice(11, 16) };
}

/** The wall-clock date and time back to an instant (for the report's `startsAt`). */
export function vietnamInstant(date: string, time: string): string {
  return new Date(Date.parse(`${date}T${time}:00Z`) - VIETNAM_OFFSET_MS).toISOString();
}

export function toCenterMeeting(row: CenterMeetingRow): CenterMeeting {
  return {
    id: row.id,
    title: row.title,
    startsAt: row.starts_at,
    ...vietnamWallClock(row.starts_at),
    agenda: JSON.parse(row.agenda) as { title: string }[],
    pulledAt: row.pulled_at,
    localMeetingId: row.local_meeting_id,
  };
}

/** Makes the local meeting once; asked again, answers the one already made. */
export function createMeetingFromCenter(tx: WriteContext, centerMeetingId: string): Meeting {
  const row = centerMeeting(tx.db, centerMeetingId);
  if (!row) {
    throw new AppError('NOT_FOUND', `No published meeting ${centerMeetingId}`, {
      entity: 'centerMeeting',
      id: centerMeetingId,
    });
  }
  if (row.local_meeting_id) {
    const made = getMeeting(tx.db, row.local_meeting_id);
    if (made) return made;
  }
  const published = toCenterMeeting(row);
  const input = MeetingInput.safeParse({
    title: published.title,
    date: published.date,
    startTime: published.startTime,
    agenda: published.agenda.filter((a) => a.title.trim() !== '').map((a) => ({ title: a.title })),
  });
  if (!input.success) {
    throw new AppError('VALIDATION', 'The published meeting cannot be made here', {
      issues: input.error.issues.map((i) => ({
        path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
        message: i.message,
      })),
    });
  }
  const id = tx.newId();
  const m = input.data;
  insertMeeting(
    tx.db,
    {
      id,
      title: normaliseVietnamese(m.title),
      centerHost: m.centerHost,
      centerChairs: [],
      localChairId: null,
      date: m.date,
      startTime: m.startTime,
      endTime: m.endTime,
    },
    tx.at,
  );
  replaceAgenda(
    tx.db,
    id,
    m.agenda.map((a) => ({
      id: tx.newId(),
      title: normaliseVietnamese(a.title),
      presenter: normaliseVietnamese(a.presenter),
      plannedStart: a.plannedStart,
      durationMinutes: a.durationMinutes,
      speechMinutes: a.speechMinutes,
    })),
  );
  linkCenterMeeting(tx.db, row.id, id);
  tx.changed('meetings.changed', { meetingId: id });
  tx.changed('sync.changed', {});
  return getMeeting(tx.db, id)!;
}
