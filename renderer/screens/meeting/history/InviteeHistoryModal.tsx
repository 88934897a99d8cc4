import { Button, Group, Loader, Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Invitee } from '../../../../shared/api/schemas';
import { useApiQuery } from '../../../api/useApiQuery';
import { QueryError } from '../../../components/QueryError';
import { AttendanceHistoryTable } from './AttendanceHistoryTable';

/**
 * One invitee's attendance changes, opened from their check-in row. Nothing here is filled in, so
 * the focus starts on "Đóng": Enter or Esc takes the operator back to the list (the "×" in the
 * corner used to take the first focus, with no name to read).
 */
export function InviteeHistoryModal({
  invitee,
  onClose,
}: {
  invitee: Invitee | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={invitee !== null}
      onClose={onClose}
      size="lg"
      title={t('history.inviteeTitle', { name: invitee?.fullName ?? '' })}
    >
      {/* Keyed, so another person's history never shows while this one loads. */}
      {invitee && <InviteeHistory key={invitee.id} invitee={invitee} />}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('common.close')}
        </Button>
      </Group>
    </Modal>
  );
}

function InviteeHistory({ invitee }: { invitee: Invitee }) {
  const { data, error, reload } = useApiQuery(
    'attendance.history',
    { meetingId: invitee.meetingId, inviteeId: invitee.id },
    { 'attendance.changed': (p) => p.meetingId === invitee.meetingId },
  );
  if (error && !data) return <QueryError error={error} onRetry={reload} />;
  if (!data) return <Loader />;
  return <AttendanceHistoryTable events={data} showName={false} />;
}
