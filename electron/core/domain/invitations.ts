import type { Person } from '../../../shared/api/schemas';
import type { WriteContext } from '../context';
import type { InviteeSnapshot } from '../db/queries/invitees';
import { insertInvitee, invitedPersonIds } from '../db/queries/invitees';

/** What an invitee's row copies from where they came from (a person, a record, a walk-in). */
export type SnapshotSource = Pick<
  InviteeSnapshot,
  'fullName' | 'givenName' | 'position' | 'unit' | 'groupId' | 'rank' | 'sortKey'
>;

/**
 * The one way an invitee row is made. Invitees are snapshots: a held meeting keeps the name,
 * post and group it was held with, whatever the directory says later.
 */
export function inviteeSnapshot(
  tx: WriteContext,
  meetingId: string,
  source: SnapshotSource,
  origin: { personId: string | null; walkIn: boolean },
): InviteeSnapshot {
  return {
    id: tx.newId(),
    meetingId,
    personId: origin.personId,
    walkIn: origin.walkIn,
    fullName: source.fullName,
    givenName: source.givenName,
    position: source.position,
    unit: source.unit,
    groupId: source.groupId,
    rank: source.rank,
    sortKey: source.sortKey,
  };
}

/** Invites people not on the list yet; counts the ones who already were. */
export function invitePeople(tx: WriteContext, meetingId: string, people: readonly Person[]) {
  const already = invitedPersonIds(tx.db, meetingId);
  let added = 0;
  for (const p of people) {
    if (already.has(p.id)) continue;
    insertInvitee(
      tx.db,
      inviteeSnapshot(tx, meetingId, p, { personId: p.id, walkIn: false }),
      tx.at,
    );
    already.add(p.id);
    added++;
  }
  return { added, alreadyInvited: people.length - added };
}
