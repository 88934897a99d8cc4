import { Loader, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary, MeetingWhen } from '../../../shared/api/schemas';
import { localDate } from '../../../shared/time/localDate';
import { useApiQuery } from '../../api/useApiQuery';
import { QueryError } from '../../components/QueryError';
import { CloneMeetingModal } from './CloneMeetingModal';
import { MeetingRow } from './MeetingRow';

const REFRESH = { 'meetings.changed': true, 'attendance.changed': true } as const;

export function MeetingsTable({ when }: { when: MeetingWhen }) {
  const { t } = useTranslation();
  // The operator's local date decides what "today" is, not the core's clock or UTC.
  const { data, error, loading, reload } = useApiQuery(
    'meetings.list',
    { when, today: localDate(new Date()) },
    REFRESH,
  );
  const [cloning, setCloning] = useState<MeetingSummary | null>(null);

  if (error && !data) return <QueryError error={error} onRetry={reload} />;
  if (!data) return loading ? <Loader /> : null;
  if (data.length === 0) return <Text c="dimmed">{t('meetings.empty')}</Text>;

  return (
    <>
      <Table striped highlightOnHover verticalSpacing="sm" fz="md">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('meetings.columns.title')}</Table.Th>
            <Table.Th>{t('meetings.columns.date')}</Table.Th>
            <Table.Th>{t('meetings.columns.time')}</Table.Th>
            <Table.Th>{t('meetings.columns.status')}</Table.Th>
            <Table.Th>{t('meetings.columns.counts')}</Table.Th>
            <Table.Th>{t('meetings.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.map((m) => (
            <MeetingRow key={m.id} meeting={m} onChanged={reload} onClone={() => setCloning(m)} />
          ))}
        </Table.Tbody>
      </Table>
      <CloneMeetingModal meeting={cloning} onClose={() => setCloning(null)} />
    </>
  );
}
