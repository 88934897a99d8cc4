import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiAction } from '../../../api/useApiAction';
import { useApiQuery } from '../../../api/useApiQuery';
import { OutboxLine } from '../../sync/OutboxLines';

/**
 * "Gửi về Trung ương" for a finalized revision (shown only for one), then what became of it: waiting, sent with the
 * center's receipt, or why it failed. Follows `sync.changed`, so the receipt appears when the
 * drain worker gets it.
 */
export function SendToCenter({ meetingId, revision }: { meetingId: string; revision: number }) {
  const { t } = useTranslation();
  const outbox = useApiQuery(
    'sync.outbox',
    { meetingId },
    { 'sync.changed': true, 'data.replaced': true },
  );
  const send = useApiAction();
  const entry = outbox.data?.entries.find((e) => e.revision === revision) ?? null;
  return (
    <Stack gap="xs" data-testid="send-to-center">
      {entry ? (
        <OutboxLine entry={entry} withTitle={false} />
      ) : (
        <Group>
          <Button
            color="teal"
            loading={send.busy}
            onClick={() =>
              void send
                .run('sync.send', { meetingId, revision }, t('sync.queued'))
                .then(() => outbox.reload())
            }
          >
            {t('sync.send')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
