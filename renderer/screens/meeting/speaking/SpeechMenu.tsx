import { ActionIcon, Kbd, Menu } from '@mantine/core';

export interface MenuEntry {
  key: string;
  label: string;
  onClick: () => void;
  disabled?: boolean;
  /** The row key that does the same ("B", "Delete"), shown to be learnt. */
  shortcut?: string;
  color?: string;
  /** Starts a new section of the menu. */
  divided?: boolean;
}

interface SpeechMenuProps {
  /** "Thao tác – Nguyễn Văn An": the button's and the menu's name. */
  label: string;
  opened: boolean;
  onChange: (open: boolean) => void;
  entries: MenuEntry[];
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
 * A speech's one menu: every action on it, with the row key where there is one. The button is
 * out of the Tab order; from the keyboard the row opens it (Enter, Shift+F10 or the menu key).
 * A closed menu is only its button, so a long queue does not carry a popover per row.
 */
export function SpeechMenu({ label, opened, onChange, entries }: SpeechMenuProps) {
  const button = (
    <ActionIcon
      variant="subtle"
      color="gray"
      size={30}
      tabIndex={-1}
      aria-label={label}
      aria-haspopup="menu"
      onClick={(e) => {
        e.stopPropagation();
        if (!opened) onChange(true);
      }}
    >
      <DotsIcon />
    </ActionIcon>
  );
  if (!opened) return button;
  return (
    <Menu
      opened
      onChange={onChange}
      position="bottom-end"
      // The panel puts the focus back on the row (or the next one, if this one left).
      returnFocus={false}
      // Not "keydown": the Enter or Shift+F10 that opened the menu would close it at once.
      clickOutsideEvents={['mousedown', 'touchstart']}
      shadow="md"
      width={280}
    >
      <Menu.Target>{button}</Menu.Target>
      <Menu.Dropdown aria-label={label}>
        {entries.map((entry) => [
          entry.divided ? <Menu.Divider key={`${entry.key}-divider`} /> : null,
          <Menu.Item
            key={entry.key}
            disabled={entry.disabled}
            color={entry.color}
            onClick={entry.onClick}
            aria-keyshortcuts={entry.shortcut}
            rightSection={
              entry.shortcut ? (
                <span aria-hidden>
                  <Kbd size="xs">{entry.shortcut}</Kbd>
                </span>
              ) : undefined
            }
          >
            {entry.label}
          </Menu.Item>,
        ])}
      </Menu.Dropdown>
    </Menu>
  );
}
