import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import type { MeetingInput, MeetingStatus } from '../../../shared/api/schemas';
import { normaliseVietnamese } from '../../../shared/text/tone';
import { localDate } from '../../../shared/time/localDate';
import type { CoreEnv } from '../context';
import type { ReadableDB } from '../db/handles';
import { freezeGroups, insertInvitee, invitationSources } from '../db/queries/invitees';
import * as q from '../db/queries/meetings';
import { getPerson } from '../db/queries/people';
import { inviteeSnapshot } from '../domain/invitations';
import { requireEditableMeeting, requireMeeting } from '../domain/guards';
import { defineHandlers } from '../handlerTypes';

type ParsedMeeting = z.output<typeof MeetingInput>;

function fields(db: ReadableDB, id: string, input: ParsedMeeting): q.MeetingFields {
  if (input.localChairId !== null && !getPerson(db, input.localChairId)) {
    throw new AppError('NOT_FOUND', `No person ${input.localChairId}`, {
      issues: [{ path: ['localChairId'], message: 'unknown_person' }],
    });
  }
  return {
    id,
    title: normaliseVietnamese(input.title),
    centerHost: normaliseVietnamese(input.centerHost),
    centerChairs: input.centerChairs.map((c) => ({
      name: normaliseVietnamese(c.name),
      position: normaliseVietnamese(c.position),
    })),
    localChairId: input.localChairId,
    date: input.date,
    startTime: input.startTime,
    endTime: input.endTime,
  };
}

/** The agenda to store; items the meeting already has keep their ids. */
function agenda(env: CoreEnv, input: ParsedMeeting, existing: ReadonlySet<string> = new Set()) {
  return input.agenda.map((a) => ({
    id: a.id !== undefined && existing.has(a.id) ? a.id : env.newId(),
    title: normaliseVietnamese(a.title),
    presenter: normaliseVietnamese(a.presenter),
    plannedStart: a.plannedStart,
    durationMinutes: a.durationMinutes,
    speechMinutes: a.speechMinutes,
  }));
}

const ALLOWED: Record<MeetingStatus, MeetingStatus[]> = {
  planned: ['in_progress', 'ended', 'finalized'],
  in_progress: ['planned', 'ended', 'finalized'],
  ended: ['in_progress', 'finalized'],
  finalized: [],
};

export const meetingHandlers = defineHandlers<'meetings.'>({
  'meetings.list': (input, ctx) =>
    q.listMeetings(ctx.db, input.when, input.today ?? localDate(ctx.now())),

  'meetings.get': (input, ctx) => requireMeeting(ctx.db, input.id),

  'meetings.create': (input, tx) => {
    const id = tx.newId();
    q.insertMeeting(tx.db, fields(tx.db, id, input), tx.at);
    q.replaceAgenda(tx.db, id, agenda(tx, input));
    tx.changed('meetings.changed', { meetingId: id });
    return requireMeeting(tx.db, id);
  },

  'meetings.update': (input, tx) => {
    const before = requireEditableMeeting(tx.db, input.id);
    q.updateMeeting(tx.db, fields(tx.db, input.id, input.meeting), tx.at);
    q.replaceAgenda(
      tx.db,
      input.id,
      agenda(tx, input.meeting, new Set(before.agenda.map((a) => a.id))),
    );
    tx.changed('meetings.changed', { meetingId: input.id });
    return requireMeeting(tx.db, input.id);
  },

  'meetings.setStatus': (input, tx) => {
    const m = requireEditableMeeting(tx.db, input.id);
    if (m.status !== input.status && !ALLOWED[m.status].includes(input.status)) {
      throw new AppError('CONFLICT', `Cannot go from ${m.status} to ${input.status}`, {
        from: m.status,
        to: input.status,
      });
    }
    if (input.status === 'finalized') {
      // The record as reported: later directory and group edits must not rewrite it.
      q.freezeLocalChair(tx.db, m.id);
      freezeGroups(tx.db, m.id);
      // The reported record gets its own copy, outside the database file.
      tx.afterCommit('backup.finalize');
    }
    q.setMeetingStatus(tx.db, m.id, input.status, tx.at);
    tx.changed('meetings.changed', { meetingId: m.id });
    return requireMeeting(tx.db, m.id);
  },

  'meetings.archive': (input, tx) => {
    const m = requireMeeting(tx.db, input.id);
    if (m.archivedAt === null) q.setArchived(tx.db, m.id, tx.at, tx.at);
    tx.changed('meetings.changed', { meetingId: m.id });
    return requireMeeting(tx.db, m.id);
  },

  'meetings.unarchive': (input, tx) => {
    const m = requireMeeting(tx.db, input.id);
    q.setArchived(tx.db, m.id, null, tx.at);
    tx.changed('meetings.changed', { meetingId: m.id });
    return requireMeeting(tx.db, m.id);
  },

  /**
   * The same briefing recurs: copy title, chairs, agenda and the invitee list to a new date.
   * Invitees come back unchecked, with their current directory details; retired people are left out.
   */
  'meetings.clone': (input, tx) => {
    const src = requireMeeting(tx.db, input.id);
    const id = tx.newId();
    const chair = src.localChairId ? getPerson(tx.db, src.localChairId) : undefined;
    q.insertMeeting(
      tx.db,
      {
        id,
        title: src.title,
        centerHost: src.centerHost,
        centerChairs: src.centerChairs,
        localChairId: chair && chair.retiredAt === null ? chair.id : null,
        date: input.date,
        startTime: src.startTime,
        endTime: src.endTime,
        clonedFromId: src.id,
      },
      tx.at,
    );
    q.replaceAgenda(
      tx.db,
      id,
      src.agenda.map((a) => ({ ...a, id: tx.newId() })),
    );
    if (input.withInvitees) {
      for (const inv of invitationSources(tx.db, src.id)) {
        const person = inv.personId ? getPerson(tx.db, inv.personId) : undefined;
        if (person && person.retiredAt !== null) continue;
        const snapshot = person
          ? inviteeSnapshot(tx, id, person, { personId: person.id, walkIn: false })
          : inviteeSnapshot(tx, id, inv, { personId: null, walkIn: true });
        insertInvitee(tx.db, snapshot, tx.at);
      }
    }
    tx.changed('meetings.changed', { meetingId: id });
    return requireMeeting(tx.db, id);
  },
});
