import type { Invitee } from '../../../shared/api/schemas';

export interface InviteeSection {
  groupId: string | null;
  groupName: string | null;
  invitees: Invitee[];
}

/**
 * Splits a list already in protocol order into runs of the same group, for visual grouping.
 * The order is never changed here: the core decided it.
 */
export function inviteeSections(invitees: readonly Invitee[]): InviteeSection[] {
  const sections: InviteeSection[] = [];
  for (const inv of invitees) {
    const last = sections[sections.length - 1];
    if (last && last.groupId === inv.groupId) last.invitees.push(inv);
    else sections.push({ groupId: inv.groupId, groupName: inv.groupName, invitees: [inv] });
  }
  return sections;
}
