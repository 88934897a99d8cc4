import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutboxEntry } from '../../../shared/api/syncSchemas';
import { formatDateTime } from '../../format/vietnameseDate';
import { shortHash } from './syncView';

const STATE_COLOR: Record<OutboxEntry['state'], string> = {
  pending: 'blue',
  sent: 'green',
  failed: 'red',
  dismissed: 'gray',
};

/** "Biên nhận: Trung ương đã lưu lúc … (lưu mới); mã băm 3fa9…" */
export function ReceiptLine({ entry }: { entry: OutboxEntry }) {
  const { t } = useTranslation();
  if (!entry.receipt) return null;
  return (
    <Text size="sm" data-testid="sync-receipt">
      {t('sync.receipt', {
        time: formatDateTime(entry.receipt.storedAt),
        outcome: t(`sync.outcome.${entry.receipt.outcome}`),
        hash: shortHash(entry.receipt.sha256),
      })}
      {entry.deliveredBy === 'receipts_file' ? ` · ${t('sync.byFile')}` : ''}
    </Text>
  );
}

/** One outbox row: its state, why it failed, what the center answered. */
export function OutboxLine({
  entry,
  withTitle = true,
  actions,
}: {
  entry: OutboxEntry;
  withTitle?: boolean;
  actions?: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} data-testid="sync-entry" data-state={entry.state}>
      <Group gap="xs" wrap="wrap">
        <Badge color={STATE_COLOR[entry.state]} variant="light" style={{ textTransform: 'none' }}>
          {t(`sync.entry.${entry.state}`)}
        </Badge>
        <Text fw={600} size="sm">
          {withTitle
            ? t('sync.revisionOf', { title: entry.meetingTitle, revision: entry.revision })
            : t('sync.revision', { revision: entry.revision })}
        </Text>
        {entry.state === 'pending' && entry.attempts > 0 && (
          <Text size="sm" c="dimmed">
            {t('sync.attempts', { count: entry.attempts })} ·{' '}
            {t('sync.nextTry', { time: formatDateTime(entry.nextAttemptAt) })}
          </Text>
        )}
        {actions}
      </Group>
      {entry.lastError && entry.state !== 'sent' && (
        <Text size="sm" c={entry.state === 'failed' ? 'red.8' : 'dimmed'}>
          {t('sync.reason', { reason: entry.lastError })}
        </Text>
      )}
      <ReceiptLine entry={entry} />
    </Stack>
  );
}

export function RetryDismiss({
  entry,
  onRetry,
  onDismiss,
  busy,
}: {
  entry: OutboxEntry;
  onRetry: () => void;
  onDismiss: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const name = t('sync.revisionOf', { title: entry.meetingTitle, revision: entry.revision });
  return (
    <Group gap="xs">
      <Button
        size="compact-sm"
        onClick={onRetry}
        disabled={busy}
        aria-label={`${t('sync.retry')} – ${name}`}
      >
        {t('sync.retry')}
      </Button>
      <Button
        size="compact-sm"
        variant="default"
        onClick={onDismiss}
        disabled={busy}
        aria-label={`${t('sync.dismiss')} – ${name}`}
      >
        {t('sync.dismiss')}
      </Button>
    </Group>
  );
}
