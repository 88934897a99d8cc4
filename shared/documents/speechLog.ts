import type { ReportSpeech } from '../report/content';
import { clockOf } from './attendance';
import type { MeetingFacts, PointProfile } from './frame';
import { documentFrame } from './frame';
import type { DocumentModel } from './model';
import { TITLES } from './wording';

/** "12 phút 05 giây": how long, as a document says it. */
export function durationText(seconds: number | null): string {
  if (seconds === null) return '';
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s} giây`;
  return s === 0 ? `${m} phút` : `${m} phút ${String(s).padStart(2, '0')} giây`;
}

/** The speech log: who spoke, from where, on what, when and how long, in the order heard. */
export function speechLogDocument(
  profile: PointProfile,
  meeting: MeetingFacts,
  speeches: readonly ReportSpeech[],
): DocumentModel {
  return {
    ...documentFrame('speeches', TITLES.speeches, profile, meeting),
    orientation: 'landscape',
    blocks: [
      {
        kind: 'table',
        columns: [
          { title: 'STT', width: 6, align: 'center' },
          { title: 'Người phát biểu', width: 18, align: 'left' },
          { title: 'Chức vụ', width: 20, align: 'left' },
          { title: 'Điểm cầu', width: 16, align: 'left' },
          { title: 'Nội dung', width: 22, align: 'left' },
          { title: 'Bắt đầu', width: 8, align: 'center' },
          { title: 'Thời lượng', width: 10, align: 'center' },
        ],
        rows: speeches.map((s, i) => ({
          kind: 'row' as const,
          cells: [
            String(i + 1),
            s.speaker,
            s.position,
            s.origin,
            [s.agendaItem, s.topic].filter(Boolean).join(': '),
            clockOf(s.startedAt),
            durationText(s.durationSeconds),
          ],
        })),
      },
      {
        kind: 'paragraph',
        runs: [
          {
            text: `Tổng số lượt phát biểu: ${speeches.length}; tổng thời gian: ${durationText(
              speeches.reduce((n, s) => n + (s.durationSeconds ?? 0), 0),
            )}.`,
            italic: true,
          },
        ],
      },
    ],
  };
}
