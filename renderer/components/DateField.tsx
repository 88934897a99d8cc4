import type { DateInputProps } from '@mantine/dates';
import { DateInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTypedDate } from '../../shared/time/typedDate';
import { useLongDate } from '../format/useDateFormat';

interface DateFieldProps extends Omit<
  DateInputProps,
  'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser' | 'description'
> {
  /** YYYY-MM-DD, or '' when no date is chosen. */
  value: string;
  onChange: (isoDate: string) => void;
}

/**
 * A calendar date field: typed or picked from a calendar, shown in the interface language's own
 * order (dd/mm/yyyy in Vietnamese) whatever the browser's locale, which a native
 * `<input type="date">` cannot do: it follows the system and showed 11/30/2026 on an English one.
 *
 * Typing is read by the shared `parseTypedDate` (day first). Text it cannot read is not left
 * standing beside an older date that would quietly be saved instead: the field empties and says
 * what it could not read, for the operator to type again or pick.
 */
export function DateField({ value, onChange, onBlur, onInput, error, ...props }: DateFieldProps) {
  const { t } = useTranslation();
  const longDate = useLongDate();
  const [refused, setRefused] = useState<string | null>(null);

  return (
    <DateInput
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      {...props}
      value={value === '' ? null : value}
      onChange={(iso) => {
        setRefused(null);
        onChange(iso ?? '');
      }}
      dateParser={parseTypedDate}
      valueFormat={t('dates.valueFormat')}
      monthLabelFormat={t('dates.monthLabelFormat')}
      yearLabelFormat={t('dates.yearLabelFormat')}
      monthsListFormat={t('dates.monthsListFormat')}
      // The spelled-out date, also what a screen reader says for each day of the calendar.
      getDayAriaLabel={longDate}
      // Mantine capitalises every word of the header ("Tháng 11 Năm 2026"); the format already
      // capitalises what Vietnamese does.
      styles={{ calendarHeaderLevel: { textTransform: 'none' } }}
      // The level controls keep their visible text ("Tháng 11 năm 2026") as their name.
      ariaLabels={{
        nextMonth: t('dates.nextMonth'),
        previousMonth: t('dates.previousMonth'),
        nextYear: t('dates.nextYear'),
        previousYear: t('dates.previousYear'),
        nextDecade: t('dates.nextDecade'),
        previousDecade: t('dates.previousDecade'),
      }}
      description={refused !== null ? undefined : value ? longDate(value) : t('dates.hint')}
      error={refused !== null ? t('dates.unreadable', { input: refused }) : error}
      onInput={(e) => {
        setRefused(null);
        onInput?.(e);
      }}
      onBlur={(e) => {
        const text = e.currentTarget.value;
        if (text.trim() === '') {
          if (value !== '') onChange('');
        } else if (parseTypedDate(text) === null) {
          setRefused(text.trim());
          if (value !== '') onChange('');
        }
        onBlur?.(e);
      }}
    />
  );
}
