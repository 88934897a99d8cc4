import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/setup';
import { LANGUAGES, currentLanguage, setLanguage } from '../i18n/setup';

export function LanguageSwitch() {
  const { t } = useTranslation(); // re-render on language change
  return (
    <SegmentedControl
      aria-label={t('app.language')}
      size="xs"
      value={currentLanguage()}
      onChange={(value) => setLanguage(value as Language)}
      data={LANGUAGES.map((lng) => ({ value: lng, label: t(`language.${lng}`) }))}
    />
  );
}
