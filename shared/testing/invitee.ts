import type { Invitee } from '../api/schemas';

/** An invitee as the core lists one, pending and ungrouped unless told otherwise (tests only). */
export function inviteeFixture(
  fields: Partial<Invitee> & Pick<Invitee, 'id' | 'fullName'>,
): Invitee {
  return {
    meetingId: 'm',
    personId: null,
    walkIn: false,
    position: '',
    unit: '',
    groupId: null,
    groupName: null,
    groupOrder: null,
    rank: null,
    sortKey: fields.fullName,
    status: 'pending',
    statusAt: null,
    eventTime: null,
    reason: '',
    substituteName: '',
    substitutePosition: '',
    remark: '',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...fields,
  };
}
