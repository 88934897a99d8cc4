import { Kbd } from '@mantine/core';

/**
 * A shortcut shown on a button or menu item, to be learnt by sight. Hidden from the accessible
 * name: the control says its key with `aria-keyshortcuts` instead.
 */
export function KeyHint({ label }: { label: string }) {
  return (
    <span aria-hidden>
      <Kbd size="xs">{label}</Kbd>
    </span>
  );
}
