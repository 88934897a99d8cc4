import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceChange, Invitee } from '../../../../shared/api/schemas';
import type { FieldErrors } from '../../../errors/fieldErrors';
import { runAction } from '../../../api/runAction';
import { useMeetingStore } from '../../../stores/meetingStore';
import { needsDialog } from './dialogStatus';

const DIALOG_FIELDS = ['time', 'reason', 'substituteName', 'substitutePosition'];

// Invitees with a save on its way. Module-wide because the panel and the dialog each use the
// hook: a double click or Enter pressed twice must not write (and log in the history) twice.
const inFlight = new Set<string>();

/**
 * Records one attendance change: shows it on the row at once, confirms it in a notification,
 * then refetches the list so every tab agrees with the core. Resolves to true when the invitee
 * now has the requested status (saved, or already so), false when nothing was saved.
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
      // Same status without details to edit: a write would only add a history entry.
      if (change.status === invitee.status && !needsDialog(change.status)) return true;
      if (inFlight.has(invitee.id)) return false;
      inFlight.add(invitee.id);
      try {
        const updated = await runAction('attendance.set', change, {
          success: (inv) =>
            t('checkin.marked', {
              name: inv.fullName,
              status: t(`attendanceStatus.${inv.status}`),
            }),
          fields: { claims: (key) => DIALOG_FIELDS.includes(key) },
          ...(onFieldErrors ? { onFieldErrors } : {}),
        });
        if (!updated) return false;
        patchInvitee(updated);
        void reloadInvitees();
        return true;
      } finally {
        inFlight.delete(invitee.id);
      }
    },
    [t, patchInvitee, reloadInvitees],
  );
}
