import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceChange, Invitee } from '../../../../shared/api/schemas';
import type { FieldErrors } from '../../../errors/fieldErrors';
import { runAction } from '../../../api/runAction';
import { useMeetingStore } from '../../../stores/meetingStore';

const DIALOG_FIELDS = ['time', 'reason', 'substituteName', 'substitutePosition'];

/**
 * Records one attendance change: shows it on the row at once, confirms it in a notification,
 * then refetches the list so every tab agrees with the core.
 */
export function useMarkAttendance() {
  const { t } = useTranslation();
  const patchInvitee = useMeetingStore((s) => s.patchInvitee);
  const reloadInvitees = useMeetingStore((s) => s.reloadInvitees);

  return useCallback(
    async (
      invitee: Invitee,
      change: AttendanceChange,
      onFieldErrors?: (errors: FieldErrors) => void,
    ): Promise<boolean> => {
      const updated = await runAction('attendance.set', change, {
        success: (inv) =>
          t('checkin.marked', { name: inv.fullName, status: t(`attendanceStatus.${inv.status}`) }),
        fields: { claims: (key) => DIALOG_FIELDS.includes(key) },
        ...(onFieldErrors ? { onFieldErrors } : {}),
      });
      if (!updated) return false;
      patchInvitee(updated);
      void reloadInvitees();
      return true;
    },
    [t, patchInvitee, reloadInvitees],
  );
}
