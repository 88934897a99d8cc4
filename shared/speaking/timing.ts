import type { Speech } from './model';

/** The warning starts with this much time left. */
export const LAST_MINUTE_MS = 60_000;

/**
 * Time spoken, from the stored starts, pauses and resumes; the open stretch counts up to `now`.
 * Never negative, and the same whenever it is computed again from the same events: a restart
 * of the app shows the timer at the right second, because nothing was counted in memory.
 */
export function elapsedMs(speech: Pick<Speech, 'segments'>, now: number): number {
  let total = 0;
  for (const seg of speech.segments) {
    const end = seg.end ?? now;
    total += Math.max(0, end - seg.start);
  }
  return total;
}

/** Time left of the allotment (negative once over); null when no time was given. */
export function remainingMs(
  speech: Pick<Speech, 'segments' | 'allottedSeconds'>,
  now: number,
): number | null {
  if (speech.allottedSeconds === null) return null;
  return speech.allottedSeconds * 1000 - elapsedMs(speech, now);
}

export type TimerPhase = 'open' | 'normal' | 'last_minute' | 'overrun';

/** How the timer is shown: no limit, within it, in its last minute, or over it. */
export function timerPhase(
  speech: Pick<Speech, 'segments' | 'allottedSeconds'>,
  now: number,
): TimerPhase {
  const left = remainingMs(speech, now);
  if (left === null) return 'open';
  if (left < 0) return 'overrun';
  if (left <= LAST_MINUTE_MS) return 'last_minute';
  return 'normal';
}

/** How far over its time a speech went (0 when within it or unlimited). */
export function overrunMs(
  speech: Pick<Speech, 'segments' | 'allottedSeconds'>,
  now: number,
): number {
  const left = remainingMs(speech, now);
  return left !== null && left < 0 ? -left : 0;
}

/** "mm:ss", or "h:mm:ss" past an hour; a negative duration reads "-mm:ss". */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${two(m)}:${two(s)}` : `${sign}${two(m)}:${two(s)}`;
}
