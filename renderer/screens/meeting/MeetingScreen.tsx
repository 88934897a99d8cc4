import { Alert, Loader, Stack, Tabs } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { useFocusOnArrival } from '../../components/focus';
import { QueryError } from '../../components/QueryError';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useMeetingStore, useOpenMeeting } from '../../stores/meetingStore';
import type { MeetingContext } from './meetingContext';
import { MeetingHeader } from './MeetingHeader';
import { useReportLeaveGuard } from './report/useReportLeaveGuard';
import { MeetingNoteButtons, MeetingNotesBar } from '../notes/MeetingNotesBar';

const TABS = [
  'invitees',
  'checkin',
  'speaking',
  'headcount',
  'history',
  'agenda',
  'notes',
  'timeline',
  'report',
  'documents',
] as const;
type Tab = (typeof TABS)[number];

/** The tab is the last path segment; the invitee list is the index route. */
function tabOf(pathname: string): Tab {
  const last = pathname.split('/').pop();
  return TABS.find((tab) => tab === last) ?? 'invitees';
}

/** `#/meetings/:meetingId[/checkin|/speaking|/headcount|/history|/agenda|/report|/documents]` */
export function MeetingScreen() {
  const { t } = useTranslation();
  const { meetingId = '' } = useParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  // The store follows the core's events (this window's writes and every other window's).
  useOpenMeeting(meetingId);
  useReportLeaveGuard(meetingId);
  const store = useMeetingStore();
  const { open } = store;

  const loaded = store.meetingId === meetingId ? store : null;
  const tab = tabOf(pathname);
  // The tab first: it is what changes as the operator moves along the meeting's tabs.
  useDocumentTitle([t(`meeting.tabs.${tab}`), loaded?.meeting?.title].filter(Boolean).join(' – '));
  // The header stays from tab to tab, so its heading takes the focus only once: a tab whose
  // panel took away the focused element (the check-in box) hands it to the tab now shown.
  const activeTab = useRef<HTMLButtonElement>(null);
  useFocusOnArrival(activeTab, tab);
  if (loaded?.error && !loaded.meeting) {
    return <QueryError error={loaded.error} onRetry={() => open(meetingId)} />;
  }
  if (!loaded?.meeting || !loaded.invitees) return <Loader />;

  const locked = loaded.meeting.status === 'finalized';
  const context: MeetingContext = {
    meeting: loaded.meeting,
    invitees: loaded.invitees,
    locked,
  };

  return (
    <Stack gap="md">
      <MeetingHeader
        meeting={loaded.meeting}
        actions={<MeetingNoteButtons meetingId={meetingId} locked={locked} />}
      />
      {locked && <Alert color="gray">{t('meeting.readOnly')}</Alert>}
      <MeetingNotesBar meetingId={meetingId} locked={locked} />
      <Tabs
        value={tab}
        onChange={(value) => {
          const next = TABS.find((x) => x === value);
          if (next)
            void navigate(
              next === 'invitees' ? `/meetings/${meetingId}` : `/meetings/${meetingId}/${next}`,
            );
        }}
      >
        <Tabs.List>
          {TABS.map((x) => (
            <Tabs.Tab key={x} value={x} fz="md" px="xs" ref={x === tab ? activeTab : undefined}>
              {t(`meeting.tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={tab} pt="md">
          <Outlet context={context} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
