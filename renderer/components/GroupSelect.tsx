import type { SelectProps } from '@mantine/core';
import { Select } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useGroups } from '../stores/referenceStore';
import { foldedOptionsFilter } from './foldedOptionsFilter';

type InputEvent = Parameters<NonNullable<SelectProps['onInput']>>[0];

interface GroupSelectProps extends Omit<
  SelectProps,
  'data' | 'value' | 'onChange' | 'searchable' | 'filter'
> {
  value: string | null;
  onChange: (groupId: string | null) => void;
}

/**
 * Picks a protocol group by typing part of its name without accents ("mat tran"), like the
 * province and person pickers. It only ever takes the option the operator clicked or chose with
 * the arrow keys and Enter: leaving the field keeps the previous choice (Mantine's default, not
 * autoSelectOnBlur), and Enter on typed text that chose nothing does not submit the form with the
 * old group. Erasing the text is the one way to "no group" besides the clear button.
 */
export function GroupSelect({ value, onChange, onKeyDown, onInput, ...props }: GroupSelectProps) {
  const { t } = useTranslation();
  const groups = useGroups();
  const data = useMemo(() => groups.map((g) => ({ value: g.id, label: g.name })), [groups]);
  const chosenLabel = data.find((o) => o.value === value)?.label ?? '';

  const guardEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    // Mantine still picks a highlighted option after this; only the form submit is stopped.
    if (event.key === 'Enter' && event.currentTarget.value !== chosenLabel) event.preventDefault();
    onKeyDown?.(event);
  };
  const clearWhenErased = (event: InputEvent) => {
    if (event.currentTarget.value === '' && value !== null) onChange(null);
    onInput?.(event);
  };

  return (
    <Select
      placeholder={t('common.typeToSearch')}
      nothingFoundMessage={t('directory.groupNothingFound')}
      clearable
      {...props}
      searchable
      filter={foldedOptionsFilter}
      data={data}
      value={value}
      onChange={(id) => onChange(id)}
      onKeyDown={guardEnter}
      onInput={clearWhenErased}
    />
  );
}
