import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { Ref } from 'react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, Invitee } from '../../../../shared/api/schemas';
import { AttendanceBadge } from '../../../components/StatusBadges';
import { attendanceDetail } from '../attendanceDetail';
import { StatusButtons } from './StatusButtons';

// Rows off screen are neither laid out, painted nor hit-tested. With 500 rows of buttons, the
// browser hit-tested the whole list after every change under the pointer (4 ms per test here,
// several per frame); with this, 0.3 ms. `auto` keeps each row's last rendered height, so the
// scrollbar does not jump (121 px is a one-line row at 1366 px wide). See docs/PERFORMANCE.md.
const SKIP_OFFSCREEN = { contentVisibility: 'auto', containIntrinsicSize: 'auto 121px' } as const;
const HIGHLIGHT = {
  ...SKIP_OFFSCREEN,
  outline: '3px solid var(--mantine-color-blue-5)',
  outlineOffset: -1,
} as const;

interface CheckInRowProps {
  invitee: Invitee;
  highlighted: boolean;
  locked: boolean;
  onChoose: (invitee: Invitee, status: AttendanceStatus) => void;
  onHistory: (invitee: Invitee) => void;
  /** Lets the list scroll the highlighted row into view. */
  ref?: Ref<HTMLDivElement>;
}

/**
 * Memoised: a check-in replaces one invitee object in the store and keeps the others, so only
 * that row renders again, not all 500 (which took most of a second on a modest machine; see
 * docs/PERFORMANCE.md). Its callbacks must therefore be stable.
 */
export const CheckInRow = memo(function CheckInRow({
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
      style={highlighted ? HIGHLIGHT : SKIP_OFFSCREEN}
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
});
