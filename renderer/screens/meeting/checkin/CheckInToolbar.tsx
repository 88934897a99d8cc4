import { Button, Group, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import type { Invitee } from '../../../../shared/api/schemas';
import { ATTENDING_STATUSES } from '../../../../shared/attendance/headcount';
import { runAction } from '../../../api/runAction';

interface CheckInToolbarProps {
  meetingId: string;
  invitees: Invitee[];
  locked: boolean;
  onWalkIn: () => void;
}

/** Progress at a glance, plus the two list-wide actions of check-in. */
export function CheckInToolbar({ meetingId, invitees, locked, onWalkIn }: CheckInToolbarProps) {
  const { t } = useTranslation();
  const pending = invitees.filter((i) => i.status === 'pending').length;
  const attending = invitees.filter((i) => ATTENDING_STATUSES.has(i.status)).length;

  const confirmMarkRest = () =>
    modals.openConfirmModal({
      title: t('checkin.markRestTitle'),
      children: <Text>{t('checkin.markRestBody', { count: pending })}</Text>,
      labels: { confirm: t('checkin.markRestAbsent'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      // The core's attendance.changed event brings the new list (the answer is only a count).
      onConfirm: () =>
        void runAction(
          'attendance.markRestAbsent',
          { meetingId },
          { success: (out) => t('checkin.markedRest', { count: out.count }) },
        ),
    });

  return (
    <Group justify="space-between">
      <Text fw={600} size="lg" data-testid="checkin-progress">
        {t('checkin.progress', {
          done: invitees.length - pending,
          total: invitees.length,
          attending,
        })}
      </Text>
      <Group gap="sm">
        <Button variant="light" onClick={onWalkIn} disabled={locked}>
          {t('invitees.addWalkIn')}
        </Button>
        <Button
          variant="outline"
          color="red"
          onClick={confirmMarkRest}
          disabled={locked || pending === 0}
        >
          {t('checkin.markRestAbsent')}
        </Button>
      </Group>
    </Group>
  );
}
