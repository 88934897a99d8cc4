import { Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { router } from '../../router';
import { useSessionStore } from '../../stores/sessionStore';
import { FirstRunScreen } from '../profile/FirstRunScreen';
import { StartupError } from './StartupError';

/**
 * Nothing else makes sense until the data file is open and the point has a profile, so the
 * router only mounts once both are true.
 */
export function StartupGate() {
  const { t } = useTranslation();
  const phase = useSessionStore((s) => s.phase);
  const error = useSessionStore((s) => s.error);
  const start = useSessionStore((s) => s.start);

  useEffect(() => {
    void start();
  }, [start]);

  switch (phase) {
    case 'loading':
      return (
        <Center h="100vh">
          <Stack align="center" gap="sm">
            <Loader />
            <Text>{t('app.loading')}</Text>
          </Stack>
        </Center>
      );
    case 'failed':
      return error ? <StartupError error={error} onRetry={() => void start()} /> : null;
    case 'needsProfile':
      return <FirstRunScreen />;
    case 'ready':
      return <RouterProvider router={router} />;
  }
}
