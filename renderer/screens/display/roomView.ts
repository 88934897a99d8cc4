import type { Speech } from '../../../shared/api/speakingSchemas';
import { IN_PROGRESS, PENDING } from '../../../shared/speaking/model';
import type { TimerPhase } from '../../../shared/speaking/timing';
import {
  elapsedMs,
  formatDuration,
  overrunMs,
  remainingMs,
  timerPhase,
} from '../../../shared/speaking/timing';

/**
 * What the room display shows, as pure functions of the speakers' log and the core's clock:
 * who is speaking, their timer, who comes next. The rules (states, timing, formatting) are the
 * shared ones in shared/speaking; this only chooses what a projector needs of them.
 */

/** How many waiting speakers the room sees. */
export const NEXT_COUNT = 3;

export interface RoomView {
  /** The speech in progress (speaking or paused), if any. */
  current: Speech | null;
  /** The first waiting speeches, in the log's order. */
  next: Speech[];
  /** Everyone waiting, the shown ones included. */
  waiting: number;
}

/** `speeches` in log order, as the speech store keeps them. */
export function roomView(speeches: readonly Speech[] | null): RoomView {
  const list = speeches ?? [];
  const pending = list.filter((s) => PENDING.includes(s.state));
  return {
    current: list.find((s) => IN_PROGRESS.includes(s.state)) ?? null,
    next: pending.slice(0, NEXT_COUNT),
    waiting: pending.length,
  };
}

/**
 * Which words go above the big clock. Each phase has its own words (and the overrun its "+"),
 * so the warning and the overrun read without colour, on a washed-out projector or for someone
 * who cannot tell red from green.
 */
export type TimerLabel = 'elapsed' | 'remaining' | 'lastMinute' | 'overrun';

export interface TimerView {
  phase: TimerPhase;
  label: TimerLabel;
  /** What the big clock reads: "04:12", "+01:12", "1:02:03". */
  value: string;
  paused: boolean;
}

const LABEL: Record<TimerPhase, TimerLabel> = {
  open: 'elapsed',
  normal: 'remaining',
  last_minute: 'lastMinute',
  overrun: 'overrun',
};

/**
 * Remaining time when the speech was given some, else the time spoken; past the allotment, how
 * far over. Formatted with the shared `formatDuration`, as the operator's screen is, so the two
 * never disagree by a second.
 */
export function timerView(
  speech: Pick<Speech, 'segments' | 'allottedSeconds' | 'state'>,
  now: number,
): TimerView {
  const phase = timerPhase(speech, now);
  const paused = speech.state === 'paused';
  const value =
    phase === 'open'
      ? formatDuration(elapsedMs(speech, now))
      : phase === 'overrun'
        ? `+${formatDuration(overrunMs(speech, now))}`
        : formatDuration(remainingMs(speech, now)!);
  return { phase, label: LABEL[phase], value, paused };
}

/**
 * How long until the clock on screen next changes: every displayed figure (elapsed, remaining,
 * overrun) is a whole number of seconds of the time spoken, since allotments are whole seconds.
 * Null when the clock stands still (paused, or not started).
 */
export function msUntilNextSecond(
  speech: Pick<Speech, 'segments' | 'state'>,
  now: number,
): number | null {
  if (speech.state !== 'speaking') return null;
  const open = speech.segments.find((seg) => seg.end === null);
  if (!open) return null;
  // A stretch that starts later than this page's idea of now (the answer came with a clock a
  // little ahead) counts from its start: wake from there, not in a busy loop before it.
  return Math.max(0, open.start - now) + 1000 - (elapsedMs(speech, now) % 1000);
}

/** The i18n key and values that name where a speaker speaks from. */
export function originText(origin: Speech['origin']): {
  key: 'display.origin.center' | 'display.origin.local' | 'display.origin.point';
  values?: { name: string };
} {
  switch (origin.kind) {
    case 'center':
      return { key: 'display.origin.center' };
    case 'local':
      return { key: 'display.origin.local' };
    case 'point':
      return { key: 'display.origin.point', values: { name: origin.name } };
  }
}

/** Length limits (characters) and the size used up to each; past the last, the last size. */
type Steps = readonly (readonly [maxLength: number, size: number])[];

function stepFor(text: string, steps: Steps, longest: number): number {
  const n = [...text].length;
  return steps.find(([max]) => n <= max)?.[1] ?? longest;
}

/**
 * Type sizes, in the display's unit (1/100 of the height of a 16:9 screen, see
 * RoomDisplay.module.css), stepped down as the text gets longer: a short name fills the room's
 * view, a long one still fits its box in a few lines. The limits were set by looking at
 * Vietnamese names and posts in the system sans-serif at 1024×768, 1366×768 and 1920×1080.
 */
export const nameSize = (name: string) =>
  stepFor(
    name,
    [
      [22, 9],
      [34, 7.5],
      [56, 6],
    ],
    4.5,
  );

export const postSize = (post: string) =>
  stepFor(
    post,
    [
      [40, 4.6],
      [80, 3.8],
      [140, 3],
    ],
    2.4,
  );

/** The meeting's title when it is the biggest thing on screen (nobody speaking). */
export const titleSize = (title: string) =>
  stepFor(
    title,
    [
      [40, 7],
      [80, 5.5],
      [140, 4.2],
    ],
    3.2,
  );

/** A name in the list of who comes next (a third of the width). */
export const nextNameSize = (name: string) => stepFor(name, [[40, 3.8]], 3);

/** A post in that list: three lines of a third of the width at most. */
export const nextPostSize = (post: string) =>
  stepFor(
    post,
    [
      [60, 2.8],
      [90, 2.4],
    ],
    2,
  );

/**
 * The clock's digits: as large as the timer's box (62 units, 56 inside its padding) allows for
 * this many characters; a tabular digit is about 0.6 em, a colon or "+" a little less.
 */
export function timerSize(value: string): number {
  const INSIDE_UNITS = 56;
  return Math.min(17, INSIDE_UNITS / (value.length * 0.62));
}
