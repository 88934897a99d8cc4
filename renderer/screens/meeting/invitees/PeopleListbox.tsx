import { Box, Checkbox, Group, Loader, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { KeyboardEvent, MouseEvent } from 'react';
import { memo, useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/api/schemas';
import { commandForKey } from './pickerKeys';

/** One line per person, so 12 or more rows fit at 1366×768 inside the picker. */
const ROW_HEIGHT = 34;
const MIN_ROWS_SHOWN = 12;
/** Ask for the next page while this many loaded rows are still below the visible ones. */
const PREFETCH_ROWS = 40;

interface PeopleListboxProps {
  label: string;
  items: Person[];
  /** How many match in all, loaded or not (for screen readers' "n of m" and for paging). */
  total: number;
  loading: boolean;
  loadMore: () => void;
  isInvited: (id: string) => boolean;
  isSelected: (id: string) => boolean;
  /** Index of the row the keyboard is on, -1 before any. */
  active: number;
  onActive: (index: number) => void;
  onToggle: (id: string) => void;
  onExtend: (id: string) => void;
  onSelectAll: () => void;
  height: string;
}

/**
 * The picker's list: a multi-select listbox whose rows are virtualized (only those on screen are
 * in the page, so 10,000 matches scroll as lightly as 10). Focus stays on the listbox itself and
 * `aria-activedescendant` names the active row: a focused row that scrolls away is unmounted,
 * which would drop focus, while the listbox never is. Click toggles, Shift+click extends from the
 * last toggled row; the keys are in pickerKeys.ts.
 */
export function PeopleListbox(props: PeopleListboxProps) {
  const { items, total, loading, loadMore, active, onActive } = props;
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const hasMore = items.length < total;
  const virtualizer = useVirtualizer({
    count: items.length + (hasMore ? 1 : 0), // the last row says more are on their way
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Its flushSync on scroll makes React 19 warn when it lands in a lifecycle; a row painted a
    // frame later is fine for a picker.
    useFlushSync: false,
  });
  const rows = virtualizer.getVirtualItems();
  const lastShown = rows.length > 0 ? rows[rows.length - 1]!.index : -1;

  useEffect(() => {
    if (hasMore && !loading && lastShown >= items.length - PREFETCH_ROWS) loadMore();
  }, [hasMore, loading, lastShown, items.length, loadMore]);

  useEffect(() => {
    if (active >= 0) virtualizer.scrollToIndex(active, { align: 'auto' });
  }, [active, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const shown = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 0) / ROW_HEIGHT));
    const command = commandForKey(event, active, items.length, shown);
    if (command === null) return;
    event.preventDefault();
    if (command.kind === 'selectAll') return props.onSelectAll();
    const person = items[command.index];
    if (!person) return;
    onActive(command.index);
    if (command.kind === 'toggle') props.onToggle(person.id);
    else if (command.kind === 'extend') props.onExtend(person.id);
  };

  // Stable, so a row renders again only when its own state changes (the options are memoised).
  const latest = useRef(props);
  latest.current = props;
  const onRowClick = useCallback((event: MouseEvent, index: number, id: string) => {
    const { onActive: setActive, onExtend, onToggle } = latest.current;
    setActive(index);
    scroller.current?.focus({ preventScroll: true });
    if (event.shiftKey) onExtend(id);
    else onToggle(id);
  }, []);

  const activeId = items[active]?.id;
  return (
    <Box
      ref={scroller}
      role="listbox"
      aria-multiselectable
      aria-label={props.label}
      aria-activedescendant={activeId ? optionId(activeId) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      // The keyboard starts on the first row in view, so focusing never scrolls the list away.
      onFocus={(e) => {
        if (active >= 0 || items.length === 0) return;
        onActive(Math.min(items.length - 1, Math.floor(e.currentTarget.scrollTop / ROW_HEIGHT)));
      }}
      data-testid="picker-list"
      h={props.height}
      mih={MIN_ROWS_SHOWN * ROW_HEIGHT + 2 /* border */}
      style={{
        overflowY: 'auto',
        border: '1px solid var(--mantine-color-gray-4)',
        borderRadius: 'var(--mantine-radius-sm)',
        outlineOffset: 2,
      }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {rows.map((row) => {
          const person = items[row.index];
          if (!person) {
            return (
              <Group key="more" style={rowBox(row.start)} px="sm" gap="xs" aria-hidden>
                <Loader size="xs" />
                <Text size="sm" c="dimmed">
                  {t('common.loading')}
                </Text>
              </Group>
            );
          }
          return (
            <PersonOption
              key={person.id}
              person={person}
              index={row.index}
              total={total}
              start={row.start}
              invited={props.isInvited(person.id)}
              selected={props.isSelected(person.id)}
              active={row.index === active}
              onClick={onRowClick}
            />
          );
        })}
      </div>
    </Box>
  );
}

export function optionId(personId: string): string {
  return `picker-option-${personId}`;
}

function rowBox(start: number) {
  return {
    position: 'absolute',
    top: 0,
    left: 0,
    right: 0,
    height: ROW_HEIGHT,
    transform: `translateY(${start}px)`,
  } as const;
}

interface PersonOptionProps {
  person: Person;
  index: number;
  total: number;
  /** Offset of the row from the top of the list, in pixels. */
  start: number;
  invited: boolean;
  selected: boolean;
  active: boolean;
  onClick: (event: MouseEvent, index: number, id: string) => void;
}

const PersonOption = memo(function PersonOption({
  person,
  index,
  total,
  start,
  invited,
  selected,
  active,
  onClick,
}: PersonOptionProps) {
  const { t } = useTranslation();
  const detail = [person.position, person.unit].filter(Boolean).join(' · ');
  return (
    <Group
      id={optionId(person.id)}
      role="option"
      aria-selected={selected}
      aria-disabled={invited || undefined}
      aria-setsize={total}
      aria-posinset={index + 1}
      data-active={active || undefined}
      title={detail ? `${person.fullName} – ${detail}` : person.fullName}
      wrap="nowrap"
      gap="sm"
      px="sm"
      style={{
        ...rowBox(start),
        cursor: invited ? 'default' : 'pointer',
        userSelect: 'none',
        background: active
          ? 'var(--mantine-color-blue-light)'
          : selected
            ? 'var(--mantine-color-blue-0)'
            : undefined,
        outline: active ? '2px solid var(--mantine-color-blue-5)' : undefined,
        outlineOffset: -2,
      }}
      // Shift+click must not select the text between the two rows.
      onMouseDown={(e) => e.shiftKey && e.preventDefault()}
      onClick={(e) => onClick(e, index, person.id)}
    >
      <Checkbox.Indicator checked={invited || selected} disabled={invited} size="sm" />
      <Text fw={600} size="sm" style={{ whiteSpace: 'nowrap' }} c={invited ? 'dimmed' : undefined}>
        {person.fullName}
      </Text>
      <Text size="sm" c="dimmed" truncate style={{ flex: 1, minWidth: 0 }}>
        {detail}
      </Text>
      {invited && (
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t('invitees.alreadyIn')}
        </Text>
      )}
    </Group>
  );
});
