import type { MethodParsedInput } from '../../../shared/api/methods';
import type { Meeting, MeetingInput, MeetingStatus } from '../../../shared/api/schemas';
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { normaliseVietnamese } from '../../../shared/text/tone';
import type { CoreContext } from '../context';
import { nowIso } from '../context';
import { localDate } from '../../../shared/time/localDate';
import * as q from '../db/queries/meetings';
import { getPerson } from '../db/queries/people';
import { freezeGroups, insertInvitee, listInvitees } from '../db/queries/invitees';

type ParsedMeeting = z.output<typeof MeetingInput>;

export function requireMeeting(ctx: CoreContext, id: string): Meeting {
  const m = q.getMeeting(ctx.db, id);
  if (!m) throw new AppError('NOT_FOUND', `No meeting ${id}`, { entity: 'meeting', id });
  return m;
}

/** A finalized meeting is the record that was reported: it can be read, never changed. */
export function requireEditableMeeting(ctx: CoreContext, id: string): Meeting {
  const m = requireMeeting(ctx, id);
  if (m.status === 'finalized') {
    throw new AppError('MEETING_LOCKED', `Meeting ${id} is finalized`, { id });
  }
  return m;
}

function fields(ctx: CoreContext, id: string, input: ParsedMeeting): q.MeetingFields {
  if (input.localChairId !== null && !getPerson(ctx.db, input.localChairId)) {
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

function agenda(ctx: CoreContext, input: ParsedMeeting) {
  return input.agenda.map((a) => ({
    id: ctx.newId(),
    title: normaliseVietnamese(a.title),
    presenter: normaliseVietnamese(a.presenter),
    plannedStart: a.plannedStart,
    durationMinutes: a.durationMinutes,
  }));
}

const ALLOWED: Record<MeetingStatus, MeetingStatus[]> = {
  planned: ['in_progress', 'ended', 'finalized'],
  in_progress: ['planned', 'ended', 'finalized'],
  ended: ['in_progress', 'finalized'],
  finalized: [],
};

function changed(ctx: CoreContext, meeting: Meeting): Meeting {
  ctx.emit('meetings.changed', { meetingId: meeting.id });
  return meeting;
}

export const meetingHandlers = {
  'meetings.list': (input: MethodParsedInput<'meetings.list'>, ctx: CoreContext) => {
    const today = input.today ?? localDate(ctx.now());
    return q.listMeetings(ctx.db, input.when, today);
  },

  'meetings.get': (input: MethodParsedInput<'meetings.get'>, ctx: CoreContext) =>
    requireMeeting(ctx, input.id),

  'meetings.create': (input: MethodParsedInput<'meetings.create'>, ctx: CoreContext) =>
    changed(
      ctx,
      ctx.db.transaction(() => {
        const id = ctx.newId();
        q.insertMeeting(ctx.db, fields(ctx, id, input), nowIso(ctx));
        q.replaceAgenda(ctx.db, id, agenda(ctx, input));
        return requireMeeting(ctx, id);
      })(),
    ),

  'meetings.update': (input: MethodParsedInput<'meetings.update'>, ctx: CoreContext) =>
    changed(
      ctx,
      ctx.db.transaction(() => {
        requireEditableMeeting(ctx, input.id);
        q.updateMeeting(ctx.db, fields(ctx, input.id, input.meeting), nowIso(ctx));
        q.replaceAgenda(ctx.db, input.id, agenda(ctx, input.meeting));
        return requireMeeting(ctx, input.id);
      })(),
    ),

  'meetings.setStatus': (input: MethodParsedInput<'meetings.setStatus'>, ctx: CoreContext) =>
    changed(
      ctx,
      ctx.db.transaction(() => {
        const m = requireEditableMeeting(ctx, input.id);
        if (m.status !== input.status && !ALLOWED[m.status].includes(input.status)) {
          throw new AppError('CONFLICT', `Cannot go from ${m.status} to ${input.status}`, {
            from: m.status,
            to: input.status,
          });
        }
        if (input.status === 'finalized') {
          // The record as reported: later directory and group edits must not rewrite it.
          q.freezeLocalChair(ctx.db, m.id);
          freezeGroups(ctx.db, m.id);
        }
        q.setMeetingStatus(ctx.db, m.id, input.status, nowIso(ctx));
        return requireMeeting(ctx, m.id);
      })(),
    ),

  'meetings.archive': (input: MethodParsedInput<'meetings.archive'>, ctx: CoreContext) =>
    changed(
      ctx,
      ctx.db.transaction(() => {
        const m = requireMeeting(ctx, input.id);
        if (m.archivedAt === null) q.setArchived(ctx.db, m.id, nowIso(ctx), nowIso(ctx));
        return requireMeeting(ctx, m.id);
      })(),
    ),

  'meetings.unarchive': (input: MethodParsedInput<'meetings.unarchive'>, ctx: CoreContext) =>
    changed(
      ctx,
      ctx.db.transaction(() => {
        const m = requireMeeting(ctx, input.id);
        q.setArchived(ctx.db, m.id, null, nowIso(ctx));
        return requireMeeting(ctx, m.id);
      })(),
    ),

  /**
   * The same briefing recurs: copy title, chairs, agenda and the invitee list to a new date.
   * Invitees come back unchecked, with their current directory details; retired people are left out.
   */
  'meetings.clone': (input: MethodParsedInput<'meetings.clone'>, ctx: CoreContext) =>
    changed(
      ctx,
      ctx.db.transaction(() => {
        const src = requireMeeting(ctx, input.id);
        const id = ctx.newId();
        const now = nowIso(ctx);
        const chair = src.localChairId ? getPerson(ctx.db, src.localChairId) : undefined;
        q.insertMeeting(
          ctx.db,
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
          now,
        );
        q.replaceAgenda(
          ctx.db,
          id,
          src.agenda.map((a) => ({ ...a, id: ctx.newId() })),
        );
        if (input.withInvitees) {
          for (const inv of listInvitees(ctx.db, src.id)) {
            const person = inv.personId ? getPerson(ctx.db, inv.personId) : undefined;
            if (person && person.retiredAt !== null) continue;
            insertInvitee(
              ctx.db,
              person
                ? {
                    id: ctx.newId(),
                    meetingId: id,
                    personId: person.id,
                    walkIn: false,
                    fullName: person.fullName,
                    givenName: person.givenName,
                    position: person.position,
                    unit: person.unit,
                    groupId: person.groupId,
                    rank: person.rank,
                    sortKey: person.sortKey,
                  }
                : {
                    id: ctx.newId(),
                    meetingId: id,
                    personId: null,
                    walkIn: true,
                    fullName: inv.fullName,
                    givenName: inv.fullName.split(' ').pop() ?? inv.fullName,
                    position: inv.position,
                    unit: inv.unit,
                    groupId: inv.groupId,
                    rank: inv.rank,
                    sortKey: inv.sortKey,
                  },
              now,
            );
          }
        }
        return requireMeeting(ctx, id);
      })(),
    ),
};
