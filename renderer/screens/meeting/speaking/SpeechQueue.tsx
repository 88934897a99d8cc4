import { Kbd, Text } from '@mantine/core';
import type { Announcements, DragEndEvent, Modifier } from '@dnd-kit/core';
import {
  DndContext,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import type { Range } from '@tanstack/react-virtual';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import type { ReactNode } from 'react';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Speech } from '../../../../shared/api/speakingSchemas';
import type { QueueAction } from './QueueRow';
import { QueueRow } from './QueueRow';
import classes from './Speaking.module.css';
import type { RowKey } from './speakingKeys';

import { moveTarget, nextTarget, stepTarget } from './speakingView';
import { speakerLine } from './speechText';

interface SpeechQueueProps {
  /** The waiting speeches shown (the agenda filter applied), in queue order. */
  waiting: Speech[];
  /** Every waiting speech's id, in queue order: moves are placed in the whole queue. */
  allWaitingIds: string[];
  locked: boolean;
  agendaTitle: (id: string | null) => string | null;
  /** Puts a speech right after `afterId` (null: first); resolves once answered. */
  onMove: (speechId: string, afterId: string | null) => Promise<unknown>;
  onAction: (speech: Speech, action: QueueAction) => Promise<unknown>;
  /** What the header holds beside the title (the filter, the add button). */
  toolbar: ReactNode;
}

// A row's height before it is measured: one line of context more for a local request's trail.
const estimatedHeight = (s: Speech) => (s.origin.kind === 'local' ? 72 : 54);

// Dragged rows are measured again as the list scrolls under them: rows scrolled into view are
// mounted during the drag.
const measuring = { droppable: { strategy: MeasuringStrategy.Always } };

// Rows only go up and down.
const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 });

/**
 * The waiting list, in the order the center will call them. Reordered three ways, all ending
 * in one `speeches.move`: dragging a row by its handle, Alt+↑/↓ on the focused row, and
 * @dnd-kit's keyboard drag (Space, the arrows, Space again). The focus stays on the speech
 * that moved, and goes to the row that takes its place when one leaves the list.
 *
 * Only the rows in view are in the page (@tanstack/react-virtual), so a conference with
 * hundreds of requests scrolls and reorders as lightly as one with ten. The focused row and
 * the one being dragged are always kept, so neither the focus nor a drag is lost by scrolling.
 */
