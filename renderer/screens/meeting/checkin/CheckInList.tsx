import type { Range } from '@tanstack/react-virtual';
import { defaultRangeExtractor, useWindowVirtualizer } from '@tanstack/react-virtual';
import type { FocusEvent, KeyboardEvent, Ref } from 'react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitee } from '../../../../shared/api/schemas';
import { inviteeSections } from '../inviteeSections';
import classes from './CheckIn.module.css';
import { CheckInRow, optionId } from './CheckInRow';
import type { InlineKind } from './InlineForm';
import { InlineForm } from './InlineForm';
import type { RowAction } from './RowMenu';

export const LIST_ID = 'checkin-list';

type Item =
  | { kind: 'heading'; key: string; label: string }
  | { kind: 'row'; key: string; invitee: Invitee; position: number };

// Measured sizes replace these as rows mount; close guesses keep the scrollbar steady.
const HEADING_HEIGHT = 27;
const ROW_HEIGHT = 33;
const FORM_HEIGHT = 110;
// Rows rendered beyond the viewport: a screenful, so a fast scroll or Page Down shows rows at
// once, and a 20-person meeting is all in the page (tests find every row).
const OVERSCAN = 12;

interface CheckInListProps {
  invitees: Invitee[];
  highlightedId: string | null;
  menuFor: string | null;
  form: { inviteeId: string; kind: InlineKind } | null;
  locked: boolean;
  meetingDate: string;
  /** Height covered at the top of the viewport (app header, sticky search box), in pixels. */
  topInset: () => number;
  listRef: Ref<HTMLDivElement>;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  onFocus: (event: FocusEvent<HTMLDivElement>) => void;
  onPick: (invitee: Invitee) => void;
  onMenu: (invitee: Invitee, open: boolean) => void;
  onAction: (invitee: Invitee, action: RowAction) => void;
  onFormDone: (saved: boolean) => void;
}

/**
 * The matching invitees in protocol order under their group headings, as a listbox whose
 * active option follows the highlight (aria-activedescendant, here and on the search box).
 *
 * A listbox may hold options only, and an option no control: each row's menu button and the
 * form asked under a row are not allowed inside. So the listbox is an element of its own, laid
 * over the rows (it takes the focus and the keys, and draws the focus ring), that owns the
 * rendered options through aria-owns; the rows with their buttons and forms stay in the page
 * beside it. Screen readers hear a listbox of options, and the buttons and forms as themselves.
 *
 * Virtual (only the rows near the viewport are in the page, the window scrolls): clearing the
 * search after a check-in used to mount ~500 rows again, 1–2 s before the next name could be
 * typed (docs/PERFORMANCE.md). The highlighted row and the row with an open form are always
 * rendered, wherever they are, so aria-activedescendant never names a missing element and a
 * form keeps its text while the list scrolls.
 */
