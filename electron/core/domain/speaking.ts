import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import type {
  SpeechChange,
  SpeechFieldsInput,
  SpeechFieldsPatch,
  Speech as StoredSpeech,
} from '../../../shared/api/speakingSchemas';
import type { SpeechFields } from '../../../shared/speaking/model';
import type { Queue, SpeechCommand } from '../../../shared/speaking/queue';
import { applyEvent, decide } from '../../../shared/speaking/queue';
import type { WriteContext } from '../context';
import type { ReadableDB } from '../db/handles';
import { getMeeting } from '../db/queries/meetings';
import {
  insertSpeechEvent,
  listSpeeches,
  markSpeechRemoved,
  saveSpeech,
} from '../db/queries/speeches';
import { requireEditableMeeting, requireInvitee, requirePerson } from './guards';
import { provinceByCode } from './provinces';

type FieldsIn = z.output<typeof SpeechFieldsInput>;
type PatchIn = z.output<typeof SpeechFieldsPatch>;

/** A meeting's queue as stored, with the stored rows beside it (they carry what events don't). */
export function loadQueue(db: ReadableDB, meetingId: string) {
  const rows = listSpeeches(db, meetingId);
  let lastAt = 0;
  for (const s of rows) for (const t of s.trail) lastAt = Math.max(lastAt, t.at);
  const queue: Queue = { speeches: new Map(rows.map((s) => [s.id, s])), lastAt };
  return { queue, rows: new Map(rows.map((s) => [s.id, s])) };
}

const invalid = (path: (string | number)[], message: string) =>
  new AppError('VALIDATION', `Invalid ${path.join('.')}`, { issues: [{ path, message }] });

/**
 * The speech's fields as stored: the speaker named from the directory or the meeting's list
 * when the operator picked them, the other point named from the provinces list, the time from
 * the agenda item when none was given.
 */
export function resolveFields(db: ReadableDB, meetingId: string, input: FieldsIn): SpeechFields {
  const speaker = { ...input.speaker };
  if (speaker.inviteeId) {
    const inv = requireInvitee(db, speaker.inviteeId);
    if (inv.meetingId !== meetingId)
      throw invalid(['fields', 'speaker', 'inviteeId'], 'invalid_value');
    speaker.personId = speaker.personId ?? inv.personId;
    speaker.name ||= inv.substituteName || inv.fullName;
    speaker.position ||= inv.substituteName ? inv.substitutePosition : inv.position;
  } else if (speaker.personId) {
    const p = requirePerson(db, speaker.personId);
    speaker.name ||= p.fullName;
    speaker.position ||= p.position;
  }
  if (!speaker.name) throw invalid(['fields', 'speaker', 'name'], 'required');
  let origin = input.origin;
  if (origin.kind === 'point') {
    const province = origin.provinceCode ? provinceByCode(origin.provinceCode) : undefined;
    if (origin.provinceCode && !province) {
      throw invalid(['fields', 'origin', 'provinceCode'], 'unknown_province');
    }
    const name = origin.name || province?.name || '';
    if (!name) throw invalid(['fields', 'origin', 'name'], 'required');
    origin = { kind: 'point', provinceCode: origin.provinceCode, name };
  }
  const meeting = getMeeting(db, meetingId)!;
  const item = input.agendaItemId
    ? meeting.agenda.find((a) => a.id === input.agendaItemId)
    : undefined;
  if (input.agendaItemId && !item) throw invalid(['fields', 'agendaItemId'], 'invalid_value');
  const allottedSeconds =
    input.allottedSeconds !== undefined
      ? input.allottedSeconds
      : item?.speechMinutes
        ? item.speechMinutes * 60
        : null;
  return { speaker, origin, topic: input.topic, agendaItemId: input.agendaItemId, allottedSeconds };
}

/** A patch resolved against the speech as it is (a changed speaker is looked up again). */
export function resolvePatch(
  db: ReadableDB,
  current: StoredSpeech,
  patch: PatchIn,
): Partial<SpeechFields> {
  const merged = resolveFields(db, current.meetingId, {
    speaker: patch.speaker ?? current.speaker,
    origin: patch.origin ?? current.origin,
    topic: patch.topic ?? current.topic,
    agendaItemId: patch.agendaItemId !== undefined ? patch.agendaItemId : current.agendaItemId,
    allottedSeconds:
      patch.allottedSeconds !== undefined ? patch.allottedSeconds : current.allottedSeconds,
  });
  return merged;
}

/**
 * Runs one speaking command as one write: the decision from the shared rules, each event
 * stored, and the speeches it touched written back — a move writes one row. A refused command
 * is SPEECH_REFUSED with the rule's reason, and nothing is written.
 */
export function runSpeechCommand(
  tx: WriteContext,
  meetingId: string,
  command: SpeechCommand,
): SpeechChange {
  requireEditableMeeting(tx.db, meetingId);
  const { queue, rows } = loadQueue(tx.db, meetingId);
  const now = Date.parse(tx.at);
  const decision = decide(queue, command, now);
  if (!decision.ok) {
    throw new AppError('SPEECH_REFUSED', `Speech command ${command.kind} refused`, {
      reason: decision.refusal,
      command: command.kind,
    });
  }
  let next = queue;
  const touched = new Set<string>();
  const removed = new Set<string>();
  for (const event of decision.events) {
    next = applyEvent(next, event);
    if (event.kind === 'removed') removed.add(event.speechId);
    else touched.add(event.speechId);
  }
  const changed: StoredSpeech[] = [];
  for (const id of touched) {
    const s = next.speeches.get(id);
    if (!s) continue;
    const stored: StoredSpeech = {
      ...s,
      meetingId,
      attachmentName: rows.get(id)?.attachmentName ?? null,
    };
    saveSpeech(tx.db, stored, tx.at);
    changed.push(stored);
  }
  for (const id of removed) markSpeechRemoved(tx.db, id, tx.at);
  // After the rows: an event names its speech, which must exist (a new one was just written).
  for (const event of decision.events) insertSpeechEvent(tx.db, meetingId, event, tx.at);
  if (decision.events.length > 0) tx.changed('speeches.changed', { meetingId });
  return { changed, removed: [...removed], now };
}
