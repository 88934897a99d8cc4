import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/api/backupSchemas';
import { formatDateTime } from '../../format/vietnameseDate';
import { formatBytes, reasonKey, restoreBlock } from './backupFormat';

interface BackupRowProps {
  backup: BackupInfo;
  /** The running app's schema version: a copy from a newer one cannot be restored. */
  appSchemaVersion: number | null;
  /** Just made here (a "Back up now" or the safety copy of a restore). */
  fresh: boolean;
  restoring: boolean;
  /** Another backup or restore is running: the core does one at a time. */
  disabled: boolean;
  onRestore: () => void;
}

export function BackupRow({
  backup: b,
  appSchemaVersion,
  fresh,
  restoring,
  disabled,
  onRestore,
}: BackupRowProps) {
  const { t, i18n } = useTranslation();
  const time = formatDateTime(b.takenAt);
  const block = restoreBlock(b, appSchemaVersion);
  const warningId = `backup-warning-${b.name}`;

  return (
    <Table.Tr
      data-testid={`backup-row-${b.name}`}
      bg={fresh ? 'var(--mantine-color-green-light)' : undefined}
    >
      <Table.Td>
        {/* The badge goes under the time: beside it, it would spill into the next column. */}
        <Stack gap={4} align="flex-start">
          <Text fw={600} style={{ whiteSpace: 'nowrap' }} data-testid="backup-time">
            {time}
          </Text>
          {fresh && (
            <Badge color="green" variant="filled" tt="none">
              {t('backups.fresh')}
            </Badge>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>{t(reasonKey(b.reason))}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatBytes(b.bytes, i18n.language)}</Table.Td>
      <Table.Td>{b.schemaVersion}</Table.Td>
      <Table.Td maw={360}>
        {block === null && (
          <Badge color="green" variant="light" size="lg" tt="none">
            {t('backups.integrityOk')}
          </Badge>
        )}
        {block !== null && (
          <Stack gap={4}>
            <Badge
              color={block === 'damaged' ? 'red' : 'orange'}
              variant="filled"
              size="lg"
              tt="none"
            >
              {t(block === 'damaged' ? 'backups.damaged' : 'backups.newer')}
            </Badge>
            {/* SQLite's own words can be long; the full text stays in the tooltip. */}
            <Text
              id={warningId}
              size="sm"
              c={block === 'damaged' ? 'red.8' : 'orange.9'}
              lineClamp={3}
              title={block === 'damaged' ? b.integrity : undefined}
            >
              {block === 'damaged'
                ? t('backups.damagedHelp', { problem: b.integrity })
                : t('backups.newerHelp', { version: b.schemaVersion })}
            </Text>
          </Stack>
        )}
      </Table.Td>
      <Table.Td>
        <Button
          size="xs"
          variant="light"
          color="orange"
          onClick={onRestore}
          loading={restoring}
          disabled={disabled || block !== null}
          aria-label={t('common.actionFor', { action: t('backups.restore'), name: time })}
          aria-describedby={block !== null ? warningId : undefined}
        >
          {t('backups.restore')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
