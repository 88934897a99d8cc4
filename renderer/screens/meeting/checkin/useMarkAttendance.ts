import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceChange, Invitee } from '../../../../shared/api/schemas';
import type { FieldErrors } from '../../../errors/fieldErrors';
import { runAction } from '../../../api/runAction';
import { useMeetingStore } from '../../../stores/meetingStore';
import { needsDetails } from './detailStatus';

const DETAIL_FIELDS = ['time', 'reason', 'substituteName', 'substitutePosition'];

// Invitees with a save on its way. Module-wide because the panel and the inline form each use the
// hook: a double click or Enter pressed twice must not write (and log in the history) twice.
const inFlight = new Set<string>();

/**
 * Records one attendance change: confirms it in a notification and shows the core's answer on
 * the row at once, in every tab (the meeting store applies it, and does not fetch the list again
 * for this change). Resolves to true when the invitee now has the requested status (saved, or
 * already so), false when nothing was saved.
 */
export function useMarkAttendance() {
  const { t } = useTranslation();
  const saveInvitee = useMeetingStore((s) => s.saveInvitee);

  return useCallback(
    async (
      invitee: Invitee,
      change: AttendanceChange,
      onFieldErrors?: (errors: FieldErrors) => void,
    ): Promise<boolean> => {
      // Same status without details to edit: a write would only add a history entry.
      if (change.status === invitee.status && !needsDetails(change.status)) return true;
      if (inFlight.has(invitee.id)) return false;
      inFlight.add(invitee.id);
      try {
        const updated = await saveInvitee(() =>
          runAction('attendance.set', change, {
            success: (inv) =>
              t('checkin.marked', {
                name: inv.fullName,
                status: t(`attendanceStatus.${inv.status}`),
              }),
            fields: { claims: (key) => DETAIL_FIELDS.includes(key) },
            ...(onFieldErrors ? { onFieldErrors } : {}),
          }),
        );
        return updated !== undefined;
      } finally {
        inFlight.delete(invitee.id);
      }
    },
    [t, saveInvitee],
  );
}
