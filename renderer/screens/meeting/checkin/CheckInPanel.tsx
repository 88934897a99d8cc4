import { Box, Group, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import type { FocusEvent, KeyboardEvent } from 'react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, Invitee } from '../../../../shared/api/schemas';
import { useWideLayout } from '../../../components/useWideLayout';
import { notifyNotice } from '../../../errors/notify';
import { InviteeHistoryModal } from '../history/InviteeHistoryModal';
import { WalkInModal } from '../invitees/WalkInModal';
import { useMeetingContext } from '../meetingContext';
import { CheckInList, LIST_ID } from './CheckInList';
import { optionId } from './CheckInRow';
import { CheckInProgress, CheckInToolbar } from './CheckInToolbar';
import classes from './CheckIn.module.css';
import {
  enterDecision,
  highlightedInvitee,
  matchInvitees,
  moveHighlight,
  toSearchable,
} from './checkinFilter';
import type { KeyAction } from './checkinKeys';
import { listKeyAction, searchKeyAction } from './checkinKeys';
import { needsDetails } from './detailStatus';
import type { InlineKind } from './InlineForm';
import type { RowAction } from './RowMenu';
import { ShortcutLegend } from './ShortcutLegend';
import { useMarkAttendance } from './useMarkAttendance';

// The search box (and, in the wide layout, the actions beside it) stays in view under the app
// header while the list scrolls; the progress and keys stay in view beside the list.
const STICKY = {
  position: 'sticky',
  top: 'var(--app-shell-header-offset, 0rem)',
  zIndex: 2,
  background: 'var(--mantine-color-body)',
  paddingBlock: 8,
} as const;

// Names listed in the "several people match" notice; the list under it shows them all.
const CANDIDATES_NAMED = 5;
const HINT_ID = 'checkin-search-hint';

/** Where the operator acted from, so the focus goes back there afterwards. */
type Origin = 'search' | 'list';

interface FormRequest {
  inviteeId: string;
  kind: InlineKind;
  from: Origin;
}

/**
 * Điểm danh, keyboard first.
 *
 * Search box (a combobox over the list): type part of a name (accents optional), move with
 * ↑/↓, Enter records "present" for the highlighted person if still unchecked and clears the box
 * for the next person. Enter never marks the wrong person: from an empty box it marks nobody
 * unless the highlight was moved on purpose, and when several people match what was typed and
 * nobody was chosen it marks nobody and names the candidates.
 *
 * List (Tab from the box, or a click on a row): nothing is typed there, so every status is one
 * key (checkinKeys.ts); a status that needs a fact asks for it under the row. The highlight is
 * the listbox's active option (aria-activedescendant on both), so screen readers follow it.
 */
export function CheckInPanel() {
  const { t } = useTranslation();
  const { meeting, invitees, locked } = useMeetingContext();
  const mark = useMarkAttendance();
  const [query, setQuery] = useState('');
  // An id, not an index: a refetch that reorders the list must not move the highlight onto
  // someone else just before Enter.
  const [highlightedId, setHighlightedId] = useState<string | null>(null);
  // Enter must not mark whoever happens to be first: the highlight counts once the operator
  // moved it on purpose (or typed a name only one person has).
  const [navigated, setNavigated] = useState(false);
  const [candidates, setCandidates] = useState<{ query: string; invitees: Invitee[] } | null>(null);
  const [form, setForm] = useState<FormRequest | null>(null);
  const [menu, setMenu] = useState<{ inviteeId: string; from: Origin } | null>(null);
  const [history, setHistory] = useState<{ invitee: Invitee; from: Origin } | null>(null);
  const [walkInOpen, setWalkInOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const stickyRef = useRef<HTMLDivElement>(null);
  // Narrow (200% zoom): only the search box and the progress stay in view above the list; the
  // actions scroll away above them, and the keys are listed under the list.
  const wide = useWideLayout();
  const wideRef = useRef(wide);
  wideRef.current = wide;
  // The text as of the last keystroke, read after an await (the render's `query` is stale then).
  const latestQuery = useRef('');

  const searchable = useMemo(() => toSearchable(invitees), [invitees]);
  const matches = useMemo(() => matchInvitees(searchable, query), [searchable, query]);
  const highlighted = highlightedInvitee(matches, { query, highlightedId, navigated });

  // The list is as tall as all its rows: focusing it must not scroll the page to its top edge.
  // The highlighted row is scrolled into view on its own (CheckInList).
  const focusListNow = useCallback(() => listRef.current?.focus({ preventScroll: true }), []);
  // The caret goes back to the search box for the next person, or to the list when the
  // operator was working down the list.
  const focusSearch = useCallback(() => {
    requestAnimationFrame(() => searchRef.current?.focus());
  }, []);
  const focusList = useCallback(() => {
    requestAnimationFrame(() => focusListNow());
  }, [focusListNow]);
  const focusOrigin = useCallback(
    (from: Origin) => (from === 'list' ? focusList() : focusSearch()),
    [focusList, focusSearch],
  );

  // Opening the tab puts the caret in the search box, except when the operator is moving along
  // the meeting's tabs with the arrow keys: the focus stays on the tab, so the next arrow still
  // moves between tabs instead of landing in this box.
  useEffect(() => {
    const active = document.activeElement;
    const onTabByKeyboard =
      active instanceof HTMLElement &&
      active.getAttribute('role') === 'tab' &&
      active.matches(':focus-visible');
    if (onTabByKeyboard) return;
    // At 200% zoom the meeting's header fills the window, and the box would sit at its bottom
    // edge with no list under it: the box is brought up to just under the app header.
    const sticky = stickyRef.current;
    if (!wideRef.current && sticky) {
      const under = parseFloat(getComputedStyle(sticky).top) || 0;
      window.scrollBy({ top: sticky.getBoundingClientRect().top - under });
    }
    focusSearch();
  }, [focusSearch]);

  // Rows scrolled into view must land below the sticky search box, not behind it.
  const topInset = useCallback(() => {
    const el = stickyRef.current;
    return el ? el.offsetHeight + parseFloat(getComputedStyle(el).top || '0') : 0;
  }, []);

  const changeQuery = (text: string) => {
    latestQuery.current = text;
    setQuery(text);
    setHighlightedId(null);
    setNavigated(false);
    setCandidates(null);
    // A form left open under a row would vanish with the row as the list narrows.
    setForm(null);
  };
  const resetSearch = useCallback(() => {
    latestQuery.current = '';
    setQuery('');
    setHighlightedId(null);
    setNavigated(false);
    setCandidates(null);
  }, []);

  const highlight = useCallback((invitee: Invitee) => {
    setHighlightedId(invitee.id);
    setNavigated(true);
    setCandidates(null);
  }, []);

  /**
   * After a status was saved: a person found by typing is done, so the box is cleared for the
   * next one (unless text for the next one was typed meanwhile); a person reached by walking
   * down the whole list keeps the highlight, and the list the focus.
   */
  const afterSave = useCallback(
    (from: Origin, typed: string) => {
      if (latestQuery.current !== typed) return focusOrigin(from);
      if (from === 'list' && typed.trim() === '') return focusList();
      resetSearch();
      focusSearch();
    },
    [focusOrigin, focusList, focusSearch, resetSearch],
  );

  // Callbacks handed to the (memoised) rows read the latest state through this ref, so they
  // stay the same functions and a check-in renders only the row it changed.
  const latest = useRef({ locked, menu, mark, afterSave, focusOrigin, highlight });
  useLayoutEffect(() => {
    latest.current = { locked, menu, mark, afterSave, focusOrigin, highlight };
  });
  // Set when a menu item was chosen, so closing the menu does not pull the focus back.
  const menuActed = useRef(false);

  const record = useCallback((invitee: Invitee, status: AttendanceStatus, from: Origin) => {
    const { locked, mark, afterSave, focusOrigin, highlight } = latest.current;
    if (locked) return;
    if (needsDetails(status)) {
      highlight(invitee);
      setForm({ inviteeId: invitee.id, kind: status, from });
      return;
    }
    setForm(null);
    const typed = latestQuery.current;
    void mark(invitee, { inviteeId: invitee.id, status }).then((ok) =>
      ok ? afterSave(from, typed) : focusOrigin(from),
    );
  }, []);

  const onAction = useCallback(
    (invitee: Invitee, action: RowAction) => {
      const from = latest.current.menu?.from ?? 'search';
      menuActed.current = true;
      switch (action.kind) {
        case 'status':
          return record(invitee, action.status, from);
        case 'reset':
          return record(invitee, 'pending', from);
        case 'remark':
          latest.current.highlight(invitee);
          return setForm({ inviteeId: invitee.id, kind: 'remark', from });
        case 'history':
          return setHistory({ invitee, from });
      }
    },
    [record],
  );

  const onMenu = useCallback((invitee: Invitee, open: boolean) => {
    if (open) {
      menuActed.current = false;
      latest.current.highlight(invitee);
      // Opened with the mouse; the list's menu key opens it with `from: 'list'` itself.
      setMenu((m) => (m?.inviteeId === invitee.id ? m : { inviteeId: invitee.id, from: 'search' }));
      return;
    }
    const from = latest.current.menu?.from ?? 'search';
    setMenu(null);
    if (!menuActed.current) latest.current.focusOrigin(from);
  }, []);

  // The rows are beside the listbox, not in it (CheckInList): a click gives it the focus.
  const onPick = useCallback(
    (invitee: Invitee) => {
      latest.current.highlight(invitee);
      focusListNow();
    },
    [focusListNow],
  );

  const onFormDone = useCallback(
    (saved: boolean) => {
      const done = form;
      setForm(null);
      if (!done) return;
      if (saved && done.kind !== 'remark') afterSave(done.from, latestQuery.current);
      else focusOrigin(done.from);
    },
    [form, afterSave, focusOrigin],
  );

  const enter = async (from: Origin) => {
    const decision = enterDecision(highlighted, matches, { locked, query });
    switch (decision.kind) {
      case 'ignore':
        return;
      case 'choose':
        setCandidates({ query, invitees: decision.candidates });
        return;
      case 'alreadyMarked':
        notifyNotice(
          t('checkin.alreadyMarked', {
            name: decision.invitee.fullName,
            status: t(`attendanceStatus.${decision.status}`),
          }),
        );
        return;
      case 'mark': {
        const typed = query;
        const { invitee } = decision;
        // Cleared only once saved: after a failure the text is still there to try again.
        const ok = await mark(invitee, { inviteeId: invitee.id, status: 'present' });
        if (ok) afterSave(from, typed);
      }
    }
  };

  const moveBy = (delta: number) => {
    const current = highlighted ? matches.invitees.indexOf(highlighted) : -1;
    const next = moveHighlight(current < 0 ? null : current, delta, matches.invitees.length);
    const invitee = matches.invitees[next];
    if (invitee) highlight(invitee);
  };

  const act = (action: KeyAction, from: Origin) => {
    switch (action.kind) {
      case 'move':
        return moveBy(action.delta);
      case 'edge': {
        const list = matches.invitees;
        const invitee = action.to === 'first' ? list[0] : list[list.length - 1];
        if (invitee) highlight(invitee);
        return;
      }
      case 'enter':
        return void enter(from);
      case 'clear':
        return resetSearch();
      case 'search':
        return searchRef.current?.focus();
      case 'list':
        return focusListNow();
      case 'status':
        if (highlighted) record(highlighted, action.status, from);
        return;
      case 'menu':
        if (highlighted) {
          menuActed.current = false;
          setMenu({ inviteeId: highlighted.id, from });
        }
        return;
    }
  };

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const action = searchKeyAction(event);
    // With nothing listed, Tab moves on as usual.
    if (!action || (action.kind === 'list' && !listRef.current)) return;
    event.preventDefault(); // keep the caret where it is
    act(action, 'search');
  };

  const onListKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Only the list's own keys: not those typed in a row's form or menu (React bubbles them).
    if (event.target !== event.currentTarget) return;
    const action = listKeyAction(event);
    if (!action) return;
    event.preventDefault();
    act(action, 'list');
  };

  const onListFocus = (event: FocusEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    // Entering the list makes the highlight deliberate (the first row when there was none), so
    // its keys act on the row the operator sees marked.
    const target = highlighted ?? matches.invitees[0];
    if (target && (!navigated || target.id !== highlightedId)) highlight(target);
  };

  const named = candidates?.invitees.slice(0, CANDIDATES_NAMED) ?? [];
  const more = (candidates?.invitees.length ?? 0) - named.length;

  const toolbar = (
    <CheckInToolbar
      meetingId={meeting.id}
      invitees={invitees}
      locked={locked}
      onWalkIn={() => setWalkInOpen(true)}
    />
  );

  return (
    <Stack gap={0}>
      {!wide && (
        <Group justify="flex-end" pb={4}>
          {toolbar}
        </Group>
      )}
      <Box ref={stickyRef} style={STICKY} data-testid="checkin-sticky">
        <Group gap="sm" wrap="nowrap" align="center">
          <TextInput
            ref={searchRef}
            style={{ flex: 1, minWidth: 0 }}
            aria-label={t('checkin.search')}
            placeholder={t('checkin.searchPlaceholder')}
            data-testid="checkin-search"
            role="combobox"
            aria-expanded={matches.invitees.length > 0}
            aria-controls={LIST_ID}
            aria-autocomplete="list"
            aria-activedescendant={highlighted ? optionId(highlighted.id) : undefined}
            aria-describedby={HINT_ID}
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(e) => changeQuery(e.currentTarget.value)}
            onKeyDown={onSearchKeyDown}
          />
          {wide ? toolbar : <CheckInProgress invitees={invitees} />}
        </Group>
        <VisuallyHidden id={HINT_ID}>{t('checkin.searchHint')}</VisuallyHidden>
        {/* Always in the page, so what appears in it is announced. */}
        <div role="status" data-testid="checkin-candidates">
          {candidates && (
            <Text size="sm" fw={600} c="orange.9" mt={6}>
              {t('checkin.candidates', {
                count: candidates.invitees.length,
                query: candidates.query,
              })}{' '}
              {named.map((i) => i.fullName).join(', ')}
              {more > 0 && ` ${t('checkin.candidatesMore', { count: more })}`}
            </Text>
          )}
        </div>
      </Box>
      <div className={classes.body}>
        {matches.invitees.length === 0 ? (
          <Text c="dimmed" mt="sm">
            {invitees.length === 0 ? t('invitees.empty') : t('checkin.noMatch')}
          </Text>
        ) : (
          <CheckInList
            invitees={matches.invitees}
            highlightedId={highlighted?.id ?? null}
            menuFor={menu?.inviteeId ?? null}
            form={form}
            locked={locked}
            meetingDate={meeting.date}
            topInset={topInset}
            listRef={listRef}
            onKeyDown={onListKeyDown}
            onFocus={onListFocus}
            onPick={onPick}
            onMenu={onMenu}
            onAction={onAction}
            onFormDone={onFormDone}
          />
        )}
        <aside className={classes.aside} aria-label={t('checkin.keys.label')}>
          {wide && <CheckInProgress invitees={invitees} />}
          <ShortcutLegend />
        </aside>
      </div>
      <InviteeHistoryModal
        invitee={history?.invitee ?? null}
        onClose={() => {
          if (history) focusOrigin(history.from);
          setHistory(null);
        }}
      />
      <WalkInModal
        opened={walkInOpen}
        onClose={() => {
          setWalkInOpen(false);
          focusSearch();
        }}
        meetingId={meeting.id}
        markPresent
        returnFocus={false}
      />
    </Stack>
  );
}
