import type { OptionsFilter } from '@mantine/core';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import type { Person } from '../../shared/api/schemas';
import { useApiQuery } from '../api/useApiQuery';

/** A chosen directory entry: its id and the text shown for it. */
export interface PersonChoice {
  id: string;
  label: string;
}

export function personLabel(p: Pick<Person, 'fullName' | 'position'>): string {
  return p.position ? `${p.fullName} – ${p.position}` : p.fullName;
}

interface PersonSelectProps {
  label: string;
  placeholder?: string;
  nothingFound: string;
  value: PersonChoice | null;
  onChange: (choice: PersonChoice | null) => void;
  error?: string | undefined;
  disabled?: boolean;
}

// The core already matched the query accent-insensitively; filtering again would undo that.
const keepAll: OptionsFilter = ({ options }) => options;

/** Searchable pick from the directory; the search runs in the core (people.search). */
export function PersonSelect({ value, onChange, ...props }: PersonSelectProps) {
  const [search, setSearch] = useState(value?.label ?? '');
  // Showing the chosen label in the box must not search for that label.
  const query = value !== null && search === value.label ? '' : search;
  const [debounced] = useDebouncedValue(query, 200);
  const { data } = useApiQuery('people.search', { query: debounced, limit: 20 });

  const options = useMemo(() => {
    const found = (data?.items ?? []).map((p) => ({ value: p.id, label: personLabel(p) }));
    if (value === null) return found;
    return [{ value: value.id, label: value.label }, ...found.filter((o) => o.value !== value.id)];
  }, [data, value]);

  return (
    <Select
      label={props.label}
      placeholder={props.placeholder}
      nothingFoundMessage={props.nothingFound}
      error={props.error}
      disabled={props.disabled}
      searchable
      clearable
      filter={keepAll}
      data={options}
      searchValue={search}
      onSearchChange={setSearch}
      value={value?.id ?? null}
      onChange={(id, option) => onChange(id === null ? null : { id, label: option.label })}
    />
  );
}
