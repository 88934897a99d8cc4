import type { PositionRule, PositionRuleInput } from '../../../shared/api/directorySchemas';

/** A rule as edited: the rank may be empty while the operator types. */
export interface DraftRule {
  key: string;
  pattern: string;
  groupId: string;
  rank: number | '';
}

let counter = 0;

export function draftsOf(rules: readonly PositionRule[]): DraftRule[] {
  return rules.map((r) => ({ key: r.id, pattern: r.pattern, groupId: r.groupId, rank: r.rank }));
}

export function newDraft(groupId: string): DraftRule {
  counter += 1;
  return { key: `new-${counter}`, pattern: '', groupId, rank: 1 };
}

/** An empty rank is sent as 0, which the core refuses beside the field ("invalid number"). */
export function inputsOf(drafts: readonly DraftRule[]): PositionRuleInput[] {
  return drafts.map((d) => ({
    pattern: d.pattern,
    groupId: d.groupId,
    rank: d.rank === '' ? 0 : d.rank,
  }));
}

export function sameRules(drafts: readonly DraftRule[], rules: readonly PositionRule[]): boolean {
  return (
    drafts.length === rules.length &&
    drafts.every((d, i) => {
      const r = rules[i]!;
      return d.pattern === r.pattern && d.groupId === r.groupId && d.rank === r.rank;
    })
  );
}

/**
 * The drafts to show after the rules changed in the core (saved, a preset applied, a group
 * deleted). Untouched or just-saved drafts follow the core; unsaved edits are kept, because
 * the operator has not decided yet, but never for a group that no longer exists.
 */
export function draftsAfterChange(
  drafts: readonly DraftRule[],
  before: readonly PositionRule[],
  after: readonly PositionRule[],
  groupIds: ReadonlySet<string> | null,
): DraftRule[] {
  if (sameRules(drafts, before) || sameRules(drafts, after)) return draftsOf(after);
  return groupIds ? withExistingGroups(drafts, groupIds) : [...drafts];
}

/** Drops drafts of deleted groups; a new rule without a group yet stays, to be completed. */
export function withExistingGroups(
  drafts: readonly DraftRule[],
  groupIds: ReadonlySet<string>,
): DraftRule[] {
  return drafts.filter((d) => d.groupId === '' || groupIds.has(d.groupId));
}
