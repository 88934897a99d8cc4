import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { AA_TEXT, accessibleColours, contrast, darkenTo, luminance, over } from './contrast';

const WHITE = '#ffffff';
const SURFACE = DEFAULT_THEME.colors.gray[1];

describe('contrast arithmetic', () => {
  it('gives the WCAG figures for known pairs', () => {
    expect(contrast('#000000', WHITE)).toBeCloseTo(21, 5);
    expect(contrast(WHITE, WHITE)).toBe(1);
    // The figures: "Đến muộn" yellow on its tint, Mantine's grey, white on blue-6.
    expect(contrast('#fab005', '#fff7e6')).toBeCloseTo(1.74, 1);
    expect(contrast('#868e96', WHITE)).toBeCloseTo(3.32, 2);
    expect(contrast(WHITE, '#228be6')).toBeCloseTo(3.55, 1);
    expect(luminance('#808080')).toBeCloseTo(0.2159, 3);
  });

  it('blends a colour over a background', () => {
    expect(over('#000000', 0.5, WHITE)).toBe('#808080');
    expect(over('#228be6', 0, WHITE)).toBe(WHITE);
    expect(over('#228be6', 1, WHITE)).toBe('#228be6');
  });

  it('darkens only as far as needed, and not at all when the colour already passes', () => {
    expect(darkenTo('#000000', WHITE)).toBe('#000000');
    const ink = darkenTo('#fab005', '#fff7e6');
    expect(contrast(ink, '#fff7e6')).toBeGreaterThanOrEqual(AA_TEXT);
    // Steps of 1%: it stops at the first shade that passes, not at near-black.
    expect(contrast(ink, '#fff7e6')).toBeLessThan(AA_TEXT + 0.2);
  });
});

describe('the theme colours', () => {
  const vars = accessibleColours(DEFAULT_THEME.colors, 8, SURFACE);

  it('puts white text on every filled colour at AA', () => {
    for (const name of Object.keys(DEFAULT_THEME.colors)) {
      expect(contrast(WHITE, vars[`--mantine-color-${name}-filled`]!), name).toBeGreaterThanOrEqual(
        AA_TEXT,
      );
    }
  });

  it('reads every light badge and subtle button at AA on its tint over a striped row', () => {
    for (const [name, shades] of Object.entries(DEFAULT_THEME.colors)) {
      const tint = over(shades[8], 0.12, SURFACE);
      expect(
        contrast(vars[`--mantine-color-${name}-light-color`]!, tint),
        name,
      ).toBeGreaterThanOrEqual(AA_TEXT);
    }
  });

  it('makes secondary grey text and placeholders AA, still lighter than body text', () => {
    const grey = vars['--mantine-color-dimmed']!;
    expect(contrast(grey, SURFACE)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(luminance(grey)).toBeGreaterThan(luminance(DEFAULT_THEME.colors.gray[7]));
    expect(vars['--mantine-color-placeholder']).toBe(grey);
  });

  it('keeps the status hues apart: each status badge has its own text colour', () => {
    const statusColours = ['gray', 'green', 'yellow', 'blue', 'red', 'grape', 'orange'];
    const inks = statusColours.map((c) => vars[`--mantine-color-${c}-light-color`]);
    expect(new Set(inks).size).toBe(statusColours.length);
  });
});
