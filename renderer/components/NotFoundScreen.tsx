import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start">
      <Text>{t('app.notFound')}</Text>
      <Button component={Link} to="/meetings">
        {t('app.backHome')}
      </Button>
    </Stack>
  );
}
