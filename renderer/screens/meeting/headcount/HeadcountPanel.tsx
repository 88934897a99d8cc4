import { ATTENDANCE_STATUSES } from '../../../../shared/api/schemas';
import { Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, HeadcountRow } from '../../../../shared/api/schemas';
import { computeHeadcount } from '../../../../shared/attendance/headcount';
import { useMeetingContext } from '../meetingContext';

type Column = 'invited' | 'attending' | AttendanceStatus;

/** Columns in reading order: the two totals, then each status, undecided last. */
export const HEADCOUNT_COLUMNS: readonly Column[] = [
  'invited',
  'attending',
  // The statuses in the order they are reported, undecided ('pending', first in the list) last.
  ...ATTENDANCE_STATUSES.filter((s) => s !== 'pending'),
  'pending',
];

function cell(row: HeadcountRow, column: Column): number {
  if (column === 'invited') return row.invited;
  if (column === 'attending') return row.attending;
  return row.byStatus[column] ?? 0;
}

/**
 * Overall and per-group counts, and the sentence that goes into the report. Counted here from
 * the meeting store's invitee list with the same shared rule the core's `attendance.headcount`
 * uses (over the same rows), so the figures follow every check-in at once without a fetch of
 * their own.
 */
export function HeadcountPanel() {
  const { t } = useTranslation();
  const { invitees } = useMeetingContext();
  const data = useMemo(() => computeHeadcount(invitees), [invitees]);

  const header = (column: Column) =>
    column === 'invited' || column === 'attending'
      ? t(`headcount.${column}`)
      : t(`attendanceStatus.${column}`);

  return (
    <Stack gap="md">
      <Title order={3}>{t('headcount.title')}</Title>
      <Text size="xl" fw={700} data-testid="headcount-sentence">
        {t('headcount.sentence', { count: data.total.attending })}
      </Text>
      <Table withTableBorder withColumnBorders verticalSpacing="sm" fz="md">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('headcount.group')}</Table.Th>
            {HEADCOUNT_COLUMNS.map((c) => (
              <Table.Th key={c} ta="right">
                {header(c)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.byGroup.map((row) => {
            const key = row.groupId ?? 'none';
            return (
              <Table.Tr key={key} data-testid={`headcount-group-${key}`}>
                <Table.Td>{row.groupName ?? t('headcount.ungrouped')}</Table.Td>
                {HEADCOUNT_COLUMNS.map((c) => (
                  <Table.Td key={c} ta="right" data-testid={`headcount-group-${key}-${c}`}>
                    {cell(row, c)}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700} data-testid="headcount-total">
            <Table.Th>{t('headcount.total')}</Table.Th>
            {HEADCOUNT_COLUMNS.map((c) => (
              <Table.Td key={c} ta="right" data-testid={`headcount-total-${c}`}>
                {cell(data.total, c)}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Stack>
  );
}
