import crypto from 'node:crypto';
import type { PublishedMeeting } from '../shared/protocol/routes';
import { publishedMeetingSchema } from '../shared/protocol/routes';
import type { CenterDb } from './db/schema';

/** Meetings the center publishes for points to pull (title, time, agenda). */
export async function createMeeting(
  db: CenterDb,
  fields: { title: string; startsAt: string; agenda: string[] },
): Promise<PublishedMeeting> {
  const meeting = publishedMeetingSchema.parse({ id: crypto.randomUUID(), ...fields });
  await db
    .insertInto('meetings')
    .values({
      id: meeting.id,
      title: meeting.title,
      starts_at: meeting.startsAt,
      agenda: JSON.stringify(meeting.agenda),
      created_at: new Date().toISOString(),
    })
    .execute();
  return meeting;
}

export async function listMeetings(db: CenterDb): Promise<PublishedMeeting[]> {
  const rows = await db.selectFrom('meetings').selectAll().orderBy('starts_at', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    startsAt: r.starts_at,
    agenda: JSON.parse(r.agenda) as string[],
  }));
}

export async function getMeeting(db: CenterDb, id: string): Promise<PublishedMeeting | null> {
  const all = await db.selectFrom('meetings').selectAll().where('id', '=', id).execute();
  const r = all[0];
  return r
    ? { id: r.id, title: r.title, startsAt: r.starts_at, agenda: JSON.parse(r.agenda) as string[] }
    : null;
}
