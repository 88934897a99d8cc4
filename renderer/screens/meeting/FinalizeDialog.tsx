import { Alert, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface FinalizeDialogProps {
  opened: boolean;
  /** Invitees still "Chưa điểm danh": they would stay so for good. */
  pending: number;
  onCancel: () => void;
  onConfirm: () => void;
}

/**
 * Finalizing freezes the meeting's record forever, so it takes more than one click: the
 * dialog says it cannot be undone, who would stay unchecked, and the button only works after
 * the operator ticks that they understand. "Hủy" has the focus, so Enter cancels.
 */
export function FinalizeDialog({ opened, pending, onCancel, onConfirm }: FinalizeDialogProps) {
  const { t } = useTranslation();
  const [understood, setUnderstood] = useState(false);
  const close = () => {
    setUnderstood(false);
    onCancel();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('meeting.finalizeTitle')} size="lg">
      <Stack gap="sm">
        <Alert color="red" variant="light" data-testid="finalize-irreversible">
          <Text fw={700}>{t('meeting.finalizeIrreversible')}</Text>
        </Alert>
        {pending > 0 && (
          <Text fw={600} c="red" data-testid="finalize-pending">
            {t('meeting.finalizePending', { count: pending })}
          </Text>
        )}
        <Text>{t('meeting.finalizeBody')}</Text>
        <Checkbox
          label={t('meeting.finalizeAcknowledge')}
          checked={understood}
          onChange={(e) => setUnderstood(e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            disabled={!understood}
            onClick={() => {
              setUnderstood(false);
              onConfirm();
            }}
          >
            {t('meeting.statusAction.finalize')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
