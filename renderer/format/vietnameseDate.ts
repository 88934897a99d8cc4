/**
 * Dates and times as the operator reads them. Meeting dates are plain calendar dates
 * (YYYY-MM-DD, no time zone); recorded moments are UTC instants shown in local time.
 */

import { documentDate } from '../../shared/documents/dateLine';
import { localDate } from '../../shared/time/localDate';

const pad2 = (n: number) => String(n).padStart(2, '0');

function parseIsoDate(isoDate: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** "ngày 28 tháng 7 năm 2023": the documents' own rule, leading zeros included. */
export const formatVietnameseDate = documentDate;

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "28 July 2023", for the English interface. */
export function formatEnglishDate(isoDate: string): string {
  const d = parseIsoDate(isoDate);
  if (!d) return isoDate;
  return `${d.day} ${ENGLISH_MONTHS[d.month - 1] ?? d.month} ${d.year}`;
}

export function formatLongDate(isoDate: string, language: string): string {
  return language === 'en' ? formatEnglishDate(isoDate) : formatVietnameseDate(isoDate);
}

/** "28/07/2023": the short Vietnamese form, for dense tables. */
function formatShortDate(d: Date): string {
  return `${pad2(d.getDate())}/${pad2(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** 24-hour "HH:mm" of a UTC instant, in local time. */
export function formatClock(instant: string): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return '';
  return `${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

const hms = (d: Date) => `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;

/** "14:05:09" of a UTC instant (or epoch ms), in local time: when a note was taken or saved. */
export function formatClockSeconds(instant: string | number): string {
  const d = new Date(instant);
  return Number.isNaN(d.getTime()) ? '' : hms(d);
}

/** "14:05:09 28/07/2023" of a UTC instant, in local time: when a change was recorded. */
export function formatDateTime(instant: string): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return '';
  return `${hms(d)} ${formatShortDate(d)}`;
}

/**
 * @deprecated Use `localDate(new Date())` from shared/time/localDate.ts, the one rule the core
 * uses too. Kept only as a pass-through for the import screen, which is being changed elsewhere.
 */
export function localIsoDate(now: Date = new Date()): string {
  return localDate(now);
}

/** "HH:mm" of now, local time. */
export function currentClockTime(now: Date = new Date()): string {
  return `${pad2(now.getHours())}:${pad2(now.getMinutes())}`;
}

/**
 * The UTC instant of a local wall-clock time on a meeting date, e.g. a late arrival at
 * 08:47 on 2023-07-28 in the room. Returns null when either part is not valid.
 */
export function instantOnDate(isoDate: string, clock: string): string | null {
  const d = parseIsoDate(isoDate);
  const t = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(clock);
  if (!d || !t) return null;
  const local = new Date(d.year, d.month - 1, d.day, Number(t[1]), Number(t[2]), 0, 0);
  return Number.isNaN(local.getTime()) ? null : local.toISOString();
}
