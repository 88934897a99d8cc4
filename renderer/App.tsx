import { MantineProvider, createTheme } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { NAVBAR_WIDTH } from './components/AppLayout';
import { DatesLocale } from './components/DatesLocale';
import { useReloadOnDataReplaced } from './screens/backups/useReloadOnDataReplaced';
import { StartupGate } from './screens/startup/StartupGate';

const NOTIFICATION_WIDTH = NAVBAR_WIDTH - 24;

const theme = createTheme({
  primaryColor: 'blue',
  // Check-in is done under pressure: slightly larger default controls and text help.
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
});

export function App() {
  // Here, above the startup gate: a restore must reload every window, whatever it shows.
  useReloadOnDataReplaced();
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
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
