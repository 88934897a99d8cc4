import { ComboboxChevron } from '@mantine/core';
import classes from './GroupCellSelect.module.css';
import type { GroupOption } from './ImportRow';

interface GroupCellSelectProps {
  value: string;
  options: readonly GroupOption[];
  onChange: (value: string) => void;
  'aria-label': string;
}

/**
 * A row's group in the import preview, shown whole. A select box cuts its text to one line
 * ("Mặt trận Tổ quốc và c…"), and in a narrow column the operator could not tell which group a
 * row would go to; here the name wraps inside the box. See the stylesheet for how.
 */
export function GroupCellSelect({ value, options, onChange, ...aria }: GroupCellSelectProps) {
  const shown = options.find((o) => o.value === value)?.label ?? '';
  return (
    <div className={classes.root}>
      <span className={classes.shown} aria-hidden data-testid="import-group-shown">
        {shown}
      </span>
      <ComboboxChevron size="xs" className={classes.chevron} />
      <select
        className={classes.select}
        aria-label={aria['aria-label']}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
