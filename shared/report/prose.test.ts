import { describe, expect, it } from 'vitest';
import { dateLine, documentDate } from '../documents/dateLine';
import type { ReportContent } from './content';
import { REPORT_SCHEMA_VERSION } from './content';
import type { ClockOf } from './prose';
import {
  absenceSentences,
  attendeesSentence,
  countsSentence,
  durationText,
  incidentSentence,
  meetingSentence,
  reportDocument,
  reportIssueDate,
  reportSubtitle,
  romanNumeral,
  speechSentence,
  taskText,
} from './prose';

/** The room's clock in Vietnam (UTC+7), whatever zone the tests run in. */
const hanoi: ClockOf = (instant) => {
  const d = new Date(Date.parse(instant) + 7 * 3600_000);
  return d.toISOString().slice(11, 16);
};

const zeroCounts = {
  pending: 0,
  present: 0,
  late: 0,
  absent_excused: 0,
  absent: 0,
  substituted: 0,
  left_early: 0,
};

function content(): ReportContent {
  return {
    schema: REPORT_SCHEMA_VERSION,
    meeting: {
      id: 'm1',
      title: 'Hội nghị toàn quốc quán triệt Nghị quyết Hội nghị Trung ương 12',
      centerHost: 'Bộ Chính trị',
      date: '2026-01-05',
      startTime: '08:00',
      endTime: '11:30',
      pointName: 'Điểm cầu Tỉnh ủy Thanh Hóa',
      pointCode: 'TH-01',
      placeName: 'Thanh Hóa',
    },
    chairs: {
      center: [{ name: 'Tô Lâm', position: 'Tổng Bí thư' }],
      local: { name: 'Đỗ Trọng Hưng', position: 'Bí thư Tỉnh ủy' },
    },
    attendance: {
      invited: 25,
      attending: 19,
      byStatus: {
        ...zeroCounts,
        present: 14,
        late: 2,
        substituted: 1,
        left_early: 2,
        absent: 2,
        absent_excused: 2,
        pending: 2,
      },
      byGroup: [],
      leaders: [
        { name: 'Đỗ Trọng Hưng', position: 'Bí thư Tỉnh ủy' },
        { name: 'Lại Thế Nguyên', position: 'Phó Bí thư Thường trực Tỉnh ủy' },
      ],
      others: [{ group: 'Lãnh đạo sở, ban, ngành', count: 12 }],
      absences: [
        {
          name: 'Đầu Thanh Tùng',
          position: 'Phó Chủ tịch UBND tỉnh',
          excused: true,
          reason: 'Đi công tác Trung ương',
        },
        { name: 'Trịnh Văn Bình', position: 'Giám đốc Sở Nội vụ', excused: false, reason: '' },
      ],
      substitutes: [
        {
          name: 'Nguyễn Thị Hạnh',
          position: 'Phó Trưởng ban Tổ chức',
          forName: 'Trần Văn Hải',
          forPosition: 'Trưởng ban Tổ chức',
        },
      ],
    },
    speeches: [
      {
        speaker: 'Tô Lâm',
        position: 'Tổng Bí thư',
        origin: 'Điểm cầu Trung ương',
        originKind: 'center',
        topic: 'khai mạc hội nghị',
        agendaItem: 'Khai mạc',
        startedAt: '2026-01-05T01:05:00.000Z',
        durationSeconds: 750,
      },
      {
        speaker: '',
        position: 'Bí thư Tỉnh ủy Đắk Lắk',
        origin: 'Điểm cầu Đắk Lắk',
        originKind: 'point',
        topic: '',
        agendaItem: 'Khai mạc',
        startedAt: null,
        durationSeconds: null,
      },
    ],
    opinions: [],
    conclusions: [{ text: 'Hoàn thành sắp xếp trước **30/6**.' }],
    recommendations: [{ text: '  ' }],
    tasks: [{ text: 'Rà soát tiến độ giải ngân.', owner: 'Sở Tài chính', deadline: '2026-02-15' }],
    incidents: [],
    remarks: '',
  };
}

