import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnArrival } from '../../components/focus';
import type { Speech } from '../../../shared/api/speakingSchemas';
import classes from './RoomDisplay.module.css';
import type { RoomView } from './roomView';
import {
  NEXT_COUNT,
  nameSize,
  nextNameSize,
  nextPostSize,
  originText,
  postSize,
  titleSize,
} from './roomView';
import { SpeakerTimer } from './SpeakerTimer';

const units = (n: number) => ({ fontSize: `calc(var(--u) * ${n})` });

export interface RoomDisplayProps {
  /** The meeting's title; null until it is known. */
  title: string | null;
  pointName: string;
  view: RoomView;
  /** Shown instead of the speaker (loading, or why the meeting cannot be shown). */
  message: string | null;
  /** The page lost the app and is trying to get it back (browser build). */
  reconnecting: boolean;
}

function useOriginLabel() {
  const { t } = useTranslation();
  return (speech: Speech) => {
    const { key, values } = originText(speech.origin);
    return values ? t(key, values) : t(key);
  };
}

/**
 * What the projector shows: the meeting and the point at the top, the speaker and their clock
 * in the middle (or the meeting's title when nobody speaks), who comes next at the bottom. No
 * control on it: the operator drives it from the speakers' tab.
 */
export function RoomDisplay({ title, pointName, view, message, reconnecting }: RoomDisplayProps) {
  const { t } = useTranslation();
  const originLabel = useOriginLabel();
  const { current } = view;
  const state = message ? 'message' : current ? current.state : 'idle';
  // Nothing to press here, but the window's focus belongs on the display, not nowhere: a
  // screen reader then reads it, and keys reach the page.
  const root = useRef<HTMLDivElement>(null);
  useFocusOnArrival(root);

  return (
    <div
      ref={root}
      tabIndex={-1}
      className={classes.root}
      data-testid="room-display"
      data-state={state}
      data-speech-id={current?.id ?? ''}
    >
      <header className={classes.header}>
        {title !== null && state !== 'idle' ? (
          <h1 className={classes.title} data-testid="display-title">
            {title}
          </h1>
        ) : (
          <span />
        )}
        <p className={classes.point} data-testid="display-point">
          {pointName}
        </p>
      </header>

      <main className={classes.main}>
        {message ? (
          <p className={classes.message} data-testid="display-message">
            {message}
          </p>
        ) : current ? (
          <>
            <section className={classes.speaker} data-testid="display-current">
              <p className={classes.status}>
                {current.state === 'paused' ? t('display.paused') : t('display.speaking')}
              </p>
              <h2
                className={classes.name}
                style={units(nameSize(current.speaker.name))}
                data-testid="display-current-name"
              >
                {current.speaker.name}
              </h2>
              {current.speaker.position && (
                <p
                  className={classes.post}
                  style={units(postSize(current.speaker.position))}
                  data-testid="display-current-post"
                >
                  {current.speaker.position}
                </p>
              )}
              <p className={classes.origin} data-testid="display-current-origin">
                {originLabel(current)}
              </p>
            </section>
            <SpeakerTimer speech={current} />
          </>
        ) : (
          <section className={classes.idle} data-testid="display-idle">
            {title !== null && (
              <h1
                className={classes.idleTitle}
                style={units(titleSize(title))}
                data-testid="display-title"
              >
                {title}
              </h1>
            )}
            <p className={classes.idleNote}>{t('display.idle')}</p>
          </section>
        )}
      </main>

      <footer className={classes.footer}>
        <div>
          <h2 className={classes.nextHeading}>{t('display.next')}</h2>
          {view.waiting > NEXT_COUNT && (
            <p className={classes.waiting} data-testid="display-waiting">
              {t('display.waiting', { count: view.waiting })}
            </p>
          )}
        </div>
        {view.next.length > 0 ? (
          <ol className={classes.nextList} data-testid="display-next">
            {view.next.map((s, i) => (
              <li key={s.id} className={classes.nextItem} data-testid="display-next-item">
                <span className={classes.nextNumber} aria-hidden>
                  {i + 1}
                </span>
                <p className={classes.nextName} style={units(nextNameSize(s.speaker.name))}>
                  {s.speaker.name}
                </p>
                {s.speaker.position && (
                  <p className={classes.nextPost} style={units(nextPostSize(s.speaker.position))}>
                    {s.speaker.position}
                  </p>
                )}
                <p className={classes.nextOrigin}>{originLabel(s)}</p>
              </li>
            ))}
          </ol>
        ) : (
          <p className={classes.nobody}>{t('display.nobodyWaiting')}</p>
        )}
      </footer>

      {reconnecting && (
        <p className={classes.notice} role="status" data-testid="display-reconnecting">
          {t('display.reconnecting')}
        </p>
      )}
    </div>
  );
}
