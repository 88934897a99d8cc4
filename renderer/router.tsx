import { Navigate, createHashRouter } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { NotFoundScreen } from './components/NotFoundScreen';
import { ScreenNotices } from './errors/ScreenNotices';
import { BackupsScreen } from './screens/backups/BackupsScreen';
import { RoomDisplayScreen } from './screens/display/RoomDisplayScreen';
import { DirectoryScreen } from './screens/directory/DirectoryScreen';
import { GroupsScreen } from './screens/groups/GroupsScreen';
import { ImportScreen } from './screens/import/ImportScreen';
import { CheckInPanel } from './screens/meeting/checkin/CheckInPanel';
import { HeadcountPanel } from './screens/meeting/headcount/HeadcountPanel';
import { MeetingHistoryPanel } from './screens/meeting/history/MeetingHistoryPanel';
import { InviteesPanel } from './screens/meeting/invitees/InviteesPanel';
import { AgendaPanel } from './screens/meeting/AgendaPanel';
import { DocumentsPanel } from './screens/meeting/documents/DocumentsPanel';
import { MeetingScreen } from './screens/meeting/MeetingScreen';
import { ReportPanel } from './screens/meeting/report/ReportPanel';
import { SpeakingPanel } from './screens/meeting/speaking/SpeakingPanel';
import { MeetingFormScreen } from './screens/meetingForm/MeetingFormScreen';
import { MeetingsListScreen } from './screens/meetings/MeetingsListScreen';
import { NotesPanel } from './screens/notes/NotesPanel';
import { TimelinePanel } from './screens/notes/TimelinePanel';
import { ProfileScreen } from './screens/profile/ProfileScreen';
import { PrintScreen } from './documents/PrintScreen';
import { SearchScreen } from './screens/search/SearchScreen';
import { CenterScreen } from './screens/sync/CenterScreen';

/**
 * Hash routes: the Electron build loads the page from app:// and the browser build from the
 * loopback host, and neither serves deep paths, so the route lives after '#'.
 */
export const router = createHashRouter([
  // A document alone, as paper: no navigation, no notices.
  { path: '/print/:meetingId/:document', element: <PrintScreen /> },
  // The room display: a window of its own for the projector, outside the operator's shell.
  { path: '/display/:meetingId', element: <RoomDisplayScreen /> },
  {
    path: '/',
    element: (
      <>
        <ScreenNotices />
        <AppLayout />
      </>
    ),
    children: [
      { index: true, element: <Navigate to="/meetings" replace /> },
      { path: 'meetings', element: <MeetingsListScreen /> },
      { path: 'meetings/new', element: <MeetingFormScreen /> },
      { path: 'meetings/:meetingId/edit', element: <MeetingFormScreen /> },
      {
        path: 'meetings/:meetingId',
        element: <MeetingScreen />,
        children: [
          { index: true, element: <InviteesPanel /> },
          { path: 'checkin', element: <CheckInPanel /> },
          { path: 'speaking', element: <SpeakingPanel /> },
          { path: 'headcount', element: <HeadcountPanel /> },
          { path: 'history', element: <MeetingHistoryPanel /> },
          { path: 'agenda', element: <AgendaPanel /> },
          { path: 'notes', element: <NotesPanel /> },
          { path: 'timeline', element: <TimelinePanel /> },
          { path: 'report', element: <ReportPanel /> },
          { path: 'documents', element: <DocumentsPanel /> },
        ],
      },
      { path: 'directory', element: <DirectoryScreen /> },
      { path: 'directory/import', element: <ImportScreen /> },
      { path: 'directory/groups', element: <GroupsScreen /> },
      { path: 'profile', element: <ProfileScreen /> },
      { path: 'backups', element: <BackupsScreen /> },
      { path: 'center', element: <CenterScreen /> },
      { path: 'search', element: <SearchScreen /> },
      { path: '*', element: <NotFoundScreen /> },
    ],
  },
]);