export function CheckInList({
  invitees,
  highlightedId,
  menuFor,
  form,
  locked,
  meetingDate,
  topInset,
  listRef,
  onKeyDown,
  onFocus,
  onPick,
  onMenu,
  onAction,
  onFormDone,
}: CheckInListProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement | null>(null);

  const items = useMemo(() => {
    const out: Item[] = [];
    let position = 0;
    inviteeSections(invitees).forEach((section, s) => {
      out.push({
        kind: 'heading',
        key: `heading-${section.groupId ?? 'none'}-${s}`,
        label: section.groupName ?? t('invitees.ungrouped'),
      });
      for (const invitee of section.invitees) {
        out.push({ kind: 'row', key: invitee.id, invitee, position: ++position });
      }
    });
    return out;
  }, [invitees, t]);

  const indexOf = useCallback(
    (inviteeId: string | null) =>
      inviteeId === null ? -1 : items.findIndex((i) => i.kind === 'row' && i.key === inviteeId),
    [items],
  );
  const highlightedIndex = indexOf(highlightedId);
  const formIndex = indexOf(form?.inviteeId ?? null);

  // Where the list starts in the page: the virtualizer counts the window's scroll from there.
  // Whatever above it changes height (the meeting's header, the candidates notice, a narrower
  // window) changes the body's size too, so that is what is watched.
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    const update = () =>
      setScrollMargin(Math.round(el.getBoundingClientRect().top + window.scrollY));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  // When the list grows from less than a screenful (a name typed, then the box cleared after a
  // check-in), the rows in view are drawn first and those beyond it one frame later: mounting
  // the rows kept for scrolling as well nearly doubled the time before the whole list was on
  // screen (docs/PERFORMANCE.md). From a longer list, the rows below the viewport are already
  // in the page and stay.
  const [drawnCount, setDrawnCount] = useState(invitees.length);
  if (invitees.length < drawnCount) setDrawnCount(invitees.length);
  const grown = drawnCount <= OVERSCAN && invitees.length > drawnCount;
  useLayoutEffect(() => {
    if (!grown) return;
    const frame = requestAnimationFrame(() => setDrawnCount(invitees.length));
    return () => cancelAnimationFrame(frame);
  }, [grown, invitees.length]);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      for (const pinned of [highlightedIndex, formIndex]) {
        if (pinned >= 0 && !indexes.includes(pinned)) indexes.push(pinned);
      }
      return indexes.sort((a, b) => a - b);
    },
    [highlightedIndex, formIndex],
  );

  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: (i) => {
      const item = items[i]!;
      if (item.kind === 'heading') return HEADING_HEIGHT;
      return item.key === form?.inviteeId ? ROW_HEIGHT + FORM_HEIGHT : ROW_HEIGHT;
    },
    getItemKey: (i) => items[i]!.key,
    overscan: grown ? 0 : OVERSCAN,
    scrollMargin,
    rangeExtractor,
  });

  // Arrow keys move the highlight beyond the visible part of a long list. The row is rendered
  // (pinned above); the scroll margin keeps it from stopping behind the sticky search box.
  useEffect(() => {
    if (!highlightedId) return;
    const row = document.getElementById(optionId(highlightedId));
    if (!row) return;
    row.style.scrollMarginTop = `${topInset() + 8}px`;
    row.scrollIntoView({ block: 'nearest' });
  }, [highlightedId, topInset]);

  const virtualItems = virtualizer.getVirtualItems();
  const owned = virtualItems
    .map((v) => items[v.index]!)
    .flatMap((item) => (item.kind === 'row' ? [optionId(item.key)] : []))
    .join(' ');

  return (
    <div ref={container} className={classes.list} style={{ height: virtualizer.getTotalSize() }}>
      <div
        ref={listRef}
        id={LIST_ID}
        role="listbox"
        tabIndex={0}
        aria-label={t('checkin.list')}
        aria-owns={owned}
        aria-activedescendant={highlightedId ? optionId(highlightedId) : undefined}
        data-count={invitees.length}
        className={classes.listbox}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      />
      {virtualItems.map((v) => {
        const item = items[v.index]!;
        return (
          <div
            key={v.key}
            ref={virtualizer.measureElement}
            data-index={v.index}
            role="presentation"
            className={classes.item}
            style={{ transform: `translateY(${v.start - scrollMargin}px)` }}
          >
            {item.kind === 'heading' ? (
              <div className={classes.heading} role="presentation">
                {item.label}
              </div>
            ) : (
              <>
                <CheckInRow
                  invitee={item.invitee}
                  t={t}
                  position={item.position}
                  total={invitees.length}
                  highlighted={item.key === highlightedId}
                  menuOpen={item.key === menuFor}
                  locked={locked}
                  onPick={onPick}
                  onMenu={onMenu}
                  onAction={onAction}
                />
                {form?.inviteeId === item.key && (
                  <InlineForm
                    // A new form for another status starts from that status' values.
                    key={form.kind}
                    invitee={item.invitee}
                    kind={form.kind}
                    meetingDate={meetingDate}
                    onDone={onFormDone}
                  />
                )}
              </>
            )}
          </div>
        );
      })}
    </div>
  );
}
