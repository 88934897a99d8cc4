import type { SelectProps } from '@mantine/core';
import { Select } from '@mantine/core';

interface EnumSelectProps<K extends string> extends Omit<
  SelectProps,
  'data' | 'value' | 'onChange' | 'allowDeselect'
> {
  values: readonly K[];
  value: K;
  labelOf: (value: K) => string;
  onChange: (value: K) => void;
}

/** One of a fixed list of kinds (a note's, an incident's), always one chosen. */
export function EnumSelect<K extends string>({
  values,
  value,
  labelOf,
  onChange,
  ...props
}: EnumSelectProps<K>) {
  return (
    <Select
      {...props}
      allowDeselect={false}
      value={value}
      data={values.map((v) => ({ value: v, label: labelOf(v) }))}
      onChange={(picked) => {
        const chosen = values.find((v) => v === picked);
        if (chosen) onChange(chosen);
      }}
    />
  );
}
