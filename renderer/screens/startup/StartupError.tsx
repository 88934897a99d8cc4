import { Alert, Button, Center, Code, Container, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/api/errors';
import { ArrivalHeading } from '../../components/ArrivalHeading';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { errorText } from '../../errors/translateError';

function detail(error: AppError, key: string): string | null {
  const value = error.details?.[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Full-screen explanation of why the data could not be opened, in place of the app. */
export function StartupError({ error, onRetry }: { error: AppError; onRetry: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('startup.errorTitle'));
  // Where the data lives, so the operator (or the technician on the phone) can find it.
  const dataDir = detail(error, 'dataDir');
  const file = detail(error, 'file');
  return (
    <Center h="100vh" p="md">
      <Container size="sm" w="100%">
        <Alert
          color="red"
          variant="light"
          role="alert"
          data-testid="startup-error"
          data-code={error.code}
          // The page's one heading (the app's header is not shown), and where the focus starts.
          title={
            <ArrivalHeading order={1} size="h2">
              {t('startup.errorTitle')}
            </ArrivalHeading>
          }
        >
          <Stack gap="sm">
            <Text size="lg">{errorText(error)}</Text>
            {dataDir !== null && (
              <Text>
                {t('startup.dataDir')} <Code>{dataDir}</Code>
              </Text>
            )}
            {file !== null && (
              <Text>
                {t('startup.dataFile')} <Code>{file}</Code>
              </Text>
            )}
            <Text size="sm" c="dimmed">
              {t('startup.code', { code: error.code })}
            </Text>
            <div>
              <Button onClick={onRetry}>{t('common.retry')}</Button>
            </div>
          </Stack>
        </Alert>
      </Container>
    </Center>
  );
}
