import { List, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { BackupInfo } from '../../../shared/api/backupSchemas';
import { openConfirm } from '../../components/openConfirm';
import { formatDateTime } from '../../format/vietnameseDate';

/**
 * Asks before a restore, saying exactly what will happen: the current data are copied first (so
 * the restore can be undone from the same list), the app then shows the data of that moment,
 * and whatever was entered since survives only in that safety copy.
 */
export function confirmRestore(backup: BackupInfo, t: TFunction, onConfirm: () => void): void {
  const time = formatDateTime(backup.takenAt);
  openConfirm({
    title: t('backups.confirm.title', { time }),
    size: 'lg',
    children: (
      <Stack gap="xs">
        <Text>{t('backups.confirm.intro')}</Text>
        <List type="ordered" spacing="xs">
          <List.Item>{t('backups.confirm.safetyFirst')}</List.Item>
          <List.Item>{t('backups.confirm.showAsOf', { time })}</List.Item>
          <List.Item>{t('backups.confirm.laterEntries')}</List.Item>
          <List.Item>{t('backups.confirm.reload')}</List.Item>
        </List>
      </Stack>
    ),
    labels: { confirm: t('backups.confirm.action'), cancel: t('common.cancel') },
    confirmProps: { color: 'orange' },
    onConfirm,
  });
}
