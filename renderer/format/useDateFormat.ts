import { useTranslation } from 'react-i18next';
import { formatLongDate } from './vietnameseDate';

/** The long date in the interface language; re-renders when the language changes. */
export function useLongDate(): (isoDate: string) => string {
  const { i18n } = useTranslation();
  return (isoDate) => formatLongDate(isoDate, i18n.language);
}
