import type { AttendanceStatus, Headcount, HeadcountRow, StatusCounts } from '../api/schemas';
import { ATTENDANCE_STATUSES } from '../api/schemas';

/** Statuses that mean the seat was taken: the report's "dự tại điểm cầu" count. */
export const ATTENDING_STATUSES: ReadonlySet<AttendanceStatus> = new Set([
  'present',
  'late',
  'substituted',
  'left_early',
]);

interface Countable {
  groupId: string | null;
  groupName: string | null;
  groupOrder: number | null;
  status: AttendanceStatus;
}

function emptyCounts(): StatusCounts {
  return Object.fromEntries(ATTENDANCE_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

function emptyRow(groupId: string | null, groupName: string | null): HeadcountRow {
  return { groupId, groupName, invited: 0, attending: 0, byStatus: emptyCounts() };
}

function add(row: HeadcountRow, status: AttendanceStatus): void {
  row.invited++;
  row.byStatus[status]++;
  if (ATTENDING_STATUSES.has(status)) row.attending++;
}

/** Overall and per-group counts, groups in protocol order, ungrouped last. */
export function computeHeadcount(invitees: readonly Countable[]): Headcount {
  const total = emptyRow(null, null);
  const groups = new Map<string | null, { row: HeadcountRow; order: number | null }>();
  for (const inv of invitees) {
    add(total, inv.status);
    let g = groups.get(inv.groupId);
    if (!g) {
      g = { row: emptyRow(inv.groupId, inv.groupName), order: inv.groupOrder };
      groups.set(inv.groupId, g);
    }
    add(g.row, inv.status);
  }
  const byGroup = [...groups.values()]
    .sort((a, b) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER))
    .map((g) => g.row);
  return { total, byGroup };
}
