import { Box, Stack, Text, TextInput } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, Invitee } from '../../../../shared/api/schemas';
import { notifyNotice } from '../../../errors/notify';
import { InviteeHistoryModal } from '../history/InviteeHistoryModal';
import { WalkInModal } from '../invitees/WalkInModal';
import { useMeetingContext } from '../meetingContext';
import type { DialogRequest } from './AttendanceDialog';
import { AttendanceDialog } from './AttendanceDialog';
import { CheckInList } from './CheckInList';
import { CheckInToolbar } from './CheckInToolbar';
import {
  enterDecision,
  filterInvitees,
  highlightIndex,
  moveHighlight,
  toSearchable,
} from './checkinFilter';
import { needsDialog } from './dialogStatus';
import { useMarkAttendance } from './useMarkAttendance';

// The search box and progress stay in view under the app header while the list scrolls.
const STICKY = {
  position: 'sticky',
  top: 'var(--app-shell-header-offset, 0rem)',
  zIndex: 2,
  background: 'var(--mantine-color-body)',
  paddingBlock: 'var(--mantine-spacing-xs)',
} as const;

/**
 * Điểm danh, keyboard first: type part of a name (accents optional), move with ↑/↓,
 * Enter records "present" for someone still unchecked and clears the box for the next person
 * (never from an empty box unless the highlight was moved with the arrows).
 */
export function CheckInPanel() {
  const { t } = useTranslation();
  const { meeting, invitees, locked } = useMeetingContext();
  const mark = useMarkAttendance();
  const [query, setQuery] = useState('');
  // An id, not an index: a refetch that reorders the list must not move the highlight onto
  // someone else just before Enter.
  const [highlightedId, setHighlightedId] = useState<string | null>(null);
  // Enter in an empty box must not mark whoever happens to be first: it acts only after typing
  // or after the operator moved the highlight on purpose.
  const [navigated, setNavigated] = useState(false);
  const [dialog, setDialog] = useState<DialogRequest | null>(null);
  const [historyOf, setHistoryOf] = useState<Invitee | null>(null);
  const [walkInOpen, setWalkInOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  // The text as of the last keystroke, read after an await (the render's `query` is stale then).
  const latestQuery = useRef('');
  const stickyRef = useRef<HTMLDivElement>(null);

  const searchable = useMemo(() => toSearchable(invitees), [invitees]);
  const matches = useMemo(() => filterInvitees(searchable, query), [searchable, query]);
  const active = highlightIndex(matches, highlightedId);
  const highlighted = matches[active] ?? null;

  // The next person is typed right after any action: the caret goes back to the search box.
  const focusSearch = useCallback(() => {
    requestAnimationFrame(() => searchRef.current?.focus());
  }, []);
  useEffect(focusSearch, [focusSearch]);

  // Rows scrolled into view must land below the sticky search box, not behind it.
  const topInset = useCallback(() => {
    const el = stickyRef.current;
    return el ? el.offsetHeight + parseFloat(getComputedStyle(el).top || '0') : 0;
  }, []);

  const changeQuery = (text: string) => {
    latestQuery.current = text;
    setQuery(text);
  };
  const resetSearch = () => {
    changeQuery('');
    setHighlightedId(null);
    setNavigated(false);
  };

  // Stable, so a check-in renders only the row it changed (CheckInRow is memoised).
  const choose = useCallback(
    (invitee: Invitee, status: AttendanceStatus) => {
      if (needsDialog(status)) {
        setDialog({ invitee, status });
        return;
      }
      void mark(invitee, { inviteeId: invitee.id, status }).then(focusSearch);
    },
    [mark, focusSearch],
  );

  const enter = async () => {
    const decision = enterDecision(highlighted, { locked, query, navigated });
    if (decision.kind === 'ignore') return;
    const { invitee } = decision;
    if (decision.kind === 'alreadyMarked') {
      notifyNotice(
        t('checkin.alreadyMarked', {
          name: invitee.fullName,
          status: t(`attendanceStatus.${decision.status}`),
        }),
      );
      return;
    }
    const typed = query;
    const ok = await mark(invitee, { inviteeId: invitee.id, status: 'present' });
    // Cleared only once saved: after a failure the text is still there to try again. Text typed
    // for the next person while this save was on its way is kept as well.
    if (ok && latestQuery.current === typed) resetSearch();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault(); // keep the caret where it is
        const next = moveHighlight(active, event.key === 'ArrowDown' ? 1 : -1, matches.length);
        setHighlightedId(matches[next]?.id ?? null);
        setNavigated(true);
        break;
      }
      case 'Enter':
        event.preventDefault();
        void enter();
        break;
      case 'Escape':
        resetSearch();
        break;
    }
  };

  return (
    <Stack gap="md">
      <Box ref={stickyRef} style={STICKY}>
        <Stack gap="sm">
          <CheckInToolbar
            meetingId={meeting.id}
            invitees={invitees}
            locked={locked}
            onWalkIn={() => setWalkInOpen(true)}
          />
          <TextInput
            ref={searchRef}
            size="lg"
            label={t('checkin.search')}
            description={t('checkin.searchHint')}
            data-testid="checkin-search"
            aria-controls="checkin-list"
            autoComplete="off"
            value={query}
            onChange={(e) => {
              changeQuery(e.currentTarget.value);
              setHighlightedId(null);
              setNavigated(false);
            }}
            onKeyDown={onKeyDown}
          />
        </Stack>
      </Box>
      {matches.length === 0 ? (
        <Text c="dimmed">{invitees.length === 0 ? t('invitees.empty') : t('checkin.noMatch')}</Text>
      ) : (
        <CheckInList
          invitees={matches}
          highlightedId={highlighted?.id ?? null}
          locked={locked}
          topInset={topInset}
          onChoose={choose}
          onHistory={setHistoryOf}
        />
      )}
      <AttendanceDialog
        request={dialog}
        meetingDate={meeting.date}
        onClose={() => {
          setDialog(null);
          focusSearch();
        }}
      />
      <InviteeHistoryModal invitee={historyOf} onClose={() => setHistoryOf(null)} />
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
