import { Loader } from '@mantine/core';
import { useApiQuery } from '../../../api/useApiQuery';
import { QueryError } from '../../../components/QueryError';
import { useMeetingContext } from '../meetingContext';
import { AttendanceHistoryTable } from './AttendanceHistoryTable';

/** Every attendance change of the meeting: the audit trail behind the headcount. */
export function MeetingHistoryPanel() {
  const { meeting } = useMeetingContext();
  const { data, error, reload } = useApiQuery(
    'attendance.history',
    { meetingId: meeting.id },
    { 'attendance.changed': (p) => p.meetingId === meeting.id },
  );
  if (error && !data) return <QueryError error={error} onRetry={reload} />;
  if (!data) return <Loader />;
  return <AttendanceHistoryTable events={data} showName />;
}
