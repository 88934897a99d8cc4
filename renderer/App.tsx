import { Input, InputPlaceholder, MantineProvider, createTheme } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { NAVBAR_WIDTH } from './components/AppLayout';
import { DatesLocale } from './components/DatesLocale';
import { useReloadOnDataReplaced } from './screens/backups/useReloadOnDataReplaced';
import { StartupGate } from './screens/startup/StartupGate';

const NOTIFICATION_WIDTH = NAVBAR_WIDTH - 24;

// A placeholder is a hint about how to fill a field ("Gõ để tìm, không cần dấu"), never a
// value. Mantine colours it red with the field's error, and an empty required field then looked
// as if something had been typed and refused; the hint keeps its grey.
const HINT_COLOUR = { '--input-placeholder-color': 'var(--mantine-color-placeholder)' };

const theme = createTheme({
  primaryColor: 'blue',
  // Check-in is done under pressure: slightly larger default controls and text help.
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  components: {
    Input: Input.extend({ styles: { input: HINT_COLOUR } }),
    InputPlaceholder: InputPlaceholder.extend({ styles: { placeholder: HINT_COLOUR } }),
  },
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
