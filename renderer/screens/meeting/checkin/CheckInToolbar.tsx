import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Invitee } from '../../../../shared/api/schemas';
import { ATTENDING_STATUSES } from '../../../../shared/attendance/headcount';
import { runAction } from '../../../api/runAction';
import { openConfirm } from '../../../components/openConfirm';

interface CheckInToolbarProps {
  meetingId: string;
  invitees: Invitee[];
  locked: boolean;
  onWalkIn: () => void;
}

/** The two list-wide actions of check-in, beside the search box. */
export function CheckInToolbar({ meetingId, invitees, locked, onWalkIn }: CheckInToolbarProps) {
  const { t } = useTranslation();
  const pending = invitees.filter((i) => i.status === 'pending').length;

  const confirmMarkRest = () =>
    openConfirm({
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
    <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
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
  );
}

/** Progress at a glance: how many are recorded, how many are in the room. */
export function CheckInProgress({ invitees }: { invitees: Invitee[] }) {
  const { t } = useTranslation();
  const pending = invitees.filter((i) => i.status === 'pending').length;
  const attending = invitees.filter((i) => ATTENDING_STATUSES.has(i.status)).length;
  return (
    <Text fw={700} lh={1.3} maw="14rem" data-testid="checkin-progress">
      {t('checkin.progress', {
        done: invitees.length - pending,
        total: invitees.length,
        attending,
      })}
    </Text>
  );
}
