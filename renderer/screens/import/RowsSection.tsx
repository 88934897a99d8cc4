import { Group, Pagination, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreviewRow } from '../../../shared/api/directorySchemas';
import type { ProtocolGroup } from '../../../shared/api/schemas';
import { BulkControls } from './BulkControls';
import type { RowChoice, RowChoices, RowIssue } from './importRows';
import { isDuplicate, isImportable } from './importRows';
import type { GroupOption } from './ImportRow';
import { ImportRow } from './ImportRow';

/** Rows drawn at once: a few thousand Selects would make every choice sluggish. */
const PAGE_SIZE = 200;

interface RowsSectionProps {
  rows: ImportPreviewRow[];
  choices: RowChoices;
  setChoices: (update: (prev: RowChoices) => RowChoices) => void;
  rowIssues: ReadonlyMap<number, RowIssue[]>;
  groups: ProtocolGroup[];
}

const needsLook = (row: ImportPreviewRow, issues: ReadonlyMap<number, RowIssue[]>) =>
  !isImportable(row) || isDuplicate(row) || issues.has(row.line);

/** The people read from the file, page by page, with the choices for each. */
export function RowsSection({ rows, choices, setChoices, rowIssues, groups }: RowsSectionProps) {
  const { t } = useTranslation();
  const [onlyAttention, setOnlyAttention] = useState(false);
  const [page, setPage] = useState(1);
  // After a failed commit, the rows to fix are what matters.
  const [issuesSeen, setIssuesSeen] = useState(rowIssues);
  if (issuesSeen !== rowIssues) {
    setIssuesSeen(rowIssues);
    if (rowIssues.size > 0) {
      setOnlyAttention(true);
      setPage(1);
    }
  }

  const groupOptions: GroupOption[] = useMemo(
    () => [
      { value: '', label: t('import.rows.noGroup') },
      ...groups.map((g) => ({ value: g.id, label: g.name })),
    ],
    [groups, t],
  );
  const attentionCount = useMemo(
    () => rows.filter((r) => needsLook(r, rowIssues)).length,
    [rows, rowIssues],
  );
  const shown = useMemo(
    () => (onlyAttention ? rows.filter((r) => needsLook(r, rowIssues)) : rows),
    [rows, rowIssues, onlyAttention],
  );
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const onChoose = useCallback(
    (line: number, patch: Partial<RowChoice>) =>
      setChoices((prev) => {
        const before = prev.get(line);
        if (!before) return prev;
        return new Map(prev).set(line, { ...before, ...patch });
      }),
    [setChoices],
  );

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('import.rows.title', { count: rows.length })}
        </Title>
        {rows.length === 0 ? (
          <Text c="dimmed">{t('import.rows.none')}</Text>
        ) : (
          <>
            <BulkControls rows={rows} choices={choices} setChoices={setChoices} />
            <Switch
              label={t('import.rows.onlyAttention', { count: attentionCount })}
              checked={onlyAttention}
              onChange={(e) => {
                setOnlyAttention(e.currentTarget.checked);
                setPage(1);
              }}
            />
            {shown.length === 0 ? (
              <Text c="dimmed">{t('import.rows.noneShown')}</Text>
            ) : (
              <Table fz="sm" verticalSpacing={6} striped data-testid="import-rows">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={56}>{t('import.rows.line')}</Table.Th>
                    <Table.Th>{t('import.rows.name')}</Table.Th>
                    <Table.Th>{t('import.rows.position')}</Table.Th>
                    <Table.Th>{t('import.rows.unit')}</Table.Th>
                    <Table.Th w={190}>{t('import.rows.group')}</Table.Th>
                    <Table.Th w={170}>{t('import.rows.problems')}</Table.Th>
                    <Table.Th w={120}>{t('import.rows.action')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE).map((row) => (
                    <ImportRow
                      key={row.line}
                      row={row}
                      choice={choices.get(row.line) ?? { groupId: row.groupId, action: 'add' }}
                      issues={rowIssues.get(row.line)}
                      groupOptions={groupOptions}
                      onChoose={onChoose}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {pages > 1 && (
              <Group justify="center">
                <Pagination
                  total={pages}
                  value={current}
                  onChange={setPage}
                  getControlProps={(control) =>
                    control === 'previous'
                      ? { 'aria-label': t('import.rows.previousPage') }
                      : control === 'next'
                        ? { 'aria-label': t('import.rows.nextPage') }
                        : {}
                  }
                />
              </Group>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
