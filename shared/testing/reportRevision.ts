import type { ReportRevisionPayload } from '../protocol/report';

/**
 * A complete, valid report revision (tests, the simulated point and the bench): a small
 * district meeting with three invitees, one speech and one of everything else.
 */
export function reportRevisionFixture(
  fields: Partial<ReportRevisionPayload> = {},
): ReportRevisionPayload {
  return {
    protocol: 1,
    pointCode: 'DL-01',
    meeting: {
      centerMeetingId: null,
      localId: 'meeting-1',
      title: 'Hội nghị trực tuyến toàn quốc tổng kết công tác năm 2025',
      startsAt: '2025-12-20T01:30:00.000Z',
    },
    reportId: 'report-1',
    revision: 1,
    generatedAt: '2025-12-20T05:00:00.000Z',
    appVersion: '0.1.0',
    attendance: {
      byStatus: {
        pending: 0,
        present: 2,
        late: 0,
        absent_excused: 1,
        absent: 0,
        substituted: 0,
        left_early: 0,
      },
      byGroup: [{ group: 'Lãnh đạo tỉnh', invited: 3, attending: 2 }],
      list: [
        {
          order: 1,
          name: 'Nguyễn Văn An',
          position: 'Chủ tịch UBND tỉnh',
          unit: 'UBND tỉnh',
          group: 'Lãnh đạo tỉnh',
          status: 'present',
          checkedInAt: '2025-12-20T01:20:00.000Z',
          note: '',
        },
        {
          order: 2,
          name: 'Trần Thị Bình',
          position: 'Phó Chủ tịch UBND tỉnh',
          unit: 'UBND tỉnh',
          group: 'Lãnh đạo tỉnh',
          status: 'present',
          checkedInAt: '2025-12-20T01:25:00.000Z',
          note: '',
        },
        {
          order: 3,
          name: 'Lê Văn Cường',
          position: 'Giám đốc Sở Tài chính',
          unit: 'Sở Tài chính',
          group: 'Lãnh đạo tỉnh',
          status: 'absent_excused',
          checkedInAt: null,
          note: 'Đi công tác',
        },
      ],
    },
    speeches: [
      {
        speaker: 'Nguyễn Văn An',
        position: 'Chủ tịch UBND tỉnh',
        origin: 'Điểm cầu tỉnh Đắk Lắk',
        originKind: 'local',
        topic: 'Kết quả thực hiện nhiệm vụ năm 2025',
        agendaItem: '',
        startedAt: '2025-12-20T02:00:00.000Z',
        durationSeconds: 420,
      },
    ],
    summary: '## Tóm tắt\n\nHội nghị diễn ra **đúng kế hoạch**.',
    conclusions: ['Hoàn thành chỉ tiêu năm 2025.'],
    recommendations: ['Đề nghị bổ sung kinh phí đường truyền.'],
    tasks: [{ text: 'Báo cáo kết quả', owner: 'Sở Tài chính', deadline: '2026-01-15' }],
    incidents: [
      {
        kind: 'sound',
        startedAt: '2025-12-20T02:10:00.000Z',
        endedAt: '2025-12-20T02:12:00.000Z',
        note: 'Mất tiếng 2 phút',
      },
    ],
    ...fields,
  };
}
