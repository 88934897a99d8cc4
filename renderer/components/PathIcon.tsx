import type { CSSProperties } from 'react';

/**
 * An outline icon of one path on a 24-unit grid, drawn in the text colour: the states' icons
 * (attendance, speeches) and the warning sign, so a state reads without its colour (on a
 * monochrome projector, in print, for a colour-blind operator).
 */
export function PathIcon({
  d,
  size = '1.1em',
  style = { display: 'block' },
}: {
  d: string;
  size?: string;
  style?: CSSProperties;
}) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
      style={style}
    >
      <path d={d} />
    </svg>
  );
}
