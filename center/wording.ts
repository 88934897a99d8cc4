/**
 * The center's Vietnamese wording (dashboard and exports). The center is a separate server with
 * no renderer, so its words live here rather than in renderer/i18n; status and incident names
 * are the documents' own (shared/documents/wording.ts, shared/report/wording.ts).
 */
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
