import { Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Meeting } from '../../../shared/api/schemas';
import { ScreenHeader } from '../../components/ScreenHeader';
import { MeetingStatusBadge } from '../../components/StatusBadges';
import { useLongDate } from '../../format/useDateFormat';
import { meetingTimeRange } from '../meetings/meetingTime';
import { MeetingStatusControl } from './MeetingStatusControl';

/** `actions` share the row of the status buttons (the note and incident buttons). */
export function MeetingHeader({ meeting: m, actions }: { meeting: Meeting; actions?: ReactNode }) {
  const { t } = useTranslation();
  const longDate = useLongDate();
  const chairs = m.centerChairs.map((c) => (c.position ? `${c.name} (${c.position})` : c.name));
  return (
    <Stack gap={4}>
      <ScreenHeader title={m.title}>
        <Button
          variant="default"
          component={Link}
          to={`/meetings/${m.id}/edit`}
          disabled={m.status === 'finalized'}
        >
          {t('meeting.edit')}
        </Button>
      </ScreenHeader>
      <Group gap="md">
        <Text fw={600} data-testid="meeting-date">
          {longDate(m.date)}
        </Text>
        <Text data-testid="meeting-time">{meetingTimeRange(m, t)}</Text>
        <MeetingStatusBadge status={m.status} />
      </Group>
      {(m.centerHost || chairs.length > 0) && (
        <Text size="sm">
          {t('meeting.centerHost', { host: [m.centerHost, ...chairs].filter(Boolean).join('; ') })}
        </Text>
      )}
      {m.localChairName && (
        <Text size="sm">{t('meeting.localChair', { name: m.localChairName })}</Text>
      )}
      <Group gap="md" mt="xs">
        <MeetingStatusControl meeting={m} />
        {actions}
      </Group>
    </Stack>
  );
}
