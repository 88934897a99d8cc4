import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, Invitee } from '../../../../shared/api/schemas';
import { AttendanceBadge } from '../../../components/StatusBadges';
import { attendanceDetail } from '../attendanceDetail';
import { StatusButtons } from './StatusButtons';

interface CheckInRowProps {
  invitee: Invitee;
  highlighted: boolean;
  locked: boolean;
  onChoose: (invitee: Invitee, status: AttendanceStatus) => void;
  onHistory: (invitee: Invitee) => void;
  /** Lets the list scroll the highlighted row into view. */
  ref?: Ref<HTMLDivElement>;
}

export function CheckInRow({
  invitee,
  highlighted,
  locked,
  onChoose,
  onHistory,
  ref,
}: CheckInRowProps) {
  const { t } = useTranslation();
  const detail = attendanceDetail(invitee, t);
  return (
    <Paper
      ref={ref}
      withBorder
      p="sm"
      data-testid={`checkin-row-${invitee.id}`}
      data-status={invitee.status}
      data-highlighted={highlighted || undefined}
      aria-current={highlighted || undefined}
      style={
        highlighted
          ? { outline: '3px solid var(--mantine-color-blue-5)', outlineOffset: -1 }
          : undefined
      }
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div>
            <Group gap="xs">
              <Text fw={700} size="lg">
                {invitee.fullName}
              </Text>
              {invitee.walkIn && (
                <Badge size="sm" variant="outline" tt="none">
                  {t('invitees.walkInBadge')}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {[invitee.position, invitee.unit].filter(Boolean).join(' · ')}
            </Text>
          </div>
          <Stack gap={2} align="flex-end">
            <AttendanceBadge status={invitee.status} />
            {detail && <Text size="sm">{detail}</Text>}
          </Stack>
        </Group>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <StatusButtons
            invitee={invitee}
            disabled={locked}
            onChoose={(status) => onChoose(invitee, status)}
          />
          <Button
            size="sm"
            h={40}
            variant="default"
            onClick={() => onHistory(invitee)}
            aria-label={t('common.actionFor', {
              action: t('checkin.history'),
              name: invitee.fullName,
            })}
          >
            {t('checkin.history')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
