/**
 * WCAG 2.x contrast arithmetic on #rrggbb colours, and the colours the theme derives from
 * Mantine's palette with it. Mantine's light-scheme shades were chosen for looks: a yellow badge's
 * text on its own tint is 1.7:1, white on the primary blue 3.6:1, the "dimmed" grey 3.3:1. Rather
 * than a hand-picked list of hex codes, each colour is darkened only as far as it must be to reach
 * AA where it is actually drawn, so hues stay recognisable and the rule holds for any palette.
 */

/** WCAG AA for normal text, with a little room so rounding never lands on 4.49. */
export const AA_TEXT = 4.6;

type Rgb = readonly [number, number, number];

function parse(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

function format(rgb: Rgb): string {
  return `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance (WCAG 2.x definition). */
export function luminance(hex: string): number {
  const [r, g, b] = parse(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two opaque colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `color` at `opacity` over an opaque `background`: what the eye (and axe) sees. */
export function over(color: string, opacity: number, background: string): string {
  const fg = parse(color);
  const bg = parse(background);
  return format(fg.map((v, i) => v * opacity + bg[i]! * (1 - opacity)) as unknown as Rgb);
}

/**
 * `color`, darkened towards black in small steps until it reaches `ratio` against `background`
 * (unchanged when it already does). Darkening keeps the hue: an orange stays an orange, only
 * deeper, so status colours stay told apart.
 */
export function darkenTo(color: string, background: string, ratio = AA_TEXT): string {
  const rgb = parse(color);
  for (let step = 0; step <= 100; step++) {
    const candidate = format(rgb.map((v) => v * (1 - step / 100)) as unknown as Rgb);
    if (contrast(candidate, background) >= ratio) return candidate;
  }
  return '#000000';
}

const WHITE = '#ffffff';

/** Opacity of Mantine's light variant on hover (its resting tint is 0.1). */
const TINT_HOVER = 0.12;

/**
 * The light scheme's colour variables, AA wherever the app draws them:
 * - `filled` (buttons, filled badges) carries white text: the palette's shade, darkened until
 *   white on it reaches AA;
 * - `light-color`, `text` and `outline` (light and subtle buttons, light badges, alerts' titles,
 *   `c="red"`) are read on the colour's own tint, which itself may sit on a striped or hovered
 *   table row (`surface`): darkened until they reach AA there;
 * - "dimmed" secondary text and placeholders: the palette's grey, darkened until it reaches AA
 *   on that same surface;
 * - the error colour is the red text colour.
 */
export function accessibleColours(
  palette: Record<string, readonly string[]>,
  shade: number,
  surface: string,
): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [name, shades] of Object.entries(palette)) {
    const base = shades[shade]!;
    const filled = darkenTo(base, WHITE);
    const ink = darkenTo(base, over(base, TINT_HOVER, surface));
    variables[`--mantine-color-${name}-filled`] = filled;
    variables[`--mantine-color-${name}-filled-hover`] = darkenTo(filled, WHITE, AA_TEXT + 1);
    variables[`--mantine-color-${name}-light-color`] = ink;
    variables[`--mantine-color-${name}-text`] = ink;
    variables[`--mantine-color-${name}-outline`] = ink;
  }
  const grey = darkenTo(palette.gray![6]!, surface);
  variables['--mantine-color-dimmed'] = grey;
  variables['--mantine-color-placeholder'] = grey;
  variables['--mantine-color-error'] = 'var(--mantine-color-red-text)';
  return variables;
}
