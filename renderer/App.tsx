import type { CSSVariablesResolver, CloseButtonProps } from '@mantine/core';
import {
  CloseButton,
  DEFAULT_THEME,
  Input,
  InputPlaceholder,
  MantineProvider,
  createTheme,
} from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NAVBAR_WIDTH } from './components/AppLayout';
import { DatesLocale } from './components/DatesLocale';
import { useReloadOnDataReplaced } from './screens/backups/useReloadOnDataReplaced';
import { StartupGate } from './screens/startup/StartupGate';
import { accessibleColours } from './theme/contrast';

const NOTIFICATION_WIDTH = NAVBAR_WIDTH - 24;

// A placeholder is a hint about how to fill a field ("Gõ để tìm, không cần dấu"), never a
// value. Mantine colours it red with the field's error, and an empty required field then looked
// as if something had been typed and refused; the hint keeps its grey.
const HINT_COLOUR = { '--input-placeholder-color': 'var(--mantine-color-placeholder)' };

// Filled buttons and badges take the palette's 8th shade (white on the default 6th was 3.6:1);
// theme/contrast.ts darkens further whatever still misses AA.
const PRIMARY_SHADE = 8;

// Every colour as drawn in the light scheme, at WCAG AA: on white, on its own tint, and on the
// grey of striped and hovered table rows. The app has no dark scheme.
const LIGHT_COLOURS = {
  ...accessibleColours(DEFAULT_THEME.colors, PRIMARY_SHADE, DEFAULT_THEME.colors.gray[1]),
  '--mantine-color-anchor': 'var(--mantine-color-blue-text)',
};
const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: LIGHT_COLOURS,
  dark: {},
});

/**
 * The theme, with the names of Mantine's icon-only buttons in the interface language: the "×"
 * of every modal, notification and alert is "Đóng", the "×" of a clearable picker "Bỏ chọn".
 * Without them a screen reader said only "button", and the first focus in a dialog with no field
 * landed on that nameless button.
 */
function appTheme(t: TFunction) {
  return createTheme({
    primaryColor: 'blue',
    primaryShade: { light: PRIMARY_SHADE, dark: PRIMARY_SHADE },
    // Check-in is done under pressure: slightly larger default controls and text help.
    defaultRadius: 'sm',
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
    components: {
      Input: Input.extend({ styles: { input: HINT_COLOUR } }),
      InputPlaceholder: InputPlaceholder.extend({ styles: { placeholder: HINT_COLOUR } }),
      // CloseButton is polymorphic, so its props type leaves out the button's own attributes.
      CloseButton: CloseButton.extend({
        defaultProps: { 'aria-label': t('common.close') } as Partial<CloseButtonProps>,
      }),
      InputClearButton: Input.ClearButton.extend({
        defaultProps: { 'aria-label': t('common.clear') },
      }),
    },
  });
}

export function App() {
  // Here, above the startup gate: a restore must reload every window, whatever it shows.
  useReloadOnDataReplaced();
  // A new `t` comes with each language, and with it the theme's labels.
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
