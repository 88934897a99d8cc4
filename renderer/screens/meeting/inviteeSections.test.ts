import { describe, expect, it } from 'vitest';
import type { Invitee } from '../../../shared/api/schemas';
import { inviteeSections } from './inviteeSections';

const inv = (id: string, groupId: string | null): Invitee => ({
  id,
  meetingId: 'm',
  personId: null,
  walkIn: false,
  fullName: id,
  position: '',
  unit: '',
  groupId,
  groupName: groupId && `Nhóm ${groupId}`,
  groupOrder: null,
  rank: null,
  sortKey: id,
  status: 'pending',
  statusAt: null,
  eventTime: null,
  reason: '',
  substituteName: '',
  substitutePosition: '',
  remark: '',
  updatedAt: '2025-01-01T00:00:00.000Z',
});

describe('inviteeSections', () => {
  it('groups consecutive invitees of a group without reordering anyone', () => {
    const sections = inviteeSections([
      inv('a', 'g1'),
      inv('b', 'g1'),
      inv('c', 'g2'),
      inv('d', null),
    ]);
    expect(sections.map((s) => [s.groupId, s.invitees.map((i) => i.id)])).toEqual([
      ['g1', ['a', 'b']],
      ['g2', ['c']],
      [null, ['d']],
    ]);
  });
});
