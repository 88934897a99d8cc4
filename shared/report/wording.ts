import type { AttendanceStatus } from '../api/schemas';
import type { IncidentKind } from '../notes/model';

/**
 * Words the report itself carries. A report is a Vietnamese administrative document whatever
 * language the app is shown in, so these are document text, not UI strings (those are in the
 * i18n files), like the national headings in shared/documents/heading.ts.
 */
export const CENTER_ORIGIN = 'Điểm cầu Trung ương';

/** Present people whose protocol group is unset are counted under this name. */
export const UNGROUPED = 'Đại biểu khác';

/** "Điểm cầu tỉnh Đắk Lắk" reads better than the bare name; a typed name may already say it. */
export function pointOrigin(name: string): string {
  return /^điểm cầu\b/iu.test(name) ? name : `Điểm cầu ${name}`;
}

/** Check-in statuses as the counts sentence says them. */
export const STATUS_WORDS = {
  present: 'có mặt',
  late: 'đến muộn',
  substituted: 'cử người dự thay',
  left_early: 'về sớm',
  absent_excused: 'vắng có lý do',
  absent: 'vắng không lý do',
  pending: 'chưa điểm danh',
} as const satisfies Record<AttendanceStatus, string>;

/** Incident kinds as the technical section says them. */
export const INCIDENT_WORDS = {
  sound: 'Mất tiếng',
  picture: 'Mất hình',
  unstable: 'Đường truyền không ổn định',
  backup_line: 'Chuyển sang đường truyền dự phòng',
  other: 'Sự cố khác',
} as const satisfies Record<IncidentKind, string>;
