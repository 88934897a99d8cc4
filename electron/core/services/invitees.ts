import type { MethodParsedInput } from '../../../shared/api/methods';
import type { Invitee, Person } from '../../../shared/api/schemas';
import { AppError } from '../../../shared/api/errors';
import { sortByProtocolOrder } from '../../../shared/order/protocolOrder';
import type { CoreContext } from '../context';
import { nowIso } from '../context';
import * as q from '../db/queries/invitees';
import { peopleInGroup } from '../db/queries/people';
import { groupExists } from '../db/queries/groups';
import { requireEditableMeeting, requireMeeting } from './meetings';
import { buildPersonRecord, createPerson, requirePerson } from './people';

export function requireInvitee(ctx: CoreContext, id: string): Invitee {
  const inv = q.getInvitee(ctx.db, id);
  if (!inv) throw new AppError('NOT_FOUND', `No invitee ${id}`, { entity: 'invitee', id });
  return inv;
}

function snapshotOf(ctx: CoreContext, meetingId: string, p: Person): q.InviteeSnapshot {
  return {
    id: ctx.newId(),
    meetingId,
    personId: p.id,
    walkIn: false,
    fullName: p.fullName,
    givenName: p.givenName,
    position: p.position,
    unit: p.unit,
    groupId: p.groupId,
    rank: p.rank,
    sortKey: p.sortKey,
  };
}

export function invitePeople(ctx: CoreContext, meetingId: string, people: Person[]) {
  const already = q.invitedPersonIds(ctx.db, meetingId);
  const now = nowIso(ctx);
  let added = 0;
  for (const p of people) {
    if (already.has(p.id)) continue;
    q.insertInvitee(ctx.db, snapshotOf(ctx, meetingId, p), now);
    already.add(p.id);
    added++;
  }
  return { added, alreadyInvited: people.length - added };
}

function changed<T>(ctx: CoreContext, meetingId: string, value: T): T {
  ctx.emit('attendance.changed', { meetingId });
  return value;
}

export function listInProtocolOrder(ctx: CoreContext, meetingId: string): Invitee[] {
  return sortByProtocolOrder(q.listInvitees(ctx.db, meetingId));
}

export const inviteeHandlers = {
  'invitees.list': (input: MethodParsedInput<'invitees.list'>, ctx: CoreContext) => {
    requireMeeting(ctx, input.meetingId);
    return listInProtocolOrder(ctx, input.meetingId);
  },

  'invitees.addPeople': (input: MethodParsedInput<'invitees.addPeople'>, ctx: CoreContext) =>
    changed(
      ctx,
      input.meetingId,
      ctx.db.transaction(() => {
        requireEditableMeeting(ctx, input.meetingId);
        const unique = [...new Set(input.personIds)];
        const people = unique.map((id) => requirePerson(ctx, id));
        const retired = people.find((p) => p.retiredAt !== null);
        if (retired) {
          throw new AppError('CONFLICT', `${retired.id} is retired`, {
            id: retired.id,
            reason: 'retired',
          });
        }
        const result = invitePeople(ctx, input.meetingId, people);
        return { ...result, alreadyInvited: input.personIds.length - result.added };
      })(),
    ),

  'invitees.addGroup': (input: MethodParsedInput<'invitees.addGroup'>, ctx: CoreContext) =>
    changed(
      ctx,
      input.meetingId,
      ctx.db.transaction(() => {
        requireEditableMeeting(ctx, input.meetingId);
        if (!groupExists(ctx.db, input.groupId)) {
          throw new AppError('NOT_FOUND', `No group ${input.groupId}`, {
            entity: 'group',
            id: input.groupId,
          });
        }
        return invitePeople(ctx, input.meetingId, peopleInGroup(ctx.db, input.groupId));
      })(),
    ),

  /** Someone who came without being on the list; optionally kept in the directory for next time. */
  'invitees.addWalkIn': (input: MethodParsedInput<'invitees.addWalkIn'>, ctx: CoreContext) =>
    changed(
      ctx,
      input.meetingId,
      ctx.db.transaction(() => {
        requireEditableMeeting(ctx, input.meetingId);
        const now = nowIso(ctx);
        let snapshot: q.InviteeSnapshot;
        if (input.saveToDirectory) {
          const person = createPerson(ctx, input.person);
          ctx.emit('directory.changed', {});
          snapshot = { ...snapshotOf(ctx, input.meetingId, person), walkIn: true };
        } else {
          const r = buildPersonRecord(ctx, ctx.newId(), input.person);
          snapshot = {
            id: r.id,
            meetingId: input.meetingId,
            personId: null,
            walkIn: true,
            fullName: r.fullName,
            givenName: r.givenName,
            position: r.position,
            unit: r.unit,
            groupId: r.groupId,
            rank: r.rank,
            sortKey: r.sortKey,
          };
        }
        q.insertInvitee(ctx.db, snapshot, now);
        return requireInvitee(ctx, snapshot.id);
      })(),
    ),

  /** Taken off the list, kept in the file with its history (removed_at). */
  'invitees.remove': (input: MethodParsedInput<'invitees.remove'>, ctx: CoreContext) => {
    const inv = requireInvitee(ctx, input.inviteeId);
    return changed(
      ctx,
      inv.meetingId,
      ctx.db.transaction(() => {
        requireEditableMeeting(ctx, inv.meetingId);
        q.markRemoved(ctx.db, inv.id, nowIso(ctx));
        return { ok: true as const };
      })(),
    );
  },
};
