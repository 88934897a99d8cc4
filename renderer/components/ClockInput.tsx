import type { TextInputProps } from '@mantine/core';
import { TextInput } from '@mantine/core';
import { normalizeClock } from '../format/clock';

interface ClockInputProps extends Omit<TextInputProps, 'value' | 'onChange' | 'type'> {
  value: string;
  onChange: (value: string) => void;
}

/**
 * A 24-hour HH:mm field. Not `type="time"`: the browser shows that in its own locale (AM/PM on
 * an English system), and the room works in 24-hour time. "830" or "8h30" become "08:30".
 */
export function ClockInput({ value, onChange, onBlur, ...props }: ClockInputProps) {
  return (
    <TextInput
      placeholder="08:30"
      inputMode="numeric"
      autoComplete="off"
      maxLength={5}
      {...props}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={(e) => {
        const normalized = normalizeClock(value);
        if (normalized !== value) onChange(normalized);
        onBlur?.(e);
      }}
    />
  );
}
