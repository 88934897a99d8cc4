import type { TFunction } from 'i18next';
import type { Speech } from '../../../../shared/api/speakingSchemas';
import type { Origin, SpeechState } from '../../../../shared/speaking/model';
import { pointNameSaysPoint } from '../../../../shared/speaking/origin';
import { formatDuration } from '../../../../shared/speaking/timing';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "14:05" of an instant (ms), in local time. */
export function clockOf(ms: number): string {
  const d = new Date(ms);
  return `${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/** "14:05:09" of an instant (ms), in local time. */
export function clockWithSeconds(ms: number): string {
  const d = new Date(ms);
  return `${clockOf(ms)}:${pad2(d.getSeconds())}`;
}

/**
 * Where the speaker speaks from. Another point is "Điểm cầu Đắk Lắk", unless its typed name
 * already says "Điểm cầu …" (then it is shown as typed, not "Điểm cầu Điểm cầu …").
 */
export function originText(origin: Origin, t: TFunction): string {
  if (origin.kind !== 'point') return t(`speaking.origin.${origin.kind}`);
  if (pointNameSaysPoint(origin.name)) return origin.name;
  return t('speaking.origin.point', { name: origin.name });
}

/**
 * A state's name. A local request that is only registered says so ("Đã đăng ký"); a speaker at
 * the center or another point is simply waiting.
 */
export function stateText(s: { state: SpeechState; origin: Origin }, t: TFunction): string {
  if (s.state === 'queued' && s.origin.kind === 'local') return t('speaking.state.registered');
  return t(`speaking.state.${s.state}`);
}

/**
 * A local request's trail, each step with its time: "Đăng ký 08:02 → Gửi TW 08:05 → Được mời
 * 08:10". A stretch resumed after a pause reads "Tiếp tục", not a second "Bắt đầu".
 */
export function trailText(s: Pick<Speech, 'trail'>, t: TFunction): string {
  let started = false;
  return s.trail
    .map(({ state, at }) => {
      let step: string = state;
      if (state === 'speaking') {
        step = started ? 'resumed' : 'speaking';
        started = true;
      }
      return t('speaking.trail.step', {
        step: t(`speaking.trail.${step as SpeechState | 'resumed'}`),
        time: clockOf(at),
      });
    })
    .join(' → ');
}

export function allottedText(seconds: number | null, t: TFunction): string {
  if (seconds === null) return t('speaking.noLimit');
  if (seconds % 60 === 0) return t('common.minutes', { count: seconds / 60 });
  return formatDuration(seconds * 1000);
}

/** "Nguyễn Văn An – Giám đốc Sở Y tế": one line naming the speaker. */
export function speakerLine(s: Pick<Speech, 'speaker'>): string {
  return s.speaker.position ? `${s.speaker.name} – ${s.speaker.position}` : s.speaker.name;
}
