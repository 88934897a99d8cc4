import { describe, expect, it } from 'vitest';
import type { Invitee } from '../../../shared/api/schemas';
import { inviteeFixture } from '../../../shared/testing/invitee';
import { inviteeSections } from './inviteeSections';

const inv = (id: string, groupId: string | null): Invitee =>
  inviteeFixture({ id, fullName: id, groupId, groupName: groupId && `Nhóm ${groupId}` });

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
