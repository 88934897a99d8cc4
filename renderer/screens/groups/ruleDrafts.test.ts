import { describe, expect, it } from 'vitest';
import type { PositionRule } from '../../../shared/api/directorySchemas';
import { draftsAfterChange, draftsOf, withExistingGroups } from './ruleDrafts';

const rule = (id: string, pattern: string, groupId: string): PositionRule =>
  ({ id, pattern, groupId, rank: 1 }) as PositionRule;

describe('rule drafts after a change in the core', () => {
  const before = [rule('r1', 'Bí thư', 'g1'), rule('r2', 'Giám đốc', 'g2')];

  it('follows the core when nothing was edited', () => {
    const after = [rule('r1', 'Bí thư', 'g1')];
    expect(draftsAfterChange(draftsOf(before), before, after, new Set(['g1']))).toEqual(
      draftsOf(after),
    );
  });

  it('keeps unsaved edits, without the rules of a deleted group', () => {
    const edited = draftsOf(before).map((d) => (d.key === 'r1' ? { ...d, pattern: 'Phó' } : d));
    const next = draftsAfterChange(edited, before, [rule('r1', 'Bí thư', 'g1')], new Set(['g1']));
    expect(next.map((d) => [d.key, d.pattern])).toEqual([['r1', 'Phó']]);
  });

  it('keeps a new rule that has no group yet', () => {
    const drafts = [{ key: 'new-1', pattern: '', groupId: '', rank: 1 as const }];
    expect(withExistingGroups(drafts, new Set())).toEqual(drafts);
  });
});
