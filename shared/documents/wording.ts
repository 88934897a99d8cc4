import type { AttendanceStatus } from '../api/schemas';

/**
 * Words the documents print. Documents are Vietnamese administrative papers whatever language
 * the app is shown in, so these are document text, not UI strings (those are in the i18n files).
 */
export const STATUS_TEXT: Record<AttendanceStatus, string> = {
  pending: 'Chưa điểm danh',
  present: 'Có mặt',
  late: 'Đến muộn',
  absent_excused: 'Vắng có lý do',
  absent: 'Vắng không lý do',
  substituted: 'Cử người dự thay',
  left_early: 'Về sớm',
};

export const TITLES = {
  attendance: 'DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ',
  attendancePresent: 'DANH SÁCH ĐẠI BIỂU CÓ MẶT TẠI HỘI NGHỊ',
  attendanceAbsent: 'DANH SÁCH ĐẠI BIỂU VẮNG MẶT',
  signin: 'DANH SÁCH ĐẠI BIỂU KÝ TÊN DỰ HỘI NGHỊ',
  speeches: 'DANH SÁCH PHÁT BIỂU TẠI HỘI NGHỊ',
  report: 'BÁO CÁO',
} as const;

export const PREPARED_BY = 'NGƯỜI LẬP';
export const UNGROUPED_TEXT = 'Đại biểu khác';
