import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ClockInput } from '../../../components/ClockInput';
import { DateField } from '../../../components/DateField';
import { useReportStore } from '../../../stores/reportStore';
import type { Path } from './reportEdits';
import { getAt, moveItem, removeItem } from './reportEdits';

/**
 * Fields bound to the report being edited by their path in the content: each reads its value
 * from the store, writes through `change`, and shows the message the check left under that
 * same path. A read-only report is never drawn with these (the preview shows it).
 */
function useField<T>(path: Path): [T, (value: unknown) => void, string | undefined] {
  const key = path.join('.');
  const value = useReportStore((s) => getAt(s.edit?.content, path)) as T;
  const error = useReportStore((s) => s.fieldErrors[key]);
  const change = useReportStore((s) => s.change);
  return [value, (next) => change(path, next), error];
}

interface FieldProps {
  path: Path;
  label: string;
}

export function TextField({ path, label, multiline }: FieldProps & { multiline?: boolean }) {
  const [value, set, error] = useField<string>(path);
  const { t } = useTranslation();
  if (multiline) {
    return (
      <Textarea
        label={label}
        description={t('report.markdownHint')}
        autosize
        minRows={2}
        maxRows={12}
        value={value ?? ''}
        error={error}
        onChange={(e) => set(e.currentTarget.value)}
      />
    );
  }
  return (
    <TextInput
      label={label}
      value={value ?? ''}
      error={error}
      onChange={(e) => set(e.currentTarget.value)}
    />
  );
}

/** A count: an empty field is 0, as the figures are printed. */
export function CountField({ path, label }: FieldProps) {
  const [value, set, error] = useField<number>(path);
  return (
    <NumberInput
      label={label}
      value={value ?? 0}
      min={0}
      allowDecimal={false}
      allowNegative={false}
      error={error}
      onChange={(v) => set(typeof v === 'number' ? v : 0)}
    />
  );
}

/** A time of day; an optional one ("giờ kết thúc") is null when emptied. */
export function ClockField({ path, label, optional }: FieldProps & { optional?: boolean }) {
  const [value, set, error] = useField<string | null>(path);
  return (
    <ClockInput
      label={label}
      value={value ?? ''}
      error={error}
      onChange={(v) => set(optional && v.trim() === '' ? null : v)}
    />
  );
}

export function DateInputField({ path, label, optional }: FieldProps & { optional?: boolean }) {
  const [value, set, error] = useField<string | null>(path);
  return (
    <DateField
      label={label}
      value={value ?? ''}
      error={error}
      clearable={optional}
      onChange={(v) => set(optional && v === '' ? null : v)}
    />
  );
}

interface ListFieldProps<T> {
  path: Path;
  /** Shown above the rows when the list is one of several in a section. */
  title?: string;
  /** The list's name, also what the row controls are named after ("Kết luận 2"). */
  itemLabel: string;
  addLabel?: string;
  newRow?: () => T;
  children: (rowPath: Path, index: number) => ReactNode;
}

/**
 * A list the operator edits row by row: each row's fields, and buttons to move it up or down
 * and remove it; a button under the list adds a row. Moves are buttons, not drag and drop, so
 * they work from the keyboard and the order is plain to see.
 */
export function ListField<T>({
  path,
  title,
  itemLabel,
  addLabel,
  newRow,
  children,
}: ListFieldProps<T>) {
  const { t } = useTranslation();
  const [list, set, error] = useField<T[]>(path);
  const clearErrors = () => useReportStore.setState({ fieldErrors: {} });
  const rows = list ?? [];
  // Row messages are keyed by index: once rows move, they would point at the wrong row.
  const restructure = (next: T[]) => {
    clearErrors();
    set(next);
  };
  return (
    <Stack gap="xs">
      {title && (
        <Text size="sm" fw={600}>
          {title}
        </Text>
      )}
      {error && (
        <Text c="red" size="sm">
          {error}
        </Text>
      )}
      {rows.map((_, i) => {
        const name = `${itemLabel} ${i + 1}`;
        return (
          <Paper key={i} withBorder p="xs" role="group" aria-label={name}>
            <Group align="flex-start" wrap="nowrap" gap="xs">
              <Text fw={600} size="sm" w={24} pt={6}>
                {i + 1}.
              </Text>
              <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
                {children([...path, i], i)}
              </Stack>
              <Stack gap={4}>
                <ActionIcon
                  variant="subtle"
                  aria-label={t('report.moveUp', { name })}
                  disabled={i === 0}
                  onClick={() => restructure(moveItem(rows, i, -1))}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  aria-label={t('report.moveDown', { name })}
                  disabled={i === rows.length - 1}
                  onClick={() => restructure(moveItem(rows, i, 1))}
                >
                  ↓
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('report.remove', { name })}
                  onClick={() => restructure(removeItem(rows, i))}
                >
                  ×
                </ActionIcon>
              </Stack>
            </Group>
          </Paper>
        );
      })}
      {newRow && addLabel && (
        <Group>
          <Button variant="light" size="xs" onClick={() => restructure([...rows, newRow()])}>
            {addLabel}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
