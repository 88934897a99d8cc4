import { Stack, Text, TextInput } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, Invitee } from '../../../../shared/api/schemas';
import { InviteeHistoryModal } from '../history/InviteeHistoryModal';
import { WalkInModal } from '../invitees/WalkInModal';
import { useMeetingContext } from '../meetingContext';
import type { DialogRequest } from './AttendanceDialog';
import { AttendanceDialog, needsDialog } from './AttendanceDialog';
import { CheckInList } from './CheckInList';
import { CheckInToolbar } from './CheckInToolbar';
import { filterInvitees, moveHighlight, toSearchable } from './checkinFilter';
import { useMarkAttendance } from './useMarkAttendance';

/**
 * Điểm danh, keyboard first: type part of a name (accents optional), move with ↑/↓,
 * Enter records "present" and clears the box for the next person (never from an empty box
 * unless the highlight was moved with the arrows).
 */
export function CheckInPanel() {
  const { t } = useTranslation();
  const { meeting, invitees, locked, reloadInvitees } = useMeetingContext();
  const mark = useMarkAttendance();
  const [query, setQuery] = useState('');
  const [highlight, setHighlight] = useState(0);
  // Enter in an empty box must not mark whoever happens to be first: it acts only after typing
  // or after the operator moved the highlight on purpose.
  const [navigated, setNavigated] = useState(false);
  const [dialog, setDialog] = useState<DialogRequest | null>(null);
  const [historyOf, setHistoryOf] = useState<Invitee | null>(null);
  const [walkInOpen, setWalkInOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);

  const searchable = useMemo(() => toSearchable(invitees), [invitees]);
  const matches = useMemo(() => filterInvitees(searchable, query), [searchable, query]);
  const active = Math.min(highlight, Math.max(0, matches.length - 1));
  const highlighted = matches[active] ?? null;

  useEffect(() => searchRef.current?.focus(), []);

  const choose = (invitee: Invitee, status: AttendanceStatus) => {
    if (needsDialog(status)) setDialog({ invitee, status });
    else void mark(invitee, { inviteeId: invitee.id, status });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault(); // keep the caret where it is
        setHighlight(moveHighlight(active, event.key === 'ArrowDown' ? 1 : -1, matches.length));
        setNavigated(true);
        break;
      case 'Enter':
        event.preventDefault();
        if (!highlighted || locked || (query.trim() === '' && !navigated)) return;
        void mark(highlighted, { inviteeId: highlighted.id, status: 'present' });
        setQuery('');
        setHighlight(0);
        setNavigated(false);
        break;
      case 'Escape':
        setQuery('');
        setHighlight(0);
        setNavigated(false);
        break;
    }
  };

  return (
    <Stack gap="md">
      <CheckInToolbar
        meetingId={meeting.id}
        invitees={invitees}
        locked={locked}
        onWalkIn={() => setWalkInOpen(true)}
        onChanged={reloadInvitees}
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
          setQuery(e.currentTarget.value);
          setHighlight(0);
          setNavigated(false);
        }}
        onKeyDown={onKeyDown}
      />
      {matches.length === 0 ? (
        <Text c="dimmed">{invitees.length === 0 ? t('invitees.empty') : t('checkin.noMatch')}</Text>
      ) : (
        <CheckInList
          invitees={matches}
          highlightedId={highlighted?.id ?? null}
          locked={locked}
          onChoose={choose}
          onHistory={setHistoryOf}
        />
      )}
      <AttendanceDialog
        request={dialog}
        meetingDate={meeting.date}
        onClose={() => setDialog(null)}
      />
      <InviteeHistoryModal invitee={historyOf} onClose={() => setHistoryOf(null)} />
      <WalkInModal
        opened={walkInOpen}
        onClose={() => setWalkInOpen(false)}
        meetingId={meeting.id}
        onAdded={reloadInvitees}
      />
    </Stack>
  );
}
