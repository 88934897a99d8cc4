import type { Speech as SpeechRow } from '../../../../shared/api/speakingSchemas';
import type { Origin, SpeechEvent } from '../../../../shared/speaking/model';
import type { ReadableDB, WritableDB } from '../handles';
import { stmt } from '../statements';

interface Row {
  id: string;
  meeting_id: string;
  agenda_item_id: string | null;
  order_key: string;
  state: SpeechRow['state'];
  speaker_person_id: string | null;
  speaker_invitee_id: string | null;
  speaker_name: string;
  speaker_position: string;
  origin_kind: Origin['kind'];
  origin_province_code: string | null;
  origin_name: string;
  topic: string;
  allotted_seconds: number | null;
  readded_from: string | null;
  attachment_name: string | null;
  attachment_file: string | null;
  trail: string;
  segments: string;
  created_at: string;
}

function originOf(r: Row): Origin {
  if (r.origin_kind === 'point') {
    return { kind: 'point', provinceCode: r.origin_province_code, name: r.origin_name };
  }
  return { kind: r.origin_kind };
}

function toSpeech(r: Row): SpeechRow {
  return {
    id: r.id,
    meetingId: r.meeting_id,
    orderKey: r.order_key,
    state: r.state,
    speaker: {
      personId: r.speaker_person_id,
      inviteeId: r.speaker_invitee_id,
      name: r.speaker_name,
      position: r.speaker_position,
    },
    origin: originOf(r),
    topic: r.topic,
    agendaItemId: r.agenda_item_id,
    allottedSeconds: r.allotted_seconds,
    trail: JSON.parse(r.trail) as SpeechRow['trail'],
    segments: JSON.parse(r.segments) as SpeechRow['segments'],
    readdedFrom: r.readded_from,
    createdAt: Date.parse(r.created_at),
    attachmentName: r.attachment_name,
  };
}

/** A meeting's speeches in log order (removed ones left out). */
export function listSpeeches(db: ReadableDB, meetingId: string): SpeechRow[] {
  return (
    stmt(
      db,
      'SELECT * FROM speeches WHERE meeting_id = ? AND removed_at IS NULL ORDER BY order_key',
    ).all(meetingId) as Row[]
  ).map(toSpeech);
}

export function getSpeech(db: ReadableDB, id: string): SpeechRow | undefined {
  const row = stmt(db, 'SELECT * FROM speeches WHERE id = ? AND removed_at IS NULL').get(id) as
    Row | undefined;
  return row && toSpeech(row);
}

export function attachmentOf(
  db: ReadableDB,
  id: string,
): { name: string; file: string } | undefined {
  const row = stmt(
    db,
    'SELECT attachment_name AS name, attachment_file AS file FROM speeches WHERE id = ? AND attachment_file IS NOT NULL',
  ).get(id) as { name: string; file: string } | undefined;
  return row;
}

/** Writes a speech's current state (the row the events lead to). */
export function saveSpeech(db: WritableDB, s: SpeechRow, now: string): void {
  stmt(
    db,
    `INSERT INTO speeches (id, meeting_id, agenda_item_id, order_key, state, speaker_person_id,
       speaker_invitee_id, speaker_name, speaker_position, origin_kind, origin_province_code,
       origin_name, topic, allotted_seconds, readded_from, trail, segments, created_at, updated_at)
     VALUES (@id, @meetingId, @agendaItemId, @orderKey, @state, @personId, @inviteeId, @name,
       @position, @originKind, @provinceCode, @originName, @topic, @allottedSeconds, @readdedFrom,
       @trail, @segments, @createdAt, @now)
     ON CONFLICT (id) DO UPDATE SET agenda_item_id = excluded.agenda_item_id,
       order_key = excluded.order_key, state = excluded.state,
       speaker_person_id = excluded.speaker_person_id,
       speaker_invitee_id = excluded.speaker_invitee_id, speaker_name = excluded.speaker_name,
       speaker_position = excluded.speaker_position, origin_kind = excluded.origin_kind,
       origin_province_code = excluded.origin_province_code, origin_name = excluded.origin_name,
       topic = excluded.topic, allotted_seconds = excluded.allotted_seconds,
       trail = excluded.trail, segments = excluded.segments, updated_at = excluded.updated_at`,
  ).run({
    id: s.id,
    meetingId: s.meetingId,
    agendaItemId: s.agendaItemId,
    orderKey: s.orderKey,
    state: s.state,
    personId: s.speaker.personId,
    inviteeId: s.speaker.inviteeId,
    name: s.speaker.name,
    position: s.speaker.position,
    originKind: s.origin.kind,
    provinceCode: s.origin.kind === 'point' ? s.origin.provinceCode : null,
    originName: s.origin.kind === 'point' ? s.origin.name : '',
    topic: s.topic,
    allottedSeconds: s.allottedSeconds,
    readdedFrom: s.readdedFrom,
    trail: JSON.stringify(s.trail),
    segments: JSON.stringify(s.segments),
    createdAt: new Date(s.createdAt).toISOString(),
    now,
  });
}

export function markSpeechRemoved(db: WritableDB, id: string, now: string): void {
  stmt(db, 'UPDATE speeches SET removed_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
}

export function setAttachment(
  db: WritableDB,
  id: string,
  attachment: { name: string; file: string },
  now: string,
): void {
  stmt(
    db,
    'UPDATE speeches SET attachment_name = ?, attachment_file = ?, updated_at = ? WHERE id = ?',
  ).run(attachment.name, attachment.file, now, id);
}

/** One stored event: the record itself, never updated. */
export function insertSpeechEvent(
  db: WritableDB,
  meetingId: string,
  e: SpeechEvent,
  recordedAt: string,
): void {
  const { kind, speechId, at, ...data } = e;
  stmt(
    db,
    `INSERT INTO speech_events (meeting_id, speech_id, kind, at, data, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(meetingId, speechId, kind, at, JSON.stringify(data), recordedAt);
}

/** Every event of a meeting in order, as stored (for replay checks and the record). */
export function speechEvents(db: ReadableDB, meetingId: string): SpeechEvent[] {
  return (
    stmt(
      db,
      'SELECT kind, speech_id AS speechId, at, data FROM speech_events WHERE meeting_id = ? ORDER BY id',
    ).all(meetingId) as { kind: string; speechId: string; at: number; data: string }[]
  ).map(
    (r) => ({ kind: r.kind, speechId: r.speechId, at: r.at, ...JSON.parse(r.data) }) as SpeechEvent,
  );
}

/** Meetings with a speech in progress (a clock change concerns only them). */
export function meetingsSpeaking(db: ReadableDB): string[] {
  return (
    stmt(db, "SELECT DISTINCT meeting_id AS id FROM speeches WHERE state = 'speaking'").all() as {
      id: string;
    }[]
  ).map((r) => r.id);
}
