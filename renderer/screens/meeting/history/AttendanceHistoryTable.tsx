import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttendanceEvent } from '../../../../shared/api/schemas';
import { AttendanceBadge } from '../../../components/StatusBadges';
import { formatDateTime } from '../../../format/vietnameseDate';
import { attendanceDetail } from '../attendanceDetail';

/** Attendance changes, newest first, with the local time each one was recorded. */
export function AttendanceHistoryTable({
  events,
  showName,
}: {
  events: AttendanceEvent[];
  showName: boolean;
}) {
  const { t } = useTranslation();
  if (events.length === 0) return <Text c="dimmed">{t('history.empty')}</Text>;
  return (
    <Table verticalSpacing="xs" striped data-testid="attendance-history">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('history.columns.recordedAt')}</Table.Th>
          {showName && <Table.Th>{t('history.columns.name')}</Table.Th>}
          <Table.Th>{t('history.columns.status')}</Table.Th>
          <Table.Th>{t('history.columns.detail')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {events.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.recordedAt)}</Table.Td>
            {showName && <Table.Td>{e.fullName}</Table.Td>}
            <Table.Td>
              <AttendanceBadge status={e.status} />
            </Table.Td>
            <Table.Td>{attendanceDetail(e, t)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
