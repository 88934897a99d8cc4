import { DatesProvider } from '@mantine/dates';
// Registers the Vietnamese month and weekday names with dayjs, which Mantine's calendars use.
import 'dayjs/locale/vi';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/setup';

/**
 * Date pickers follow the interface language, never the browser's (navigator.language): an
 * operator in the Vietnamese interface on an English system still gets "tháng 11" and weeks
 * from Monday. Weekends stay Saturday and Sunday, as in offices.
 */
export function DatesLocale({ children }: { children: ReactNode }) {
  useTranslation(); // re-render on language change
  return (
    <DatesProvider settings={{ locale: currentLanguage(), firstDayOfWeek: 1 }}>
      {children}
    </DatesProvider>
  );
}
