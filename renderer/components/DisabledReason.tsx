import { Tooltip, VisuallyHidden } from '@mantine/core';
import type { MouseEvent, ReactElement } from 'react';
import { cloneElement, useId } from 'react';

interface ActionProps {
  onClick?: (event: MouseEvent<HTMLElement>) => void;
  disabled?: boolean;
  'aria-describedby'?: string;
  'aria-disabled'?: boolean;
  'data-disabled'?: boolean;
}

interface DisabledReasonProps {
  /** Why the action cannot be taken now, in the operator's language; null when it can. */
  reason: string | null;
  /** One action: a Mantine Button or ActionIcon, also one rendered as a link. */
  children: ReactElement<ActionProps>;
}

/**
 * An action that cannot be taken now but stays on screen, looks disabled and says why: on hover,
 * on keyboard focus, and to screen readers.
 *
 * A real `disabled` button would do none of that: it cannot take focus (so keyboard users never
 * hear the reason) and it fires no mouseleave, so a tooltip on it would stick (Mantine's Button
 * docs, "Disabled button with Tooltip"). Mantine's pattern is used instead: `data-disabled` for the
 * look, and the click cancelled, which also stops a link (`component={Link}`) from navigating.
 * `aria-disabled` tells assistive technology it is unavailable, and the reason stays linked by
 * `aria-describedby` even while the tooltip is closed.
 */
export function DisabledReason({ reason, children }: DisabledReasonProps) {
  const descriptionId = useId();
  if (reason === null) return children;

  const action = cloneElement(children, {
    disabled: false,
    onClick: (event: MouseEvent<HTMLElement>) => event.preventDefault(),
    'aria-describedby': descriptionId,
    'aria-disabled': true,
    'data-disabled': true,
  });
  return (
    <>
      <Tooltip
        label={reason}
        events={{ hover: true, focus: true, touch: true }}
        multiline
        maw={320}
        withArrow
      >
        {action}
      </Tooltip>
      <VisuallyHidden id={descriptionId}>{reason}</VisuallyHidden>
    </>
  );
}
