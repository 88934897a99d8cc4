import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/api/schemas';
import { runAction } from '../../api/runAction';
import { openConfirm } from '../../components/openConfirm';
import { useMeetingStore } from '../../stores/meetingStore';
import { FinalizeDialog } from './FinalizeDialog';
import type { StatusAction } from './statusActions';
import { statusActions } from './statusActions';

const LOOK: Record<StatusAction['move'], { variant: string; color?: string }> = {
  start: { variant: 'filled' },
  end: { variant: 'light' },
  reopen: { variant: 'default' },
  finalize: { variant: 'outline', color: 'red' },
};

/** The meeting's next status step(s): see statusActions.ts for which and why. */
export function MeetingStatusControl({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const saveMeeting = useMeetingStore((s) => s.saveMeeting);
  const invitees = useMeetingStore((s) => s.invitees);
  const [busy, setBusy] = useState(false);
  const [finalizing, setFinalizing] = useState(false);
  const actions = statusActions(meeting.status);
  if (actions.length === 0) return null;

  const change = async ({ to }: StatusAction) => {
    setBusy(true);
    try {
      await saveMeeting(() =>
        runAction(
          'meetings.setStatus',
          { id: meeting.id, status: to },
          { success: t('meeting.statusChanged', { status: t(`meetingStatus.${to}`) }) },
        ),
      );
    } finally {
      setBusy(false);
    }
  };

  // Ending is undone with "Mở lại", so a question is enough; the body says how to undo it.
  const confirmEnd = (action: StatusAction) =>
    openConfirm({
      title: t('meeting.endTitle'),
      children: <Text>{t('meeting.endBody')}</Text>,
      labels: { confirm: t('meeting.statusAction.end'), cancel: t('common.cancel') },
      onConfirm: () => void change(action),
    });

  const choose = (action: StatusAction) => {
    if (action.confirm === 'ask') confirmEnd(action);
    else if (action.confirm === 'irreversible') setFinalizing(true);
    else void change(action);
  };

  const pending = (invitees ?? []).filter((i) => i.status === 'pending').length;
  const finalize = actions.find((a) => a.move === 'finalize');

  return (
    <>
      <Group gap="xs" role="group" aria-label={t('meeting.status')}>
        {actions.map((action) => (
          <Button
            key={action.move}
            {...LOOK[action.move]}
            disabled={busy}
            onClick={() => choose(action)}
          >
            {t(`meeting.statusAction.${action.move}`)}
          </Button>
        ))}
      </Group>
      {finalize && (
        <FinalizeDialog
          opened={finalizing}
          pending={pending}
          onCancel={() => setFinalizing(false)}
          onConfirm={() => {
            setFinalizing(false);
            void change(finalize);
          }}
        />
      )}
    </>
  );
}
