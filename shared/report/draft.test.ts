import { describe, expect, it } from 'vitest';
import type { Speech } from '../speaking/model';
import { BRIEFING_NOTES, briefingInvitees } from '../testing/briefing';
import type { DraftSource } from './draft';
import { NAMED_LIMIT, draftReport } from './draft';
import { ReportContent } from './content';

const T0 = Date.parse('2026-11-30T01:00:00Z');
const MIN = 60_000;

function speech(
  id: string,
  name: string,
  origin: Speech['origin'],
  startMin: number | null,
  minutes: number,
  extra: Partial<Speech> = {},
): Speech {
  const start = startMin === null ? null : T0 + startMin * MIN;
  return {
    id,
    orderKey: id,
    state: start === null ? 'queued' : 'spoke',
    speaker: { personId: null, inviteeId: null, name, position: 'Chức vụ' },
    origin,
    topic: `Về ${name}`,
    agendaItemId: 'a1',
    allottedSeconds: 600,
    trail: [],
    segments: start === null ? [] : [{ start, end: start + minutes * MIN }],
    readdedFrom: null,
    createdAt: T0,
    ...extra,
  };
}

function source(): DraftSource {
  return {
    meeting: {
      id: 'm1',
      title: 'Hội nghị trực tuyến toàn quốc quán triệt Nghị quyết',
      centerHost: 'Ban Chấp hành Trung ương',
      date: '2026-11-30',
      startTime: '08:00',
      endTime: '11:30',
      centerChairs: [{ name: 'Tô Lâm', position: 'Tổng Bí thư' }],
      agenda: [{ id: 'a1', title: 'Quán triệt Nghị quyết' }],
    },
    localChair: { name: 'Đỗ Trọng Hưng', position: 'Bí thư Tỉnh ủy' },
    point: { pointName: 'Tỉnh ủy Thanh Hóa', pointCode: 'TH-01', placeName: 'Thanh Hóa' },
    invitees: briefingInvitees(),
    speeches: [
      speech('s1', 'Tô Lâm', { kind: 'center' }, 0, 20),
      // Listed before the minister but heard after: the report follows what was heard.
      speech('s3', 'Bí thư Đắk Lắk', { kind: 'point', provinceCode: 'dak-lak', name: '' }, 45, 8),
      speech('s2', 'Bộ trưởng Bộ Nội vụ', { kind: 'center' }, 22, 15),
      speech(
        's4',
        'Đồng chí Quảng Ninh',
        { kind: 'point', provinceCode: null, name: 'Quảng Ninh' },
        55,
        5,
      ),
      speech('s5', 'Đỗ Trọng Hưng', { kind: 'local' }, 62, 7),
      speech('s6', 'Chưa được mời', { kind: 'local' }, null, 0, { state: 'not_called' }),
    ],
    notes: BRIEFING_NOTES.map((n, i) => ({
      kind: n.kind,
      body: n.body,
      taskOwner: n.taskOwner ?? '',
      taskDeadline: n.deadline ?? null,
      takenAt: new Date(T0 + (60 - i) * MIN).toISOString(),
    })),
    incidents: [
      {
        kind: 'sound',
        startedAt: '2026-11-30T01:30:00.000Z',
        endedAt: '2026-11-30T01:32:00.000Z',
        note: 'Mất tiếng',
      },
      { kind: 'backup_line', startedAt: '2026-11-30T01:10:00.000Z', endedAt: null, note: '' },
    ],
    provinceName: (code) => (code === 'dak-lak' ? 'tỉnh Đắk Lắk' : null),
    now: T0 + 120 * MIN,
  };
}