export function SpeechQueue({
  waiting,
  allWaitingIds,
  locked,
  agendaTitle,
  onMove,
  onAction,
  toolbar,
}: SpeechQueueProps) {
  const { t } = useTranslation();
  const ids = useMemo(() => waiting.map((s) => s.id), [waiting]);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [menuId, setMenuId] = useState<string | null>(null);
  const rows = useRef(new Map<string, HTMLElement>());
  const listRef = useRef<HTMLOListElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const [draggedId, setDraggedId] = useState<string | null>(null);
  // A row asked for focus before it was in the page: focused once scrolled into view.
  const pendingFocus = useRef<string | null>(null);
  const dragging = useRef<'pointer' | 'keyboard' | null>(null);
  // After an action from the keyboard: the row to focus once the list shows its answer.
  const refocus = useRef<{ id: string; index: number } | null>(null);
  const menuActed = useRef(false);

  const sensors = useSensors(
    // A few pixels before a drag starts, so a click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
      // Space picks up and drops; Enter is the row's menu, so it only drops.
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  const latest = useRef({ ids, allWaitingIds, onMove, onAction, locked });
  useLayoutEffect(() => {
    latest.current = { ids, allWaitingIds, onMove, onAction, locked };
  });

  const tabStop = focusedId !== null && ids.includes(focusedId) ? focusedId : (ids[0] ?? null);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      for (const id of [tabStop, draggedId]) {
        const i = id === null ? -1 : ids.indexOf(id);
        if (i >= 0 && !indexes.includes(i)) indexes.push(i);
      }
      return indexes.sort((a, b) => a - b);
    },
    [ids, tabStop, draggedId],
  );
  const virtualizer = useVirtualizer({
    count: waiting.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => estimatedHeight(waiting[i]!),
    getItemKey: (i) => waiting[i]!.id,
    overscan: 6,
    rangeExtractor,
    // As in the people picker: a row painted a frame later is fine, a React warning is not.
    useFlushSync: false,
  });

  const focusRow = useCallback(
    (id: string | undefined) => {
      if (!id) return;
      const el = rows.current.get(id);
      if (el) {
        el.focus();
        return;
      }
      const index = latest.current.ids.indexOf(id);
      if (index < 0) return;
      pendingFocus.current = id;
      virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [virtualizer],
  );

  // The focus is the list's to place only while it is in the list or nowhere: never away
  // from a dialog (a confirmation, the form) or a field the operator went to meanwhile.
  const mayFocus = useCallback(() => {
    const active = document.activeElement;
    return !active || active === document.body || !!listRef.current?.contains(active);
  }, []);

  // Runs after every render: the answer to a keyboard action has arrived when the list
  // changed, and the focus goes where the operator expects it (the row's onFocus then makes
  // it the list's Tab stop).
  useLayoutEffect(() => {
    const pending = pendingFocus.current;
    if (pending && rows.current.has(pending)) {
      pendingFocus.current = null;
      rows.current.get(pending)!.focus();
    }
    const want = refocus.current;
    if (!want || !mayFocus()) return;
    focusRow(rows.current.has(want.id) ? want.id : ids[Math.min(want.index, ids.length - 1)]);
  });

  /** Keeps the focus on `id` (or on the row taking its place) until `promise` is answered. */
  const follow = useCallback(
    (id: string, promise: Promise<unknown>) => {
      refocus.current = { id, index: latest.current.ids.indexOf(id) };
      void promise.finally(() => {
        requestAnimationFrame(() => {
          const want = refocus.current;
          refocus.current = null;
          if (want && rows.current.has(want.id) && mayFocus()) focusRow(want.id);
        });
      });
    },
    [focusRow, mayFocus],
  );

  /**
   * An action on a speech. One that changes the list (started, withdrawn, removed…) leaves the
   * focus on the row that takes its place; the others (edit, attach, open) leave it alone.
   */
  const run = useCallback(
    (speech: Speech, action: QueueAction) => {
      const { allWaitingIds, onMove, onAction } = latest.current;
      if (action === 'next') {
        if (nextTarget(allWaitingIds, speech.id)) follow(speech.id, onMove(speech.id, null));
        return;
      }
      const promise = onAction(speech, action);
      if (action !== 'edit' && action !== 'attach' && action !== 'open') follow(speech.id, promise);
    },
    [follow],
  );

  const onKey = useCallback(
    (speech: Speech, key: RowKey) => {
      const { ids, allWaitingIds, onMove, locked } = latest.current;
      const index = ids.indexOf(speech.id);
      switch (key.kind) {
        case 'focus': {
          const to =
            key.to === 'first'
              ? 0
              : key.to === 'last'
                ? ids.length - 1
                : index + (key.to === 'next' ? 1 : -1);
          focusRow(ids[Math.max(0, Math.min(ids.length - 1, to))]);
          return;
        }
        case 'menu':
          menuActed.current = false;
          setMenuId(speech.id);
          return;
        case 'move': {
          if (locked) return;
          const target = stepTarget(allWaitingIds, ids, speech.id, key.step);
          if (target) follow(speech.id, onMove(speech.id, target.afterId));
          return;
        }
        case 'action':
          if (!locked) run(speech, key.action);
          return;
      }
    },
    [focusRow, follow, run],
  );

  const onRowAction = useCallback(
    (speech: Speech, action: QueueAction) => {
      menuActed.current = true;
      setMenuId(null);
      // Dialogs opened from here give the focus back to the row, not to a menu item now gone.
      focusRow(speech.id);
      run(speech, action);
    },
    [focusRow, run],
  );

  const onMenu = useCallback(
    (speech: Speech, open: boolean) => {
      if (open) {
        menuActed.current = false;
        setMenuId(speech.id);
        return;
      }
      setMenuId(null);
      if (!menuActed.current) requestAnimationFrame(() => focusRow(speech.id));
    },
    [focusRow],
  );

  const registerRow = useCallback((id: string, el: HTMLElement | null) => {
    if (el) rows.current.set(id, el);
    else rows.current.delete(id);
  }, []);
  const onFocusRow = useCallback((id: string) => setFocusedId(id), []);
  const isKeyboardDragging = useCallback(() => dragging.current === 'keyboard', []);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    dragging.current = null;
    setDraggedId(null);
    if (!over) return;
    const speechId = String(active.id);
    const target = moveTarget(allWaitingIds, ids, speechId, ids.indexOf(String(over.id)));
    if (target) follow(speechId, onMove(speechId, target.afterId));
  };

  const nameOf = (id: string | number) => {
    const s = waiting.find((x) => x.id === id);
    return s ? speakerLine(s) : '';
  };
  const placeOf = (id: string | number) => ids.indexOf(String(id)) + 1;
  // What a screen reader hears. @dnd-kit reports the row as over its own place as soon as it is
  // picked up, which would talk over "picked up": a place is said only when it changes.
  const announcedOver = useRef<string | number | null>(null);
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      announcedOver.current = active.id;
      return t('speaking.drag.picked', { name: nameOf(active.id), place: placeOf(active.id) });
    },
    onDragOver: ({ active, over }) => {
      if (!over || over.id === announcedOver.current) return undefined;
      announcedOver.current = over.id;
      return t('speaking.drag.over', { name: nameOf(active.id), place: placeOf(over.id) });
    },
    onDragEnd: ({ active, over }) =>
      over
        ? t('speaking.drag.dropped', { name: nameOf(active.id), place: placeOf(over.id) })
        : t('speaking.drag.cancelled', { name: nameOf(active.id) }),
    onDragCancel: ({ active }) => t('speaking.drag.cancelled', { name: nameOf(active.id) }),
  };

  const turnOf = (id: string) => allWaitingIds.indexOf(id) + 1;

  return (
    <section
      aria-labelledby="speech-queue-title"
      data-testid="speech-queue"
      className={classes.column}
    >
      <div className={classes.paneHeader}>
        <Text id="speech-queue-title" fw={700} size="lg" className={classes.paneTitle}>
          {waiting.length === allWaitingIds.length
            ? t('speaking.queue.title', { count: waiting.length })
            : t('speaking.queue.titleFiltered', {
                count: waiting.length,
                total: allWaitingIds.length,
              })}
        </Text>
        {toolbar}
      </div>
      <div ref={scroller} className={classes.pane} data-testid="speech-queue-scroller">
        {waiting.length === 0 ? (
          <Text c="dimmed" p="sm">
            {allWaitingIds.length === 0
              ? t('speaking.queue.empty')
              : t('speaking.queue.emptyFiltered')}
          </Text>
        ) : (
          <DndContext
            sensors={sensors}
            collisionDetection={closestCenter}
            modifiers={[verticalOnly]}
            accessibility={{
              announcements,
              screenReaderInstructions: { draggable: t('speaking.drag.instructions') },
            }}
            measuring={measuring}
            onDragStart={({ active, activatorEvent }) => {
              dragging.current = activatorEvent instanceof KeyboardEvent ? 'keyboard' : 'pointer';
              setDraggedId(String(active.id));
              setMenuId(null);
            }}
            onDragEnd={onDragEnd}
            onDragCancel={() => {
              dragging.current = null;
              setDraggedId(null);
            }}
          >
            <SortableContext items={ids} strategy={verticalListSortingStrategy}>
              <ol
                ref={listRef}
                className={classes.list}
                style={{ height: virtualizer.getTotalSize() }}
                aria-labelledby="speech-queue-title"
              >
                {virtualizer.getVirtualItems().map((v) => {
                  const speech = waiting[v.index]!;
                  return (
                    <QueueRow
                      key={speech.id}
                      speech={speech}
                      index={v.index}
                      count={waiting.length}
                      top={v.start}
                      measure={virtualizer.measureElement}
                      turn={turnOf(speech.id)}
                      isNext={allWaitingIds[0] === speech.id}
                      focusable={tabStop === speech.id}
                      locked={locked}
                      menuOpen={menuId === speech.id}
                      agendaTitle={agendaTitle}
                      isKeyboardDragging={isKeyboardDragging}
                      registerRow={registerRow}
                      onFocusRow={onFocusRow}
                      onKey={onKey}
                      onAction={onRowAction}
                      onMenu={onMenu}
                    />
                  );
                })}
              </ol>
            </SortableContext>
          </DndContext>
        )}
      </div>
      {!locked && (
        <ul className={classes.legend} aria-label={t('speaking.queue.keys')}>
          <li>
            <Kbd size="xs">Alt+↑↓</Kbd> {t('speaking.queue.keyMove')}
          </li>
          <li>
            <Kbd size="xs">Space</Kbd> {t('speaking.queue.keyDrag')}
          </li>
          <li>
            <Kbd size="xs">Enter</Kbd> {t('speaking.queue.keyMenu')}
          </li>
        </ul>
      )}
    </section>
  );
}
