/**
 * The warning sign shown beside "less than a minute left", "over time" and an overrun in the
 * log: the words and this mark say it, the colour only repeats it.
 */
export function WarningIcon({ size = '1.2em' }: { size?: string }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      aria-hidden
      style={{ display: 'inline-block', verticalAlign: '-0.15em', flex: 'none' }}
    >
      <path
        d="M12 3l10 18h-20zM12 10v5M12 18v0.5"
        stroke="currentColor"
        strokeWidth={2.2}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
