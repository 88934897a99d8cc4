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
  const meeting = await call<{ id: string }>('meetings.create', {
    title,
    date: '2026-07-28',
    startTime: '08:00',
  });
  await call('invitees.addPeople', { meetingId: meeting.id, personIds });
  const invitees = await call<{ id: string; fullName: string }[]>('invitees.list', {
    meetingId: meeting.id,
  });
  return { meetingId: meeting.id, invitees };
}
