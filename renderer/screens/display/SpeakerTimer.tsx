import { useEffect, useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import type { Speech } from '../../../shared/api/speakingSchemas';
import { useSpeechStore } from '../../stores/speechStore';
import classes from './RoomDisplay.module.css';
import { msUntilNextSecond, timerSize, timerView } from './roomView';

/**
 * The big clock. It re-renders once per second of speaking time, at the moment the figure
 * changes (not on a fixed interval that would show each second up to a tick late, unevenly),
 * and not at all while paused. The time is computed from the stored segments on the core's
 * clock (shared/speaking/timing.ts), never counted here.
 */
export function SpeakerTimer({ speech }: { speech: Speech }) {
  const { t } = useTranslation();
  const offset = useSpeechStore((s) => s.clockOffset);
  const [ticks, tick] = useReducer((n: number) => n + 1, 0);
  // The instant of this render, so that a change from the store (a pause, a new speaker) shows
  // the right figure at once rather than the one of the last tick.
  const now = Date.now() + offset;
  const view = timerView(speech, now);
  const wait = msUntilNextSecond(speech, now);

  useEffect(() => {
    if (wait === null) return;
    // A little past the second, so the figure has surely changed when this render reads it.
    const timer = setTimeout(tick, wait + 10);
    return () => clearTimeout(timer);
    // `ticks` too: from one tick to the next the wait is often the same number of ms.
  }, [wait, ticks]);

  return (
    <div
      className={classes.timer}
      role="timer"
      data-testid="display-timer"
      data-phase={view.phase}
      data-paused={view.paused || undefined}
      aria-label={`${t(`display.timer.${view.label}`)} ${view.value}`}
    >
      <p className={classes.timerLabel} data-testid="display-timer-label">
        {t(`display.timer.${view.label}`)}
      </p>
      <p
        className={classes.timerValue}
        data-testid="display-timer-value"
        style={{ fontSize: `calc(var(--u) * ${timerSize(view.value)})` }}
      >
        {view.value}
      </p>
      {view.paused && (
        <p className={classes.pausedBadge} data-testid="display-paused">
          {t('display.paused')}
        </p>
      )}
    </div>
  );
}
