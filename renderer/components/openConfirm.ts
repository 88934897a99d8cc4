import { modals } from '@mantine/modals';

type ConfirmOptions = Parameters<typeof modals.openConfirmModal>[0];

/**
 * Mantine's confirmation dialog with the focus on "Hủy". Left to itself the dialog focused its
 * first button, the "×" in the corner; on "Hủy", Enter never confirms a removal, a restore or
 * "mark everyone absent" by accident, and the question is read right before it.
 */
export function openConfirm(options: ConfirmOptions): string {
  return modals.openConfirmModal({
    ...options,
    cancelProps: {
      ...options.cancelProps,
      'data-autofocus': true,
    } as ConfirmOptions['cancelProps'],
  });
}
