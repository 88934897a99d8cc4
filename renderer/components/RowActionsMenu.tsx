import { ActionIcon, Menu } from '@mantine/core';
import { KeyHint } from './KeyHint';

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
  /** A heading above this entry (the first of a section). */
  heading?: string;
}

interface RowActionsMenuProps {
  /** "Thao tác – Nguyễn Văn An": the button's and the menu's name. */
  label: string;
  opened: boolean;
  onChange: (open: boolean) => void;
  entries: MenuEntry[];
  width?: number;
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
 * A list row's one menu (check-in, the speakers' queue and log): every action on the row, with
 * the row key where there is one. The button is out of the Tab order; from the keyboard the
 * row opens it (Enter, Shift+F10 or the menu key). A closed menu is only its button: a Menu
 * (popover, positioning) in each of the ~40 rows on screen was a large part of the time to show
 * a whole list again (docs/PERFORMANCE.md).
 */
export function RowActionsMenu({
  label,
  opened,
  onChange,
  entries,
  width = 270,
}: RowActionsMenuProps) {
  const button = (
    <ActionIcon
      variant="subtle"
      color="gray"
      size={28}
      tabIndex={-1}
      aria-label={label}
      aria-haspopup="menu"
      // The row's own click highlights it or takes the focus; the menu wants neither.
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
      // The list puts the focus back where the operator came from (or on the row that follows).
      returnFocus={false}
      // Not "keydown" (Mantine's default too): the Enter or Shift+F10 that opened the menu
      // reaches the document after the menu is there, and would close it at once.
      clickOutsideEvents={['mousedown', 'touchstart']}
      // The first item takes the focus, not a blank placeholder (a menu holds items only).
      withInitialFocusPlaceholder={false}
      shadow="md"
      width={width}
    >
      <Menu.Target>{button}</Menu.Target>
      <Menu.Dropdown aria-label={label}>
        {entries.map((entry) => [
          entry.divided ? <Menu.Divider key={`${entry.key}-divider`} /> : null,
          entry.heading ? (
            <Menu.Label key={`${entry.key}-heading`}>{entry.heading}</Menu.Label>
          ) : null,
          <Menu.Item
            key={entry.key}
            disabled={entry.disabled}
            color={entry.color}
            // Mantine paints a coloured item in shade 6 (3.3:1 on white); the theme's text shade
            // of the same colour reads at 4.5:1.
            c={entry.disabled ? undefined : entry.color}
            onClick={entry.onClick}
            aria-keyshortcuts={entry.shortcut}
            rightSection={entry.shortcut ? <KeyHint label={entry.shortcut} /> : undefined}
          >
            {entry.label}
          </Menu.Item>,
        ])}
      </Menu.Dropdown>
    </Menu>
  );
}
