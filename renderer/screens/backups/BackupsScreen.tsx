import { Alert, Button, Loader, Paper, Stack, Table, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/api/backupSchemas';
import { useApiAction } from '../../api/useApiAction';
import { useApiQuery } from '../../api/useApiQuery';
import { QueryError } from '../../components/QueryError';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatDateTime } from '../../format/vietnameseDate';
import { useSessionStore } from '../../stores/sessionStore';
import { BackupRow } from './BackupRow';
import { ErrorLogPanel } from './ErrorLogPanel';
import { TransferPanel } from './TransferPanel';
import { formatBytes } from './backupFormat';
import { confirmRestore } from './confirmRestore';
import { dataReplaced } from './dataReplaced';

/**
 * `#/backups`: the copies of the database the core keeps, a copy on request, and a restore
 * that copies the current state first. A restore reloads the page (see replacementWatcher.ts);
 * what it did is told here after the reload, since the reply arrives just before it.
 */
export function BackupsScreen() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('backups.title'));
  const info = useSessionStore((s) => s.info);
  const list = useApiQuery('backups.list', {});
  const take = useApiAction();
  const restore = useApiAction();
  const [restoring, setRestoring] = useState<string | null>(null);
  const [restored, setRestored] = useState(() => dataReplaced.notice('restored'));
  // The copy to point out: the one just taken, or the safety copy of the restore just made.
  const [fresh, setFresh] = useState<string | null>(restored?.safetyCopy.name ?? null);

  const takeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => takeButton.current?.focus(), []);

  const takeNow = async () => {
    const copy = await take.run('backups.take', {}, (b) =>
      t('backups.taken', {
        time: formatDateTime(b.takenAt),
        size: formatBytes(b.bytes, i18n.language),
      }),
    );
    if (copy) setFresh(copy.name);
    list.reload();
  };

  const restoreCopy = async (backup: BackupInfo) => {
    setRestoring(backup.name);
    const outcome = await dataReplaced.restore(() =>
      restore.run('backups.restore', { name: backup.name }),
    );
    if (outcome) return; // the page is reloading; the screen stays busy until it goes
    setRestoring(null);
    // A refused copy (damaged, gone) may look different now; the list says what is left.
    list.reload();
  };

  const busy = take.busy || restoring !== null;

  return (
    <Stack gap="md">
      <ScreenHeader title={t('backups.title')}>
        <Button
          ref={takeButton}
          size="md"
          onClick={() => void takeNow()}
          loading={take.busy}
          disabled={busy}
        >
          {t('backups.takeNow')}
        </Button>
      </ScreenHeader>

      {restored && (
        <Alert
          color="green"
          title={t('backups.restoredTitle')}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => {
            dataReplaced.dismissNotice();
            setRestored(null);
          }}
          data-testid="backup-restored"
        >
          <Text>
            {t('backups.restoredBody', { time: formatDateTime(restored.restored.takenAt) })}
          </Text>
          <Text>
            {t('backups.safetyBody', {
              time: formatDateTime(restored.safetyCopy.takenAt),
              name: restored.safetyCopy.name,
            })}
          </Text>
        </Alert>
      )}

      <Text>{t('backups.intro')}</Text>
      {info && (
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t('backups.folder', { dir: info.dataDir })}
        </Text>
      )}

      {/* Said aloud as well as shown: the buttons' spinners alone tell a screen reader nothing. */}
      <Text role="status" aria-live="polite" fw={600} c="blue.8" mih={0}>
        {take.busy ? t('backups.taking') : restoring !== null ? t('backups.restoring') : ''}
      </Text>

      <Paper withBorder p="md">
        {list.error && !list.data && <QueryError error={list.error} onRetry={list.reload} />}
        {!list.data && list.loading && <Loader />}
        {list.data?.length === 0 && <Text c="dimmed">{t('backups.empty')}</Text>}
        {list.data && list.data.length > 0 && (
          <Table verticalSpacing="sm" fz="md" highlightOnHover data-testid="backups-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('backups.columns.takenAt')}</Table.Th>
                <Table.Th>{t('backups.columns.reason')}</Table.Th>
                <Table.Th>{t('backups.columns.size')}</Table.Th>
                <Table.Th>{t('backups.columns.schemaVersion')}</Table.Th>
                <Table.Th>{t('backups.columns.integrity')}</Table.Th>
                <Table.Th>{t('backups.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((b) => (
                <BackupRow
                  key={b.name}
                  backup={b}
                  appSchemaVersion={info?.schemaVersion ?? null}
                  fresh={b.name === fresh}
                  restoring={restoring === b.name}
                  disabled={busy}
                  onRestore={() => confirmRestore(b, t, () => void restoreCopy(b))}
                />
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>

      <TransferPanel />

      <ErrorLogPanel />
    </Stack>
  );
}
