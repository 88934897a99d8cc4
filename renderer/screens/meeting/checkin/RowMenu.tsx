import type { TFunction } from 'i18next';
import type { Invitee } from '../../../../shared/api/schemas';
import type { MenuEntry } from '../../../components/RowActionsMenu';
import { RowActionsMenu } from '../../../components/RowActionsMenu';
import type { RecordableStatus } from './checkinKeys';
import { STATUS_KEYS } from './checkinKeys';

/** What the row's menu (or a key on the highlighted row) asks the panel to do. */
export type RowAction =
  | { kind: 'status'; status: RecordableStatus }
  | { kind: 'reset' }
  | { kind: 'remark' }
  | { kind: 'history' };

interface RowMenuProps {
  invitee: Invitee;
  /** The list's translator (one per row would cost a subscription each as ~40 rows mount). */
  t: TFunction;
  opened: boolean;
  locked: boolean;
  onChange: (invitee: Invitee, open: boolean) => void;
  onAction: (invitee: Invitee, action: RowAction) => void;
}

/**
 * The row's one menu: every status with its key (for the mouse, and to learn the keys), then
 * the rarer actions: the remark, the history, and the reset to "not checked in", which is an
 * action in a menu and so can never be mistaken for a status on the row.
 *
 * The button is out of the Tab order: the row is an option of a listbox, whose keyboard user
 * opens this menu with the context-menu key or Shift+F10 on the highlighted row.
 */
export function RowMenu({ invitee, t, opened, locked, onChange, onAction }: RowMenuProps) {
  const label = t('common.actionFor', { action: t('checkin.actions'), name: invitee.fullName });
  return (
    <RowActionsMenu
      label={label}
      opened={opened}
      onChange={(open) => onChange(invitee, open)}
      width={260}
      // A closed menu is only its button: its nine entries are translated when it opens, not
      // for each of the ~40 rows mounted when the list is shown whole again.
      entries={opened ? menuEntries(invitee, t, locked, onAction) : []}
    />
  );
}

function menuEntries(
  invitee: Invitee,
  t: TFunction,
  locked: boolean,
  onAction: (invitee: Invitee, action: RowAction) => void,
): MenuEntry[] {
  const act = (action: RowAction) => () => onAction(invitee, action);
  return [
    ...STATUS_KEYS.map(({ key, status }, i) => ({
      key: status,
      label: t(`attendanceStatus.${status}`),
      onClick: act({ kind: 'status', status }),
      disabled: locked,
      shortcut: key.toUpperCase(),
      ...(i === 0 ? { heading: t('checkin.recordStatus') } : {}),
    })),
    {
      key: 'remark',
      label: t('checkin.remarkEdit'),
      onClick: act({ kind: 'remark' }),
      disabled: locked,
      divided: true,
    },
    { key: 'history', label: t('checkin.history'), onClick: act({ kind: 'history' }) },
    {
      key: 'reset',
      label: t('checkin.reset'),
      onClick: act({ kind: 'reset' }),
      disabled: locked || invitee.status === 'pending',
    },
  ];
}
