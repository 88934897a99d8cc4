import type { CSSVariablesResolver, CloseButtonProps } from '@mantine/core';
import {
  CloseButton,
  ComboboxTarget,
  DEFAULT_THEME,
  Input,
  InputPlaceholder,
  Notification,
  Select,
  createTheme,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { TFunction } from 'i18next';
import { accessibleColours } from './contrast';
import classes from './theme.module.css';

/**
 * The app's look, all of it here: Mantine's theme, the colours it draws with (made AA by
 * contrast.ts), the few rules of Mantine's own CSS that those colours cannot reach
 * (theme.module.css), and the names of Mantine's icon-only buttons.
 */

// Filled buttons and badges take the palette's 8th shade (white on the default 6th was 3.6:1);
// contrast.ts darkens further whatever still misses AA.
const PRIMARY_SHADE = 8;

// Every colour as drawn in the light scheme, at WCAG AA: on white, on its own tint, and on the
// grey of striped and hovered table rows. The app has no dark scheme.
const LIGHT_COLOURS = {
  ...accessibleColours(DEFAULT_THEME.colors, PRIMARY_SHADE, DEFAULT_THEME.colors.gray[1]),
  '--mantine-color-anchor': 'var(--mantine-color-blue-text)',
};

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: LIGHT_COLOURS,
  dark: {},
});

// A placeholder is a hint about how to fill a field ("Gõ để tìm, không cần dấu"), never a
// value. Mantine colours it red with the field's error, and an empty required field then looked
// as if something had been typed and refused; the hint keeps its grey.
const HINT_COLOUR = { '--input-placeholder-color': 'var(--mantine-color-placeholder)' };

/**
 * The theme, with the names of Mantine's icon-only buttons in the interface language: the "×"
 * of every modal, notification and alert is "Đóng", the "×" of a clearable picker "Bỏ chọn".
 * Without them a screen reader said only "button", and the first focus in a dialog with no field
 * landed on that nameless button. A new `t` comes with each language, and with it a new theme.
 */
export function appTheme(t: TFunction) {
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
      Notification: Notification.extend({
        classNames: { description: classes.notificationDescription },
      }),
      DateInput: DateInput.extend({ classNames: { day: classes.day } }),
      // Pickers are comboboxes (ARIA 1.2): the box says it is one and whether its list is open,
      // and the list of options scrolls in the listbox itself. The arrow keys in the box move
      // through the options (aria-activedescendant), so the list needs no focus of its own;
      // axe knows that of a combobox's listbox (scrollable-region-focusable), not of a
      // scroll area inside it that nothing named as a combobox controls.
      Select: Select.extend({
        defaultProps: { role: 'combobox', withScrollArea: false },
        classNames: { options: classes.selectOptions },
      }),
      ComboboxTarget: ComboboxTarget.extend({ defaultProps: { withExpandedAttribute: true } }),
    },
  });
}
