import type { TextInputProps } from '@mantine/core';
import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseClock } from '../../shared/time/clock';
import { clockRefusalText, understoodText } from '../format/clock';

interface ClockInputProps extends Omit<TextInputProps, 'value' | 'onChange' | 'type'> {
  value: string;
  onChange: (value: string) => void;
}

/**
 * A time-of-day field that reads what operators type ("14h30", "2 giờ chiều", "2:00 PM")
 * with the shared parser and stores 24-hour "HH:mm". Not `type="time"`: the browser shows that
 * in its own locale (AM/PM on an English system), and the room works in 24-hour time.
 *
 * What was understood is always in view under the field ("Hiểu là: 14:00 (2 giờ chiều)"), live
 * while typing, so the operator sees "02:00 (2 giờ sáng)" before leaving a bare "2:00". On blur a
 * readable text becomes its "HH:mm"; a refused one stays as typed, with a message that says what
 * was read, for the operator to correct. No maxLength: cutting "2:00 chiều" to "2:00 " is how an
 * afternoon meeting used to be stored at 2 a.m. No placeholder either: "08:30" in grey looked
 * like a value; the hint is a description.
 */
export function ClockInput({
  value,
  onChange,
  onBlur,
  onFocus,
  description,
  error,
  ...props
}: ClockInputProps) {
  const { t } = useTranslation();
  const [focused, setFocused] = useState(false);
  const result = value.trim() === '' ? null : parseClock(value);

  // The parser's reading comes first: it is what will be stored. The hint only while typing.
  const shownDescription =
    description ??
    (result?.ok ? understoodText(result.value, t) : focused ? t('clock.hint') : undefined);
  // A refusal waits for the operator to leave the field: half-typed text is not an error yet.
  // The caller's error (the form's check on submit, the core's) shows meanwhile.
  const refusal = !focused && result && !result.ok ? clockRefusalText(value, result, t) : undefined;

  return (
    <TextInput
      autoComplete="off"
      spellCheck={false}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      {...props}
      description={shownDescription}
      error={refusal ?? error}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onFocus={(e) => {
        setFocused(true);
        onFocus?.(e);
      }}
      onBlur={(e) => {
        setFocused(false);
        if (result?.ok && result.value !== value) onChange(result.value);
        onBlur?.(e);
      }}
    />
  );
}
