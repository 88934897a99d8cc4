import type { TFunction } from 'i18next';

/** "08:00 – 11:30", or just the start when no end time was planned. */
export function meetingTimeRange(
  m: { startTime: string; endTime: string | null },
  t: TFunction,
): string {
  return m.endTime ? t('common.timeRange', { start: m.startTime, end: m.endTime }) : m.startTime;
}
