import { Badge, Button, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiAction } from '../../api/useApiAction';
import { useApiQuery } from '../../api/useApiQuery';
import { formatClock } from '../../format/vietnameseDate';
import type { SyncHeadline } from './syncView';
import { HEADLINE_COLOR, syncHeadline } from './syncView';

function useHeadlineText() {
  const { t } = useTranslation();
  return (h: SyncHeadline): string => {
    switch (h.kind) {
      case 'notConfigured':
        return t('sync.state.notConfigured');
      case 'notEnrolled':
        return t('sync.state.notEnrolled');
      case 'unauthorized':
        return t('sync.state.unauthorized');
      case 'failed':
        return t('sync.failedCount', { count: h.count });
      case 'offline':
        return `${t('sync.state.offline')} · ${t('sync.pending', { count: h.pending })}`;
      case 'pending':
        return t('sync.pending', { count: h.pending });
      case 'sent':
        return h.at ? t('sync.sentAt', { time: formatClock(h.at) }) : t('sync.state.online');
    }
  };
}

/**
 * Always in the header: whether reports reach the center, as one badge that leads to the
 * Center screen, and "Đồng bộ ngay". It follows `sync.changed`, so a receipt arriving from the
 * drain worker shows without any polling.
 */
export function SyncStatusIndicator() {
  const { t } = useTranslation();
  const status = useApiQuery('sync.status', {}, { 'sync.changed': true, 'data.replaced': true });
  const syncNow = useApiAction();
  const text = useHeadlineText();
  if (!status.data) return null;
  const headline = syncHeadline(status.data);
  const canSync = status.data.configured && status.data.enrolled;
  const detail =
    status.data.center.error && headline.kind !== 'sent'
      ? t('sync.lastError', { error: status.data.center.error })
      : t('sync.goToCenter');
  return (
    <Group gap="xs" wrap="nowrap" data-testid="sync-status">
      <Tooltip label={detail} withinPortal>
        <Badge
          component={Link}
          to="/center"
          color={HEADLINE_COLOR[headline.kind]}
          variant="light"
          size="lg"
          style={{ cursor: 'pointer', textTransform: 'none' }}
          data-state={headline.kind}
        >
          {text(headline)}
        </Badge>
      </Tooltip>
      {canSync && (
        <Button
          size="compact-sm"
          variant="default"
          loading={syncNow.busy}
          onClick={() =>
            void syncNow
              .run('sync.now', {}, (r) =>
                r.stoppedBy && r.stoppedBy !== 'closed'
                  ? t(`sync.syncStopped.${r.stoppedBy}`)
                  : // Nothing left to send (the worker may have sent it a moment before).
                    r.sent + r.failed === 0
                    ? t('sync.syncNothing')
                    : t('sync.syncResult', { sent: r.sent, failed: r.failed }),
              )
              .then(() => status.reload())
          }
        >
          {t('sync.syncNow')}
        </Button>
      )}
    </Group>
  );
}
