import { Alert, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping as Mapping, RosterRole } from '../../../shared/api/directorySchemas';
import { ROSTER_ROLES } from '../../../shared/api/directorySchemas';
import type { ReadingChange } from './readingOverrides';
import { roleAt, withRole } from './readingOverrides';

const NONE = 'none';
const isRole = (v: string | null): v is RosterRole =>
  (ROSTER_ROLES as readonly (string | null)[]).includes(v);

interface ColumnMappingProps {
  columns: string[];
  mapping: Mapping;
  onChange: (change: ReadingChange) => void;
  disabled: boolean;
}

/**
 * What each column of the file holds, one select per column. A mapping without a full-name
 * column cannot be read, so it is kept here (with a warning) until one is chosen.
 */
export function ColumnMapping({ columns, mapping, onChange, disabled }: ColumnMappingProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Mapping | null>(null);
  const shown = draft ?? mapping;
  const options = [
    { value: NONE, label: t('import.roles.none') },
    ...ROSTER_ROLES.map((role) => ({ value: role, label: t(`import.roles.${role}`) })),
  ];

  const choose = (column: number, value: string | null) => {
    const next = withRole(shown, column, isRole(value) ? value : null);
    if (next.fullName === undefined) {
      setDraft(next);
      return;
    }
    setDraft(null);
    onChange({ kind: 'mapping', mapping: next });
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('import.mapping.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('import.mapping.help')}
        </Text>
        <SimpleGrid cols={{ base: 2, md: 3, lg: 4 }} spacing="md" verticalSpacing="sm">
          {columns.map((header, column) => {
            const role = roleAt(shown, column);
            return (
              <Select
                key={column}
                label={
                  header
                    ? t('import.mapping.column', { index: column + 1, header })
                    : t('import.mapping.columnNoHeader', { index: column + 1 })
                }
                description={role === null && header ? t('import.mapping.unknown') : undefined}
                // The hint goes under the select, so the selects stay in line.
                inputWrapperOrder={['label', 'input', 'description']}
                data={options}
                value={role ?? NONE}
                allowDeselect={false}
                disabled={disabled}
                onChange={(v) => choose(column, v)}
              />
            );
          })}
        </SimpleGrid>
        {shown.fullName === undefined && (
          <Alert color="orange" role="alert">
            {t('import.mapping.needName')}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
