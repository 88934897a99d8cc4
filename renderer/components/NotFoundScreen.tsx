import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScreenHeader } from './ScreenHeader';
import { useDocumentTitle } from './useDocumentTitle';

export function NotFoundScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.notFoundTitle'));
  return (
    <Stack align="flex-start">
      <ScreenHeader title={t('app.notFoundTitle')} />
      <Text>{t('app.notFound')}</Text>
      <Button component={Link} to="/meetings">
        {t('app.backHome')}
      </Button>
    </Stack>
  );
}
