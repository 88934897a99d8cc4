import type { TFunction } from 'i18next';
import type { ClockParse, ClockUnderstood } from '../../shared/time/clock';
import { parseClock, spokenClock, spokenParts } from '../../shared/time/clock';

export type ClockRefusal = Extract<ClockParse, { ok: false }>;

/**
 * The stored "HH:mm" for what the operator typed, or the input unchanged when the shared
 * parser refuses it, so the core still rejects it beside the field (the check-in dialog relies
 * on that). Forms that can say why should use `parseClock` and `clockRefusalText` instead.
 */
export function normalizeClock(input: string): string {
  const result = parseClock(input);
  return result.ok ? result.value : input;
}

/** "2 giờ 30 chiều" in Vietnamese, "2:30 p.m." in English. */
export function spokenTime(value: string, t: TFunction): string {
  const { hour12, minute, half } = spokenParts(value);
  // Each language's template takes what it needs: Vietnamese the shared spoken form (the one
  // the parser reads back), English the 12-hour parts.
  return t('clock.spoken', {
    vietnamese: spokenClock(value),
    hour12,
    minute: String(minute).padStart(2, '0'),
    half: t(`clock.markers.${half}`),
  });
}

/** "Hiểu là: 14:30 (2 giờ 30 chiều)": shown under a time field once its text is read. */
export function understoodText(value: string, t: TFunction): string {
  return t('clock.understood', { clock: value, spoken: spokenTime(value, t) });
}

/** "13 giờ sáng", "7 giờ 75", "3 giờ kém 15 chiều": the parts read, as typed. */
function readText(u: ClockUnderstood, t: TFunction): string {
  let read =
    u.minute === null
      ? t('clock.read.hour', { hour: u.hour })
      : t('clock.read.hourMinute', { hour: u.hour, minute: String(u.minute).padStart(2, '0') });
  if (u.less !== null) read = t('clock.read.less', { read, less: u.less });
  if (u.marker !== null)
    read = t('clock.read.marker', { read, marker: t(`clock.markers.${u.marker}`) });
  return read;
}

/** Why a typed time was refused, saying what was understood of it. */
export function clockRefusalText(input: string, refusal: ClockRefusal, t: TFunction): string {
  const u = refusal.understood;
  if (!u) return t(refusal.reason, { input: input.trim() });
  return t(refusal.reason, {
    read: readText(u, t),
    hour: u.hour,
    marker: u.marker === null ? '' : t(`clock.markers.${u.marker}`),
  });
}
