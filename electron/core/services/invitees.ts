import { AppError } from '../../../shared/api/errors';
import { sortByProtocolOrder } from '../../../shared/order/protocolOrder';
import { normaliseVietnamese } from '../../../shared/text/tone';
import { groupExists } from '../db/queries/groups';
import * as q from '../db/queries/invitees';
import { peopleInGroup } from '../db/queries/people';
import {
  requireEditableMeeting,
  requireInvitee,
  requireMeeting,
  requirePerson,
} from '../domain/guards';
import { invitePeople, inviteeSnapshot } from '../domain/invitations';
import { addPerson, buildPersonRecord } from '../domain/personRecord';
import { defineHandlers } from '../handlerTypes';

export const inviteeHandlers = defineHandlers<'invitees.'>({
  'invitees.list': (input, ctx) => {
    requireMeeting(ctx.db, input.meetingId);
    return sortByProtocolOrder(q.listInvitees(ctx.db, input.meetingId));
  },

  'invitees.addPeople': (input, tx) => {
    requireEditableMeeting(tx.db, input.meetingId);
    const people = [...new Set(input.personIds)].map((id) => requirePerson(tx.db, id));
    const retired = people.find((p) => p.retiredAt !== null);
    if (retired) {
      throw new AppError('CONFLICT', `${retired.id} is retired`, {
        id: retired.id,
        reason: 'retired',
      });
    }
    const result = invitePeople(tx, input.meetingId, people);
    tx.changed('attendance.changed', { meetingId: input.meetingId });
    return { ...result, alreadyInvited: input.personIds.length - result.added };
  },

  'invitees.addGroup': (input, tx) => {
    requireEditableMeeting(tx.db, input.meetingId);
    if (!groupExists(tx.db, input.groupId)) {
      throw new AppError('NOT_FOUND', `No group ${input.groupId}`, {
        entity: 'group',
        id: input.groupId,
      });
    }
    const result = invitePeople(tx, input.meetingId, peopleInGroup(tx.db, input.groupId));
    tx.changed('attendance.changed', { meetingId: input.meetingId });
    return result;
  },

  /** Someone who came without being on the list; optionally kept in the directory for next time. */
  'invitees.addWalkIn': (input, tx) => {
    requireEditableMeeting(tx.db, input.meetingId);
    const person = input.saveToDirectory ? addPerson(tx, input.person) : null;
    // Not kept in the directory: the same normalisation, stored only on the meeting's list.
    const source = person ?? buildPersonRecord(tx.db, '', input.person);
    const snapshot = inviteeSnapshot(tx, input.meetingId, source, {
      personId: person?.id ?? null,
      walkIn: true,
    });
    q.insertInvitee(tx.db, snapshot, tx.at);
    tx.changed('attendance.changed', { meetingId: input.meetingId });
    return requireInvitee(tx.db, snapshot.id);
  },

  'invitees.setRemark': (input, tx) => {
    const inv = requireInvitee(tx.db, input.inviteeId);
    requireEditableMeeting(tx.db, inv.meetingId);
    q.setRemark(tx.db, inv.id, normaliseVietnamese(input.remark), tx.at);
    tx.changed('attendance.changed', { meetingId: inv.meetingId });
    return requireInvitee(tx.db, inv.id);
  },

  /** Taken off the list, kept in the file with its history (removed_at). */
  'invitees.remove': (input, tx) => {
    const inv = requireInvitee(tx.db, input.inviteeId);
    requireEditableMeeting(tx.db, inv.meetingId);
    q.markRemoved(tx.db, inv.id, tx.at);
    tx.changed('attendance.changed', { meetingId: inv.meetingId });
    return { ok: true as const };
  },
});
