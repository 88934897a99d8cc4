import type { TFunction } from 'i18next';
import type { AttendanceStatus } from '../../../shared/api/schemas';
import { formatClock } from '../../format/vietnameseDate';

interface AttendanceFacts {
  status: AttendanceStatus;
  eventTime: string | null;
  reason: string;
  substituteName: string;
  substitutePosition: string;
}

/** The extra fact a status carries: arrival or departure time, reason, or who came instead. */
export function attendanceDetail(a: AttendanceFacts, t: TFunction): string {
  switch (a.status) {
    case 'late':
    case 'left_early':
      return a.eventTime ? t(`checkin.detail.${a.status}`, { time: formatClock(a.eventTime) }) : '';
    case 'absent_excused':
      return t('checkin.detail.absent_excused', { reason: a.reason });
    case 'substituted':
      return t('checkin.detail.substituted', {
        name: a.substituteName,
        position: a.substitutePosition,
      });
    default:
      return '';
  }
}