describe('the summary report’s draft', () => {
  const report = draftReport(source());

  it('is valid report content, unchanged by the contract’s cleaning', () => {
    expect(ReportContent.parse(report)).toEqual(report);
  });

  it('states the meeting, the point and both chairs', () => {
    expect(report.meeting).toMatchObject({
      title: 'Hội nghị trực tuyến toàn quốc quán triệt Nghị quyết',
      date: '2026-11-30',
      startTime: '08:00',
      pointName: 'Tỉnh ủy Thanh Hóa',
      placeName: 'Thanh Hóa',
    });
    expect(report.chairs.center).toEqual([{ name: 'Tô Lâm', position: 'Tổng Bí thư' }]);
    expect(report.chairs.local).toEqual({ name: 'Đỗ Trọng Hưng', position: 'Bí thư Tỉnh ủy' });
  });

  it('counts attendance by status and group the way the headcount does', () => {
    const a = report.attendance;
    expect(a.invited).toBe(25);
    expect(a.byStatus).toEqual({
      pending: 2,
      present: 15,
      late: 2,
      absent_excused: 2,
      absent: 2,
      substituted: 1,
      left_early: 1,
    });
    expect(a.attending).toBe(19);
    expect(a.byGroup.map((g) => [g.group, g.invited, g.attending])).toEqual([
      ['Thường trực Tỉnh ủy', 3, 3],
      ['Ủy viên Ban Thường vụ Tỉnh ủy', 7, 6],
      ['Lãnh đạo sở, ban, ngành', 12, 9],
      ['Khách mời', 3, 1],
    ]);
  });

  it('names the leaders present by whole groups in protocol order and counts the rest', () => {
    const a = report.attendance;
    expect(a.leaders.map((l) => l.name)).toEqual([
      'Đỗ Trọng Hưng',
      'Lại Thế Nguyên',
      'Nguyễn Doãn Anh',
      'Lê Tiến Lam',
      'Phạm Thị Thanh Thủy',
      'Lê Văn Thi',
      'Nguyễn Văn Phát',
      'Mai Xuân Bình',
    ]);
    expect(a.leaders.length).toBeLessThanOrEqual(NAMED_LIMIT);
    expect(a.others).toEqual([
      { group: 'Lãnh đạo sở, ban, ngành', count: 9 },
      { group: 'Khách mời', count: 1 },
    ]);
    expect(
      a.leaders.length + a.others.reduce((n, o) => n + o.count, 0) + a.substitutes.length,
    ).toBe(a.attending);
  });

  it('lists absences with their reasons and substitutes with whom they replace', () => {
    expect(report.attendance.absences).toEqual([
      expect.objectContaining({
        name: 'Đầu Thanh Tùng',
        excused: true,
        reason: 'Đi công tác Trung ương',
      }),
      expect.objectContaining({ name: 'Trịnh Văn Bình', excused: false, reason: '' }),
      expect.objectContaining({ name: 'Lương Văn Sơn', excused: true, reason: 'Nghỉ ốm' }),
      expect.objectContaining({ name: 'Mạc Thị Yến', excused: false }),
    ]);
    expect(report.attendance.substitutes).toEqual([
      {
        name: 'Nguyễn Thị Hạnh',
        position: 'Phó Trưởng ban Tổ chức',
        forName: 'Trần Văn Hải',
        forPosition: 'Ủy viên Ban Thường vụ, Trưởng ban Tổ chức',
      },
    ]);
  });

  it('gives the speeches heard in the order they began, with origin and duration', () => {
    expect(report.speeches.map((s) => [s.speaker, s.origin, s.durationSeconds])).toEqual([
      ['Tô Lâm', 'Điểm cầu Trung ương', 20 * 60],
      ['Bộ trưởng Bộ Nội vụ', 'Điểm cầu Trung ương', 15 * 60],
      ['Bí thư Đắk Lắk', 'Điểm cầu tỉnh Đắk Lắk', 8 * 60],
      ['Đồng chí Quảng Ninh', 'Điểm cầu Quảng Ninh', 5 * 60],
      ['Đỗ Trọng Hưng', 'Điểm cầu Tỉnh ủy Thanh Hóa', 7 * 60],
    ]);
    expect(report.speeches[0]).toMatchObject({
      agendaItem: 'Quán triệt Nghị quyết',
      startedAt: '2026-11-30T01:00:00.000Z',
    });
  });

  it('puts each kind of note in its section, in the order taken, and leaves general notes out', () => {
    expect(report.opinions).toEqual([{ text: BRIEFING_NOTES[1]!.body }]);
    expect(report.recommendations).toEqual([{ text: BRIEFING_NOTES[2]!.body }]);
    expect(report.conclusions).toEqual([{ text: BRIEFING_NOTES[3]!.body }]);
    expect(report.tasks).toEqual([
      {
        text: 'Rà soát, báo cáo tiến độ giải ngân.',
        owner: 'Sở Tài chính',
        deadline: '2026-12-15',
      },
    ]);
    const all = JSON.stringify(report);
    expect(all).not.toContain(BRIEFING_NOTES[0]!.body);
  });

  it('lists incidents by when they began, an open one without an end', () => {
    expect(report.incidents.map((i) => [i.kind, i.endedAt])).toEqual([
      ['backup_line', null],
      ['sound', '2026-11-30T01:32:00.000Z'],
    ]);
  });

  it('counts a speech still running up to the core’s clock', () => {
    const s = source();
    s.speeches = [
      speech('r', 'Đang nói', { kind: 'center' }, 0, 0, {
        state: 'speaking',
        segments: [{ start: T0, end: null }],
      }),
    ];
    s.now = T0 + 90_000;
    expect(draftReport(s).speeches[0]!.durationSeconds).toBe(90);
  });
});
