import { useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/**
 * The breakpoint between the wide layout (navigation column, side panels beside the content) and
 * the narrow one (navigation behind a button, side panels under the content): Mantine's `md`,
 * 62em. A 1366×768 or 1280×720 screen at up to 125% zoom is wide; at 200% zoom (683 CSS pixels
 * across) it is narrow. Stylesheets that follow it write 62em.
 */
export const WIDE_BREAKPOINT = 'md';

/** Whether the window is at least WIDE_BREAKPOINT wide (known at the first render). */
export function useWideLayout(): boolean {
  const theme = useMantineTheme();
  return useMediaQuery(`(min-width: ${theme.breakpoints[WIDE_BREAKPOINT]})`, true, {
    getInitialValueInEffect: false,
  });
}
