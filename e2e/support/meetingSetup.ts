import type { HostCall } from './api';
import { setUpPoint } from './point';
/** A callable host API, as returned by `hostApi(url)`. */

export interface SeedPerson {
  fullName: string;
  position: string;
  unit: string;
  groupId?: string | null;
  rank?: number | null;
}

/** Someone of a protocol group, at `rank` in it, as the directory lists them. */
export const seedPerson = (
  fullName: string,
  position: string,
  unit: string,
  groupId: string,
  rank: number,
): SeedPerson => ({ fullName, position, unit, groupId, rank });

export interface SeededMeeting {
  meetingId: string;
  invitees: { id: string; fullName: string }[];
}

/**
 * A connection point with a profile and one planned meeting whose invitees are `people`, made
 * through the host's API as a roster import would: for tests and benchmarks about check-in,
 * not about setting up.
 */
export async function seedMeeting(
  call: HostCall,
  people: readonly SeedPerson[],
  title = 'Hội nghị trực tuyến toàn quốc',
): Promise<SeededMeeting> {
  await setUpPoint(call);
  const personIds: string[] = [];
  for (const p of people) {
    const created = await call<{ id: string }>('people.create', p);
    personIds.push(created.id);
  }
  return meetingInviting(call, { title, date: '2026-07-28', startTime: '08:00' }, personIds);
}

/**
 * A meeting made with `fields` (`meetings.create`'s input), `personIds` invited to it: its id and
 * its invitees as the list gives them.
 */
export async function meetingInviting(
  call: HostCall,
  fields: Record<string, unknown>,
  personIds: readonly string[],
): Promise<SeededMeeting> {
  const { id: meetingId } = await call<{ id: string }>('meetings.create', fields);
  await call('invitees.addPeople', { meetingId, personIds });
  const invitees = await call<{ id: string; fullName: string }[]>('invitees.list', { meetingId });
  return { meetingId, invitees };
}
