import { ActionIcon, Kbd, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Invitee } from '../../../../shared/api/schemas';
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
  opened: boolean;
  locked: boolean;
  onChange: (invitee: Invitee, open: boolean) => void;
  onAction: (invitee: Invitee, action: RowAction) => void;
}

function DotsIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="currentColor" aria-hidden>
      <circle cx="5" cy="12" r="2" />
      <circle cx="12" cy="12" r="2" />
      <circle cx="19" cy="12" r="2" />
    </svg>
  );
}

/**
 * The row's one menu: every status with its key (for the mouse, and to learn the keys), then
 * the rarer actions: the remark, the history, and the reset to "not checked in", which is an
 * action in a menu and so can never be mistaken for a status on the row.
 *
 * The button is out of the Tab order: the row is an option of a listbox, whose keyboard user
 * opens this menu with the context-menu key or Shift+F10 on the highlighted row.
 */
export function RowMenu({ invitee, opened, locked, onChange, onAction }: RowMenuProps) {
  const { t } = useTranslation();
  const label = t('common.actionFor', { action: t('checkin.actions'), name: invitee.fullName });
  const button = (
    <ActionIcon
      variant="subtle"
      color="gray"
      size={28}
      tabIndex={-1}
      aria-label={label}
      aria-haspopup="menu"
      // The row's own click highlights it and takes the focus; the menu wants neither.
      onClick={(e) => {
        e.stopPropagation();
        if (!opened) onChange(invitee, true);
      }}
    >
      <DotsIcon />
    </ActionIcon>
  );
  // A closed menu is only its button: a Menu (popover, positioning) in each of the ~40 rows on
  // screen was a large part of the time to show the whole list again after a check-in by Enter
  // (docs/PERFORMANCE.md).
  if (!opened) return button;

  const act = (action: RowAction) => () => onAction(invitee, action);
  return (
    <Menu
      opened
      onChange={(open) => onChange(invitee, open)}
      position="bottom-end"
      // The panel puts the focus back where the operator came from (or into a row's form).
      returnFocus={false}
      // Not "keydown" (Mantine's default too): the Shift+F10 that opens this menu from the list
      // reaches the document after the menu is there, and would close it at once.
      clickOutsideEvents={['mousedown', 'touchstart']}
      // The first item takes the focus, not a blank placeholder (a menu holds items only).
      withInitialFocusPlaceholder={false}
      shadow="md"
      width={260}
    >
      <Menu.Target>{button}</Menu.Target>
      <Menu.Dropdown aria-label={label}>
        <Menu.Label>{t('checkin.recordStatus')}</Menu.Label>
        {STATUS_KEYS.map(({ key, status }) => (
          <Menu.Item
            key={status}
            disabled={locked}
            onClick={act({ kind: 'status', status })}
            aria-keyshortcuts={key.toUpperCase()}
            rightSection={
              <span aria-hidden>
                <Kbd size="xs">{key.toUpperCase()}</Kbd>
              </span>
            }
          >
            {t(`attendanceStatus.${status}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item disabled={locked} onClick={act({ kind: 'remark' })}>
          {t('checkin.remarkEdit')}
        </Menu.Item>
        <Menu.Item onClick={act({ kind: 'history' })}>{t('checkin.history')}</Menu.Item>
        <Menu.Item
          disabled={locked || invitee.status === 'pending'}
          onClick={act({ kind: 'reset' })}
        >
          {t('checkin.reset')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
