import { describe, expect, it } from 'vitest';
import type { ReportSpeech } from '../report/content';
import { clockOf } from './attendance';
import { durationText, speechLogDocument } from './speechLog';
import { mainTable } from './model';

const speech = (speaker: string, origin: string, startedAt: string, s: number): ReportSpeech => ({
  speaker,
  position: 'Chức vụ',
  origin,
  originKind: 'center',
  topic: 'Chuyển đổi số',
  agendaItem: 'Thảo luận',
  startedAt,
  durationSeconds: s,
});

describe('the speech log', () => {
  it('lists the speeches heard with origin, start and duration, and totals them', () => {
    const d = speechLogDocument(
      {
        pointName: 'Điểm cầu Thanh Hóa',
        parentBody: '',
        issuingBody: 'UBND tỉnh Thanh Hóa',
        placeName: 'Thanh Hóa',
        operatorName: 'Lê Văn Cường',
        bodyKind: 'people_committee',
      },
      { title: 'Hội nghị', date: '2026-11-30', startTime: '08:00', centerHost: '' },
      [
        speech('Tô Lâm', 'Điểm cầu Trung ương', '2026-11-30T01:00:00.000Z', 1200),
        speech('Bí thư Đắk Lắk', 'Điểm cầu Đắk Lắk', '2026-11-30T01:25:00.000Z', 485),
      ],
    );
    const rows = mainTable(d)!.rows.map((r) => (r.kind === 'row' ? r.cells : []));
    expect(rows).toEqual([
      [
        '1',
        'Tô Lâm',
        'Chức vụ',
        'Điểm cầu Trung ương',
        'Thảo luận: Chuyển đổi số',
        clockOf('2026-11-30T01:00:00.000Z'),
        '20 phút',
      ],
      [
        '2',
        'Bí thư Đắk Lắk',
        'Chức vụ',
        'Điểm cầu Đắk Lắk',
        'Thảo luận: Chuyển đổi số',
        clockOf('2026-11-30T01:25:00.000Z'),
        '8 phút 05 giây',
      ],
    ]);
    const total = d.blocks.find((b) => b.kind === 'paragraph');
    expect(total).toMatchObject({
      runs: [{ text: 'Tổng số lượt phát biểu: 2; tổng thời gian: 28 phút 05 giây.' }],
    });
  });

  it('says durations as a document does', () => {
    expect([durationText(null), durationText(45), durationText(600), durationText(61)]).toEqual([
      '',
      '45 giây',
      '10 phút',
      '1 phút 01 giây',
    ]);
  });
});
