import { Button, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import type { Meeting, MeetingStatus } from '../../../shared/api/schemas';
import { runAction } from '../../api/runAction';
import { useMeetingStore } from '../../stores/meetingStore';

/**
 * The moves offered from each status. The core enforces the same table
 * (electron/core/services/meetings.ts); this copy only decides which buttons to show.
 */
const NEXT: Record<MeetingStatus, MeetingStatus[]> = {
  planned: ['in_progress', 'ended', 'finalized'],
  in_progress: ['planned', 'ended', 'finalized'],
  ended: ['in_progress', 'finalized'],
  finalized: [],
};

export function MeetingStatusControl({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const saveMeeting = useMeetingStore((s) => s.saveMeeting);
  const invitees = useMeetingStore((s) => s.invitees);
  const next = NEXT[meeting.status];
  if (next.length === 0) return null;

  const change = async (status: MeetingStatus) => {
    await saveMeeting(() =>
      runAction(
        'meetings.setStatus',
        { id: meeting.id, status },
        { success: t('meeting.statusChanged', { status: t(`meetingStatus.${status}`) }) },
      ),
    );
  };

  // Finalizing cannot be undone, so it asks first, and says who would stay unchecked for good.
  const confirmFinalize = () => {
    const pending = (invitees ?? []).filter((i) => i.status === 'pending').length;
    modals.openConfirmModal({
      title: t('meeting.finalizeTitle'),
      children: (
        <Stack gap="sm">
          {pending > 0 && (
            <Text fw={600} c="red" data-testid="finalize-pending">
              {t('meeting.finalizePending', { count: pending })}
            </Text>
          )}
          <Text>{t('meeting.finalizeBody')}</Text>
        </Stack>
      ),
      labels: { confirm: t('meeting.statusAction.finalized'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => void change('finalized'),
    });
  };

  return (
    <Group gap="xs" mt="xs" role="group" aria-label={t('meeting.status')}>
      {next.map((status) => (
        <Button
          key={status}
          variant={status === 'finalized' ? 'outline' : 'light'}
          color={status === 'finalized' ? 'red' : undefined}
          onClick={() => (status === 'finalized' ? confirmFinalize() : void change(status))}
        >
          {t(`meeting.statusAction.${status}`)}
        </Button>
      ))}
    </Group>
  );
}
