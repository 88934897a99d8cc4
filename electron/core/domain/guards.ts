import type { ProtocolGroup } from '../../../shared/api/schemas';
import type { Invitee, Meeting, MeetingStatus, Person } from '../../../shared/api/schemas';
import { AppError } from '../../../shared/api/errors';
import type { ReadableDB } from '../db/handles';
import { getGroup } from '../db/queries/groups';
import { getInvitee, inviteeMeetingId } from '../db/queries/invitees';
import { getMeeting, meetingStatus } from '../db/queries/meetings';
import { getPerson } from '../db/queries/people';

/**
 * Lookups that every service needs and that fail the same way everywhere: NOT_FOUND naming
 * the entity, or MEETING_LOCKED for a finalized meeting. They live below the services so that
 * no service has to import another.
 */
const notFound = (entity: string, id: string) =>
  new AppError('NOT_FOUND', `No ${entity} ${id}`, { entity, id });

export function requireMeeting(db: ReadableDB, id: string): Meeting {
  const m = getMeeting(db, id);
  if (!m) throw notFound('meeting', id);
  return m;
}

/** A finalized meeting is the record that was reported: it can be read, never changed. */
function refuseFinalized(id: string, status: MeetingStatus): void {
  if (status === 'finalized') {
    throw new AppError('MEETING_LOCKED', `Meeting ${id} is finalized`, { id });
  }
}

export function requireEditableMeeting(db: ReadableDB, id: string): Meeting {
  const m = requireMeeting(db, id);
  refuseFinalized(id, m.status);
  return m;
}

/**
 * The same checks for a change that needs nothing else of the meeting (a check-in): its status
 * in one small query, not the meeting with its agenda.
 */
export function requireEditableMeetingStatus(db: ReadableDB, id: string): void {
  const status = meetingStatus(db, id);
  if (status === undefined) throw notFound('meeting', id);
  refuseFinalized(id, status);
}

/** The meeting of an active invitee (NOT_FOUND as requireInvitee), without reading the row. */
export function requireInviteeMeetingId(db: ReadableDB, id: string): string {
  const meetingId = inviteeMeetingId(db, id);
  if (meetingId === undefined) throw notFound('invitee', id);
  return meetingId;
}

export function requireInvitee(db: ReadableDB, id: string): Invitee {
  const inv = getInvitee(db, id);
  if (!inv) throw notFound('invitee', id);
  return inv;
}

export function requirePerson(db: ReadableDB, id: string): Person {
  const person = getPerson(db, id);
  if (!person) throw notFound('person', id);
  return person;
}

export function requireGroup(db: ReadableDB, id: string): ProtocolGroup {
  const g = getGroup(db, id);
  if (!g) throw notFound('group', id);
  return g;
}
