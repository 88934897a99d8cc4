import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportAction, ImportPreviewRow } from '../../../shared/api/directorySchemas';
import { GroupSelect } from '../../components/GroupSelect';
import type { RowChoices } from './importRows';
import {
  chooseForDuplicates,
  chooseGroupForUngrouped,
  isDuplicate,
  isImportable,
} from './importRows';

interface BulkControlsProps {
  rows: ImportPreviewRow[];
  choices: RowChoices;
  setChoices: (update: (prev: RowChoices) => RowChoices) => void;
}

/** Decide all duplicates at once, and give everyone no rule placed one group. */
export function BulkControls({ rows, choices, setChoices }: BulkControlsProps) {
  const { t } = useTranslation();
  const duplicates = rows.filter(isDuplicate);
  const inDirectory = duplicates.some((r) => r.problems.includes('in_directory'));
  const ungrouped = rows.filter((r) => isImportable(r) && r.groupSource === 'none');
  const ungroupedIds = new Set(ungrouped.map((r) => choices.get(r.line)?.groupId ?? null));
  const commonGroup = ungroupedIds.size === 1 ? [...ungroupedIds][0]! : null;

  const allDuplicates = (action: ImportAction) =>
    setChoices((prev) => chooseForDuplicates(rows, prev, action));

  if (duplicates.length === 0 && ungrouped.length === 0) return null;
  return (
    <Group align="flex-end" gap="xl">
      {duplicates.length > 0 && (
        <Stack gap={4} role="group" aria-labelledby="import-bulk-duplicates">
          <Text size="sm" fw={500} id="import-bulk-duplicates">
            {t('import.bulk.duplicates', { count: duplicates.length })}
          </Text>
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => allDuplicates('skip')}>
              {t('import.bulk.skipAll')}
            </Button>
            {inDirectory && (
              <Button size="xs" variant="default" onClick={() => allDuplicates('update')}>
                {t('import.bulk.updateAll')}
              </Button>
            )}
            <Button size="xs" variant="default" onClick={() => allDuplicates('add')}>
              {t('import.bulk.addAll')}
            </Button>
          </Group>
        </Stack>
      )}
      {ungrouped.length > 0 && (
        <GroupSelect
          w={360}
          size="xs"
          label={t('import.bulk.ungrouped', { count: ungrouped.length })}
          description={t('import.bulk.ungroupedHelp')}
          // Options wrap rather than cut a long group name.
          comboboxProps={{ width: 'max-content', position: 'bottom-start' }}
          styles={{ dropdown: { minWidth: 360, maxWidth: 'min(640px, 90vw)' } }}
          value={commonGroup}
          onChange={(groupId) => setChoices((prev) => chooseGroupForUngrouped(rows, prev, groupId))}
        />
      )}
    </Group>
  );
}
