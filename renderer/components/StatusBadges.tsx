import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, MeetingStatus } from '../../shared/api/schemas';

export const ATTENDANCE_COLORS: Record<AttendanceStatus, string> = {
  pending: 'gray',
  present: 'green',
  late: 'yellow',
  absent_excused: 'blue',
  absent: 'red',
  substituted: 'grape',
  left_early: 'orange',
};

const MEETING_COLORS: Record<MeetingStatus, string> = {
  planned: 'blue',
  in_progress: 'green',
  ended: 'gray',
  finalized: 'dark',
};

export function AttendanceBadge({ status }: { status: AttendanceStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={ATTENDANCE_COLORS[status]} variant="light" size="lg" tt="none">
      {t(`attendanceStatus.${status}`)}
    </Badge>
  );
}

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={MEETING_COLORS[status]} variant="filled" tt="none">
      {t(`meetingStatus.${status}`)}
    </Badge>
  );
}