describe('the report’s prose', () => {
  it('writes the date line with the leading zeros of the administrative rule', () => {
    expect(dateLine('Thanh Hóa', '2026-01-05')).toBe('Thanh Hóa, ngày 05 tháng 01 năm 2026');
    expect(documentDate('2023-02-28')).toBe('ngày 28 tháng 02 năm 2023');
    expect(documentDate('2023-03-12')).toBe('ngày 12 tháng 3 năm 2023');
    expect(documentDate('2023-12-10')).toBe('ngày 10 tháng 12 năm 2023');
    expect(dateLine(' ', '2025-07-01')).toBe('Ngày 01 tháng 7 năm 2025');
  });

  it('numbers sections in Roman numerals', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 14].map(romanNumeral)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
      'VIII',
      'IX',
      'X',
      'XIV',
    ]);
  });

  it('keeps a title that names the meeting, and introduces any other', () => {
    expect(reportSubtitle('Hội nghị toàn quốc về chuyển đổi số')).toBe(
      'Kết quả tham dự Hội nghị toàn quốc về chuyển đổi số',
    );
    expect(reportSubtitle('sơ kết 6 tháng')).toBe(
      'Kết quả tham dự hội nghị trực tuyến sơ kết 6 tháng',
    );
  });

  it('says when and by whom the meeting was held', () => {
    expect(meetingSentence(content().meeting)).toBe(
      'Ngày 05 tháng 01 năm 2026, từ 08 giờ 00 đến 11 giờ 30, Bộ Chính trị tổ chức Hội nghị toàn quốc quán triệt Nghị quyết Hội nghị Trung ương 12; Điểm cầu Tỉnh ủy Thanh Hóa tham dự theo hình thức trực tuyến.',
    );
  });

  it('names the leaders present in order and counts the others by group', () => {
    const a = content().attendance;
    expect(attendeesSentence(a)).toBe(
      'Dự tại điểm cầu có đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy; đồng chí Lại Thế Nguyên, Phó Bí thư Thường trực Tỉnh ủy; cùng các đồng chí: Lãnh đạo sở, ban, ngành (12 đồng chí).',
    );
    expect(attendeesSentence({ leaders: [], others: [{ group: 'Khách mời', count: 3 }] })).toBe(
      'Dự tại điểm cầu có các đồng chí: Khách mời (3 đồng chí).',
    );
    expect(attendeesSentence({ leaders: [], others: [] })).toBe('');
  });

  it('counts by status, leaving out statuses nobody has', () => {
    const a = content().attendance;
    expect(countsSentence(a)).toBe(
      'Tổng số đại biểu được mời: 25 đồng chí; dự tại điểm cầu: 19 đồng chí (có mặt 14, đến muộn 2, cử người dự thay 1, về sớm 2); vắng có lý do 2; vắng không lý do 2; chưa điểm danh 2.',
    );
    expect(
      countsSentence({ invited: 1, attending: 1, byStatus: { ...zeroCounts, present: 1 } }),
    ).toBe('Tổng số đại biểu được mời: 1 đồng chí; dự tại điểm cầu: 1 đồng chí (có mặt 1).');
  });

  it('gives absences with their reasons, excused first', () => {
    expect(absenceSentences(content().attendance.absences)).toEqual([
      'Vắng có lý do: đồng chí Đầu Thanh Tùng, Phó Chủ tịch UBND tỉnh (đi công tác Trung ương).',
      'Vắng không lý do: đồng chí Trịnh Văn Bình, Giám đốc Sở Nội vụ.',
    ]);
  });

  it('tells each speech with its time, origin, topic and duration, guessing nothing missing', () => {
    const [first, second] = content().speeches;
    expect(speechSentence(first!, hanoi)).toBe(
      '08 giờ 05, đồng chí Tô Lâm, Tổng Bí thư (Điểm cầu Trung ương) phát biểu về khai mạc hội nghị; thời lượng 12 phút 30 giây.',
    );
    expect(speechSentence(second!, hanoi)).toBe(
      'Đồng chí Bí thư Tỉnh ủy Đắk Lắk (Điểm cầu Đắk Lắk) phát biểu.',
    );
  });

  it('reads durations as people say them', () => {
    expect(durationText(45)).toBe('45 giây');
    expect(durationText(600)).toBe('10 phút');
    expect(durationText(3900)).toBe('1 giờ 05 phút');
  });

  it('adds the owner and the deadline to a task', () => {
    expect(taskText(content().tasks[0]!)).toBe(
      'Rà soát tiến độ giải ngân. (Đơn vị thực hiện: Sở Tài chính; thời hạn: 15/02/2026)',
    );
    expect(taskText({ text: 'Báo cáo.', owner: '', deadline: null })).toBe('Báo cáo.');
  });

  it('tells an incident’s span, and says when it was never closed', () => {
    expect(
      incidentSentence(
        {
          kind: 'sound',
          startedAt: '2026-01-05T02:10:00Z',
          endedAt: '2026-01-05T02:12:00Z',
          note: 'đã khắc phục',
        },
        hanoi,
      ),
    ).toBe('Mất tiếng từ 09 giờ 10 đến 09 giờ 12: đã khắc phục.');
    expect(
      incidentSentence(
        { kind: 'backup_line', startedAt: '2026-01-05T02:10:00Z', endedAt: null, note: '' },
        hanoi,
      ),
    ).toBe('Chuyển sang đường truyền dự phòng từ 09 giờ 10 (không ghi nhận thời điểm khắc phục).');
  });

  it('dates the report when it was finalized, else saved, else today', () => {
    const now = new Date(2026, 0, 9, 10);
    expect(reportIssueDate(null, now)).toBe('2026-01-09');
    const saved = new Date(2026, 0, 6, 10).toISOString();
    const finalized = new Date(2026, 0, 7, 10).toISOString();
    expect(reportIssueDate({ savedAt: saved, finalizedAt: null }, now)).toBe('2026-01-06');
    expect(reportIssueDate({ savedAt: saved, finalizedAt: finalized }, now)).toBe('2026-01-07');
  });

  it('makes the whole document: sections numbered on, empty ones left out but the technical one', () => {
    const doc = reportDocument(content(), { issuedOn: '2026-01-05', clockOf: hanoi });
    expect(doc.dateLine).toBe('Thanh Hóa, ngày 05 tháng 01 năm 2026');
    expect(doc.title).toBe('BÁO CÁO');
    expect(doc.sections.map((s) => `${s.number}. ${s.heading}`)).toEqual([
      'I. Thông tin chung',
      'II. Thành phần tham dự tại điểm cầu',
      'III. Diễn biến hội nghị',
      'IV. Kết luận của đồng chí chủ trì hội nghị',
      'V. Nhiệm vụ được giao',
      'VI. Tình hình kỹ thuật tại điểm cầu',
    ]);
    const [general, attendance, course, conclusions, , technical] = doc.sections;
    expect(general!.blocks.map((b) => b.kind === 'paragraph' && b.text)).toEqual([
      expect.stringMatching(/^Ngày 05 tháng 01 năm 2026/),
      'Chủ trì tại Điểm cầu Trung ương: đồng chí Tô Lâm, Tổng Bí thư.',
      'Chủ trì tại Điểm cầu Tỉnh ủy Thanh Hóa: đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy.',
    ]);
    expect(attendance!.blocks).toContainEqual({
      kind: 'paragraph',
      text: 'Đồng chí Nguyễn Thị Hạnh, Phó Trưởng ban Tổ chức dự thay đồng chí Trần Văn Hải, Trưởng ban Tổ chức.',
    });
    // The agenda item is named once, before the speeches under it.
    expect(course!.blocks.map((b) => b.kind === 'paragraph' && b.text.slice(0, 20))).toEqual([
      'Nội dung: Khai mạc.',
      '08 giờ 05, đồng chí ',
      'Đồng chí Bí thư Tỉnh',
    ]);
    expect(conclusions!.blocks).toEqual([
      { kind: 'items', items: ['Hoàn thành sắp xếp trước **30/6**.'] },
    ]);
    expect(technical!.blocks).toEqual([
      { kind: 'paragraph', text: 'Đường truyền ổn định, không xảy ra sự cố kỹ thuật.' },
    ]);
  });
});
