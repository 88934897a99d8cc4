import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, Invitee } from '../../../../shared/api/schemas';
import { ATTENDANCE_COLORS } from '../../../components/StatusBadges';

/** Order of the buttons: the common cases first, reset last. */
const BUTTON_ORDER: readonly AttendanceStatus[] = [
  'present',
  'late',
  'absent_excused',
  'absent',
  'substituted',
  'left_early',
  'pending',
];

interface StatusButtonsProps {
  invitee: Invitee;
  disabled: boolean;
  onChoose: (status: AttendanceStatus) => void;
}

/**
 * One large button per status. Each accessible name carries the status and the person
 * ("Có mặt – Nguyễn Văn A") so a screen reader, or a test, knows which row it acts on.
 */
export function StatusButtons({ invitee, disabled, onChoose }: StatusButtonsProps) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      {BUTTON_ORDER.map((status) => {
        const current = invitee.status === status;
        const statusLabel = t(`attendanceStatus.${status}`);
        const reset = status === 'pending';
        return (
          <Button
            key={status}
            size="sm"
            h={40}
            color={reset ? 'gray' : ATTENDANCE_COLORS[status]}
            variant={current ? 'filled' : reset ? 'subtle' : 'light'}
            aria-pressed={current}
            disabled={disabled}
            onClick={() => onChoose(status)}
            aria-label={
              reset
                ? t('checkin.resetLabel', { status: statusLabel, name: invitee.fullName })
                : t('common.actionFor', { action: statusLabel, name: invitee.fullName })
            }
          >
            {reset ? t('checkin.reset') : statusLabel}
          </Button>
        );
      })}
    </Group>
  );
}
