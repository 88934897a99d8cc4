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
