import type { ATTENDANCE_STATUSES } from '../shared/api/schemas';
import type { INCIDENT_KINDS } from '../shared/notes/model';

/**
 * The center's Vietnamese wording (dashboard and exports). The center is a separate server with
 * no renderer, so its words live here rather than in renderer/i18n; the status names match
 * renderer/i18n/vi.json's attendanceStatus.
 */
export const STATUS_LABEL: Record<(typeof ATTENDANCE_STATUSES)[number], string> = {
  pending: 'Chưa điểm danh',
  present: 'Có mặt',
  late: 'Đến muộn',
  absent_excused: 'Vắng có lý do',
  absent: 'Vắng không lý do',
  substituted: 'Cử người dự thay',
  left_early: 'Về sớm',
};

export const FIGURE_HEADERS = {
  code: 'Mã điểm cầu',
  name: 'Tên điểm cầu',
  reported: 'Đã báo cáo',
  revision: 'Lần gửi',
  receivedAt: 'Nhận lúc',
  invited: 'Số được mời',
  attending: 'Số dự',
  total: 'Tổng cộng',
  yes: 'Có',
  no: 'Chưa',
} as const;

export const INCIDENT_LABEL: Record<(typeof INCIDENT_KINDS)[number], string> = {
  sound: 'Mất tiếng',
  picture: 'Mất hình',
  unstable: 'Đường truyền không ổn định',
  backup_line: 'Chuyển sang đường truyền dự phòng',
  other: 'Sự cố khác',
};
