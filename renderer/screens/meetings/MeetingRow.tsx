import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingSummary } from '../../../shared/api/schemas';
import { runAction } from '../../api/runAction';
import { MeetingStatusBadge } from '../../components/StatusBadges';
import { useWideLayout } from '../../components/useWideLayout';
import { useLongDate } from '../../format/useDateFormat';
import { meetingTimeRange } from './meetingTime';

interface MeetingRowProps {
  meeting: MeetingSummary;
  onChanged: () => void;
  onClone: () => void;
}

export function MeetingRow({ meeting: m, onChanged, onClone }: MeetingRowProps) {
  const { t } = useTranslation();
  const longDate = useLongDate();
  const wide = useWideLayout();
  const label = (action: string) => t('common.actionFor', { action, name: m.title });
  const archived = m.archivedAt !== null;

  const toggleArchive = async () => {
    const done = archived
      ? await runAction('meetings.unarchive', { id: m.id }, { success: t('meetings.unarchived') })
      : await runAction('meetings.archive', { id: m.id }, { success: t('meetings.archived') });
    if (done) onChanged();
  };

  return (
    <Table.Tr data-testid={`meeting-row-${m.id}`}>
      <Table.Td>
        <Anchor component={Link} to={`/meetings/${m.id}`} fw={600}>
          {m.title}
        </Anchor>
        {m.centerHost && (
          <Text size="sm" c="dimmed">
            {m.centerHost}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{longDate(m.date)}</Table.Td>
      <Table.Td>{meetingTimeRange(m, t)}</Table.Td>
      <Table.Td>
        <MeetingStatusBadge status={m.status} />
      </Table.Td>
      <Table.Td>
        {t('meetings.counts', { invited: m.invitedCount, attending: m.attendingCount })}
      </Table.Td>
      <Table.Td>
        {/* Narrow (200% zoom), the actions stack rather than squeeze the title to a word a line. */}
        <Group gap="xs" wrap={wide ? 'nowrap' : 'wrap'}>
          <Button
            size="xs"
            component={Link}
            to={`/meetings/${m.id}`}
            aria-label={label(t('meetings.open'))}
          >
            {t('meetings.open')}
          </Button>
          <Button
            size="xs"
            variant="default"
            component={Link}
            to={`/meetings/${m.id}/edit`}
            aria-label={label(t('meetings.edit'))}
            disabled={m.status === 'finalized'}
          >
            {t('meetings.edit')}
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={onClone}
            aria-label={label(t('meetings.clone'))}
          >
            {t('meetings.clone')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            onClick={() => void toggleArchive()}
            aria-label={label(t(archived ? 'meetings.unarchive' : 'meetings.archive'))}
          >
            {t(archived ? 'meetings.unarchive' : 'meetings.archive')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
