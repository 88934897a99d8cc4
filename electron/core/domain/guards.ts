import type { ProtocolGroup } from '../../../shared/api/schemas';
import type { Invitee, Meeting, MeetingStatus, Person } from '../../../shared/api/schemas';
import { AppError } from '../../../shared/api/errors';
import type { ReadableDB } from '../db/handles';
import { getGroup } from '../db/queries/groups';
import { getInvitee, getInviteeForChange } from '../db/queries/invitees';
import { getMeeting } from '../db/queries/meetings';
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
 * An active invitee whose meeting may still change (NOT_FOUND naming the invitee, MEETING_LOCKED
 * for a finalized meeting), read with its meeting's status in one query: a check-in's only read.
 */
export function requireEditableInvitee(db: ReadableDB, id: string): Invitee {
  const found = getInviteeForChange(db, id);
  if (!found) throw notFound('invitee', id);
  const { invitee, meetingStatus } = found;
  if (meetingStatus === null) throw notFound('meeting', invitee.meetingId);
  refuseFinalized(invitee.meetingId, meetingStatus);
  return invitee;
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
