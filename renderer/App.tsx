import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NAVBAR_WIDTH } from './components/AppLayout';
import { DatesLocale } from './components/DatesLocale';
import { useReloadOnDataReplaced } from './screens/backups/useReloadOnDataReplaced';
import { StartupGate } from './screens/startup/StartupGate';
import { appTheme, cssVariablesResolver } from './theme/theme';

const NOTIFICATION_WIDTH = NAVBAR_WIDTH - 24;

export function App() {
  // Here, above the startup gate: a restore must reload every window, whatever it shows.
  useReloadOnDataReplaced();
  // A new `t` comes with each language, and with it the names in the theme.
  const { t } = useTranslation();
  const theme = useMemo(() => appTheme(t), [t]);
  return (
    <MantineProvider
      theme={theme}
      defaultColorScheme="light"
      cssVariablesResolver={cssVariablesResolver}
    >
      <DatesLocale>
        <ModalsProvider>
          {/*
            Bottom left, narrower than the navigation column: a notification then never covers a
            button the operator (or a test) is about to press in the main area.
          */}
          <Notifications position="bottom-left" containerWidth={NOTIFICATION_WIDTH} limit={4} />
          <StartupGate />
        </ModalsProvider>
      </DatesLocale>
    </MantineProvider>
  );
}
