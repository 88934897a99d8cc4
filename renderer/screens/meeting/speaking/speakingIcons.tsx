import { PathIcon } from '../../../components/PathIcon';

/**
 * The warning sign shown beside "less than a minute left", "over time" and an overrun in the
 * log: the words and this mark say it, the colour only repeats it.
 */
export function WarningIcon({ size = '1.2em' }: { size?: string }) {
  return (
    <PathIcon
      d="M12 3l10 18h-20zM12 10v5M12 18v0.5"
      size={size}
      style={{ display: 'inline-block', verticalAlign: '-0.15em', flex: 'none' }}
    />
  );
}
