import { Button, Text } from '@mantine/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { TFunction } from 'i18next';
import type { KeyboardEvent, PointerEventHandler } from 'react';
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Speech } from '../../../../shared/api/speakingSchemas';
import classes from './Speaking.module.css';
import type { RowAction, RowKey } from './speakingKeys';
import { rowKeyAction, rowKeyLabel } from './speakingKeys';
import type { MenuEntry } from '../../../components/RowActionsMenu';
import { RowActionsMenu } from '../../../components/RowActionsMenu';
import { SpeechStateBadge } from './SpeechStateBadge';
import { SpeechSummary } from './SpeechSummary';
import { allottedText, speakerLine, stateText } from './speechText';

/** Everything a waiting speech's menu offers; the row keys cover the frequent ones. */
export type QueueAction = RowAction | 'notCalled' | 'withdraw' | 'attach' | 'open';

interface QueueRowProps {
  speech: Speech;
  /** Its place in the list on screen, and the list's length (the list is virtualized). */
  index: number;
  count: number;
  /** Where the virtualizer puts it, in px from the list's top. */
  top: number;
  measure: (el: HTMLElement | null) => void;
  /** Its place among every waiting speech (1 = next to speak), whatever the filter. */
  turn: number;
  isNext: boolean;
  focusable: boolean;
  locked: boolean;
  menuOpen: boolean;
  agendaTitle: (id: string | null) => string | null;
  /** True while @dnd-kit's keyboard drag owns the arrow keys. */
  isKeyboardDragging: () => boolean;
  registerRow: (id: string, el: HTMLElement | null) => void;
  onFocusRow: (id: string) => void;
  onKey: (speech: Speech, key: RowKey) => void;
  onAction: (speech: Speech, action: QueueAction) => void;
  onMenu: (speech: Speech, open: boolean) => void;
}

function HandleIcon() {
  return (
    <svg width="14" height="20" viewBox="0 0 14 20" fill="currentColor" aria-hidden>
      {[4, 10, 16].map((y) => (
        <g key={y}>
          <circle cx="4" cy={y} r="1.6" />
          <circle cx="10" cy={y} r="1.6" />
        </g>
      ))}
    </svg>
  );
}

function menuEntries(
  speech: Speech,
  isNext: boolean,
  locked: boolean,
  t: TFunction,
  act: (action: QueueAction) => () => void,
): MenuEntry[] {
  const local = speech.origin.kind === 'local';
  const entry = (
    action: QueueAction,
    label: string,
    extra: Partial<MenuEntry> = {},
  ): MenuEntry => ({
    key: action,
    label,
    onClick: act(action),
    disabled: locked,
    ...(action !== 'notCalled' && action !== 'withdraw' && action !== 'attach' && action !== 'open'
      ? { shortcut: rowKeyLabel(action) }
      : {}),
    ...extra,
  });
  const entries = [
    entry('start', t('speaking.actions.start')),
    entry('next', t('speaking.actions.next'), { disabled: locked || isNext }),
  ];
  if (local) {
    entries.push(
      entry('send', t('speaking.actions.send'), {
        disabled: locked || speech.state !== 'queued',
        divided: true,
      }),
      entry('call', t('speaking.actions.call'), { disabled: locked || speech.state === 'called' }),
      entry('notCalled', t('speaking.actions.notCalled')),
      entry('withdraw', t('speaking.actions.withdraw')),
    );
  }
  entries.push(
    entry('edit', t('speaking.actions.edit'), { divided: true }),
    entry('attach', t('speaking.actions.attach')),
  );
  if (speech.attachmentName)
    entries.push(entry('open', t('speaking.actions.open'), { disabled: false }));
  entries.push(entry('remove', t('speaking.actions.remove'), { color: 'red', divided: true }));
  return entries;
}

/**
 * One waiting speech. The row is the list's keyboard stop (one row at a time is in the Tab
 * order) and @dnd-kit's keyboard activator (Space); the handle is where the mouse drags it.
 */
export const QueueRow = memo(function QueueRow({
  speech,
  index,
  count,
  top,
  measure,
  turn,
  isNext,
  focusable,
  locked,
  menuOpen,
  agendaTitle,
  isKeyboardDragging,
  registerRow,
  onFocusRow,
  onKey,
  onAction,
  onMenu,
}: QueueRowProps) {
  const { t } = useTranslation();
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: speech.id, disabled: locked });
  const id = speech.id;
  const ref = useCallback(
    (el: HTMLLIElement | null) => {
      setNodeRef(el);
      setActivatorNodeRef(el);
      registerRow(id, el);
      measure(el);
    },
    [setNodeRef, setActivatorNodeRef, registerRow, measure, id],
  );
  const name = speech.speaker.name;
  const act = (action: QueueAction) => () => onAction(speech, action);

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (isKeyboardDragging()) return;
    const key = rowKeyAction(e.nativeEvent);
    // On a button inside the row (reached by a click), Enter and letters are the button's; the
    // move keys still move the row.
    const onRow = e.target === e.currentTarget;
    if (key && (onRow || key.kind === 'move')) {
      e.preventDefault();
      onKey(speech, key);
      return;
    }
    if (onRow && !locked) listeners?.onKeyDown?.(e);
  };

  return (
    <li
      ref={ref}
      data-index={index}
      aria-setsize={count}
      aria-posinset={index + 1}
      {...attributes}
      // A list item that holds buttons, not a button itself (dnd-kit's default role).
      role="listitem"
      aria-roledescription={t('speaking.queue.roleDescription')}
      aria-label={t('speaking.queue.rowLabel', {
        turn,
        name: speakerLine(speech),
        state: stateText(speech, t),
      })}
      tabIndex={focusable ? 0 : -1}
      className={classes.row}
      data-testid={`queue-row-${speech.id}`}
      data-speech-id={speech.id}
      data-dragging={isDragging}
      style={{ top, transform: CSS.Translate.toString(transform), transition }}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        if (e.target === e.currentTarget) onFocusRow(speech.id);
      }}
    >
      <button
        type="button"
        className={classes.handle}
        tabIndex={-1}
        aria-label={t('speaking.queue.handle', { name })}
        disabled={locked}
        onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
      >
        <HandleIcon />
      </button>
      <span className={classes.number}>{turn}.</span>
      <div className={classes.main}>
        <SpeechSummary speech={speech} agendaTitle={agendaTitle} />
      </div>
      <div className={classes.meta}>
        {/* "Waiting" on every speaker from elsewhere says nothing a waiting list does not. */}
        {(speech.state !== 'queued' || speech.origin.kind === 'local') && (
          <SpeechStateBadge state={speech.state} origin={speech.origin} />
        )}
        <Text size="xs" c="dimmed">
          {allottedText(speech.allottedSeconds, t)}
        </Text>
      </div>
      <div className={classes.actions}>
        <Button
          size="compact-sm"
          variant="light"
          tabIndex={-1}
          disabled={locked}
          onClick={act('start')}
          aria-label={t('common.actionFor', { action: t('speaking.actions.start'), name })}
        >
          {t('speaking.actions.start')}
        </Button>
        <RowActionsMenu
          label={t('common.actionFor', { action: t('speaking.actions.menu'), name })}
          opened={menuOpen}
          onChange={(open) => onMenu(speech, open)}
          entries={menuEntries(speech, isNext, locked, t, act)}
        />
      </div>
    </li>
  );
});
