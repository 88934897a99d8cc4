import type { ColumnMapping } from './header';
import type { RosterReadResult } from './roster';

/** A mapping whose note column is read as the meeting's remark instead (unless one is mapped). */
export function noteAsRemark(mapping: ColumnMapping): ColumnMapping {
  if (mapping.note === undefined || mapping.remark !== undefined) return mapping;
  const { note, ...rest } = mapping;
  return { ...rest, remark: note };
}

/**
 * A meeting's roster says "Ghi chú" of the meeting ("Chủ trì", "Vắng - đi công tác"), not of
 * the person: unless the operator mapped the columns themselves, that column's text becomes the
 * invitees' remark and stays out of the directory's permanent note. The operator can map it back.
 */
export function remarksForMeeting(result: RosterReadResult): RosterReadResult {
  if (result.mapping.note === undefined || result.mapping.remark !== undefined) return result;
  return {
    ...result,
    mapping: noteAsRemark(result.mapping),
    detectedMapping: result.detectedMapping && noteAsRemark(result.detectedMapping),
    rows: result.rows.map((r) => ({ ...r, remark: r.note, note: '' })),
  };
}
