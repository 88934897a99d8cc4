import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { AppError } from '../../../shared/api/errors';
import { onStream } from '../../api/bridge';
import type { StreamStatus } from '../../api/httpBridge';
import { useApiQuery } from '../../api/useApiQuery';
import { errorText } from '../../errors/translateError';
import { useSessionStore } from '../../stores/sessionStore';
import { useOpenSpeeches, useSpeechStore } from '../../stores/speechStore';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { createReconnector, hostAnswers } from './reconnect';
import { RoomDisplay } from './RoomDisplay';
import { roomView } from './roomView';

/** A meeting that is not there, or an id that cannot be one (a hand-typed address). */
const NOT_THERE = new Set(['NOT_FOUND', 'VALIDATION']);

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
  const view = useMemo(() => roomView(speeches), [speeches]);
  const title = meeting.data?.title ?? null;
  useDocumentTitle(t('display.documentTitle', { title: title ?? '' }));

  const readFailed = lostTransport(speechError) || lostTransport(meeting.error);
  const reconnecting = useRecovery(meetingId, readFailed, meeting.reload);
  useDisplayKeys();

  // A failure other than the transport (a meeting that is gone) is said; a lost transport keeps
  // the last state on screen with a notice while it reconnects.
  const failure = [meeting.error, speechError].find((e) => e && !lostTransport(e));
  const message = failure
    ? NOT_THERE.has(failure.code)
      ? t('display.notFound')
      : errorText(failure)
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
 * Browser build only (IPC neither drops events nor changes its token). The display follows the
 * core's events; when the event stream breaks it says so, when the stream comes back it reads
 * the log and the meeting again (what was sent in between is lost), and when the stream or a
 * read is refused for good (a restarted host with a new token) it reloads once the host answers
 * (reconnect.ts). Answers whether the page is out of touch, for the notice.
 */
function useRecovery(meetingId: string, readFailed: boolean, reloadMeeting: () => void): boolean {
  const open = useSpeechStore((s) => s.open);
  const [stream, setStream] = useState<StreamStatus>('up');
  useEffect(
    () =>
      onStream((status) => {
        setStream(status);
        if (status !== 'up') return;
        open(meetingId);
        reloadMeeting();
      }),
    [meetingId, open, reloadMeeting],
  );

  const lost = readFailed || stream === 'closed';
  useEffect(() => {
    if (!lost) return;
    const reconnector = createReconnector({
      probe: () => hostAnswers(),
      reload: () => window.location.reload(),
    });
    reconnector.lost();
    return () => reconnector.stop();
  }, [lost]);
  return lost || stream === 'down';
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
