import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { AppError } from '../../../shared/api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { errorText } from '../../errors/translateError';
import { useSessionStore } from '../../stores/sessionStore';
import { useOpenSpeeches, useSpeechStore } from '../../stores/speechStore';
import { useDocumentTitle } from '../backups/useDocumentTitle';
import { createReconnector, hostAnswers } from './reconnect';
import { RoomDisplay } from './RoomDisplay';
import { roomView } from './roomView';

/** How often the browser build reads the log again, to make up for events a dropped stream lost. */
const RESYNC_MS = 5000;

const lostTransport = (error: AppError | null | undefined) => error?.code === 'TRANSPORT';

/**
 * `#/display/:meetingId`: the room display, a page of its own outside the app's shell (no
 * navigation, no header), for a second window on the projector. It follows the speakers' log
 * through the speech store, which refetches on the core's events, and the meeting through
 * `meetings.get`, refetched when the meeting changes.
 */
export function RoomDisplayScreen() {
  const { t } = useTranslation();
  const { meetingId = '' } = useParams();
  useOpenSpeeches(meetingId);
  const speeches = useSpeechStore((s) => (s.meetingId === meetingId ? s.speeches : null));
  const speechError = useSpeechStore((s) => (s.meetingId === meetingId ? s.error : null));
  const meeting = useApiQuery(
    'meetings.get',
    { id: meetingId },
    { 'meetings.changed': (p) => p.meetingId === null || p.meetingId === meetingId },
  );
  const pointName = useSessionStore((s) => s.profile?.pointName ?? '');
  const transport = useSessionStore((s) => s.info?.transport);
  const view = useMemo(() => roomView(speeches), [speeches]);
  const title = meeting.data?.title ?? null;
  useDocumentTitle(t('display.documentTitle', { title: title ?? '' }));

  const reconnecting = lostTransport(speechError) || lostTransport(meeting.error);
  useRecovery(meetingId, transport === 'http', reconnecting, meeting.reload);
  useDisplayKeys();

  // A failure other than the transport (a meeting that is gone) is said; a lost transport keeps
  // the last state on screen with a notice while it reconnects.
  const failure = [meeting.error, speechError].find((e) => e && !lostTransport(e));
  const message = failure
    ? errorText(failure)
    : title === null || speeches === null
      ? t('display.loading')
      : null;

  return (
    <RoomDisplay
      title={title}
      pointName={pointName}
      view={view}
      message={message}
      reconnecting={reconnecting}
    />
  );
}

/**
 * Browser build only (IPC neither drops events nor changes its token): reads again on a timer,
 * and reloads the page once the host is back after a failure (reconnect.ts says why).
 */
function useRecovery(
  meetingId: string,
  overHttp: boolean,
  reconnecting: boolean,
  reloadMeeting: () => void,
): void {
  const open = useSpeechStore((s) => s.open);
  useEffect(() => {
    if (!overHttp) return;
    const timer = setInterval(() => {
      open(meetingId);
      reloadMeeting();
    }, RESYNC_MS);
    return () => clearInterval(timer);
  }, [overHttp, meetingId, open, reloadMeeting]);

  useEffect(() => {
    if (!overHttp || !reconnecting) return;
    const reconnector = createReconnector({
      probe: () => hostAnswers(),
      reload: () => window.location.reload(),
    });
    reconnector.lost();
    return () => reconnector.stop();
  }, [overHttp, reconnecting]);
}

/**
 * Escape closes the display window (in Electron, when there is no second screen, it covers the
 * operator's only one). A double click asks the browser for full screen, for the browser build's
 * window dragged onto the projector; Electron's display window is full screen already.
 */
function useDisplayKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') window.close();
    };
    const onDoubleClick = () => {
      if (window.api || !document.fullscreenEnabled) return;
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('dblclick', onDoubleClick);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('dblclick', onDoubleClick);
    };
  }, []);
}
