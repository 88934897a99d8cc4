import { Badge, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportAction, ImportPreviewRow } from '../../../shared/api/directorySchemas';
import { ROSTER_ROLES } from '../../../shared/api/directorySchemas';
import { issueText } from '../../errors/translateError';
import { GroupCellSelect } from './GroupCellSelect';
import type { RowChoice, RowIssue } from './importRows';
import { actionsFor, isDuplicate, isImportable } from './importRows';

export interface GroupOption {
  value: string;
  label: string;
}

interface ImportRowProps {
  row: ImportPreviewRow;
  choice: RowChoice;
  issues: RowIssue[] | undefined;
  groupOptions: GroupOption[];
  onChoose: (line: number, patch: Partial<RowChoice>) => void;
}

/** Fields a commit issue can name: what the file gives, and what the operator chose. */
const FIELDS = new Set<string>([...ROSTER_ROLES, 'groupId', 'existingPersonId']);

// Long labels wrap instead of being cut off: "Trùng trong tệp (dòng 12)" must be read in full.
const WRAP = {
  root: { height: 'auto', paddingBlock: 2 },
  label: { whiteSpace: 'normal' as const },
};

function ProblemBadges({ row }: { row: ImportPreviewRow }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {row.problems.includes('missing_name') && (
        <Badge color="red" variant="light" tt="none" styles={WRAP}>
          {t('import.problems.missing_name')}
        </Badge>
      )}
      {row.problems.includes('too_long') && (
        <Badge color="red" variant="light" tt="none" styles={WRAP}>
          {t('import.problems.too_long')}
        </Badge>
      )}
      {row.problems.includes('duplicate_in_file') && (
        <Badge color="orange" variant="light" tt="none" styles={WRAP}>
          {t('import.problems.duplicate_in_file', { line: row.duplicateOfLine ?? '?' })}
        </Badge>
      )}
      {row.problems.includes('in_directory') && (
        <Badge color="blue" variant="light" tt="none" styles={WRAP}>
          {t('import.problems.in_directory')}
        </Badge>
      )}
    </Group>
  );
}

/** One row of the file: what was read, its group, its problems and what to do with it. */
export const ImportRow = memo(function ImportRow(props: ImportRowProps) {
  const { row, choice, issues, groupOptions, onChoose } = props;
  const { t } = useTranslation();
  const importable = isImportable(row);
  const name = row.fullName || t('import.rows.lineName', { line: row.line });
  const duplicate = isDuplicate(row);
  const actionLabel = (a: ImportAction) =>
    a === 'add' && !duplicate ? t('import.actions.addPlain') : t(`import.actions.${a}`);
  const fieldName = (f: string) => t(`import.fields.${FIELDS.has(f) ? (f as 'fullName') : 'row'}`);
  const existing = row.existing;

  return (
    <Table.Tr
      data-testid={`import-row-${row.line}`}
      data-action={importable ? choice.action : 'none'}
      c={importable ? undefined : 'dimmed'}
      bg={issues ? 'var(--mantine-color-red-0)' : undefined}
    >
      <Table.Td>{row.line}</Table.Td>
      <Table.Td>
        <Text fw={600} size="sm">
          {row.fullName}
        </Text>
        {/* Where each note will go: the meeting's list or the person's directory entry. */}
        {row.remark && (
          <Text size="xs" data-testid="import-row-remark">
            {t('import.rows.remark', { text: row.remark })}
          </Text>
        )}
        {row.note && (
          <Text size="xs" data-testid="import-row-note">
            {t('import.rows.note', { text: row.note })}
          </Text>
        )}
        {existing && (
          <Text size="xs" c="dimmed">
            {t('import.rows.existing', {
              details: [existing.position, existing.unit].filter(Boolean).join(' · '),
            })}
          </Text>
        )}
        {issues?.map((issue, i) => (
          <Text key={i} size="xs" c="red">
            {t('import.rowError', {
              field: fieldName(issue.field),
              message: issueText(issue.message),
            })}
          </Text>
        ))}
      </Table.Td>
      <Table.Td>{row.position}</Table.Td>
      <Table.Td>{row.unit}</Table.Td>
      <Table.Td>
        {importable && (
          <Stack gap={2}>
            <GroupCellSelect
              aria-label={t('import.rows.groupFor', { name })}
              options={groupOptions}
              value={choice.groupId ?? ''}
              onChange={(groupId) => onChoose(row.line, { groupId: groupId || null })}
            />
            {choice.groupId === row.groupId && (
              <Text size="xs" c="dimmed">
                {t(`import.source.${row.groupSource}`)}
              </Text>
            )}
          </Stack>
        )}
      </Table.Td>
      <Table.Td>
        <ProblemBadges row={row} />
        {!importable && (
          <Text size="xs" c="dimmed">
            {t('import.rows.notImported')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {/* Every row that can be imported can also be left out of this import. */}
        {importable && (
          <NativeSelect
            size="xs"
            aria-label={t(duplicate ? 'import.rows.duplicateFor' : 'import.rows.actionFor', {
              name,
            })}
            data={actionsFor(row).map((a) => ({ value: a, label: actionLabel(a) }))}
            value={choice.action}
            onChange={(e) => onChoose(row.line, { action: e.currentTarget.value as ImportAction })}
          />
        )}
      </Table.Td>
    </Table.Tr>
  );
});
