import { foldText } from '../text/fold';

/**
 * Calendar dates as operators type them, read into the YYYY-MM-DD the core stores, or null.
 *
 * Numbers are always day first ("30/11/2026", "3.7.2026", "30-11-2026"), as dates are written in
 * Vietnam, whatever the browser's locale: reading "11/12/2026" as 12 November on an American
 * system is exactly the confusion this field exists to avoid. A four-digit year first is ISO
 * ("2026-11-30"). Words are read too: the Vietnamese long form the field shows beneath itself
 * ("ngày 30 tháng 11 năm 2026") and English month names ("30 Nov 2026", the English UI's
 * display form, or "Nov 30, 2026"), since a month name leaves no doubt about the order.
 *
 * Refused (null): two-digit years ("30/11/26" could be 1926 or 2026), impossible days
 * ("31/11/2026", "29/02/2025") and years outside 1900–2100, where a typo is likelier than a
 * meeting.
 */

const ENGLISH_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** 1–12 for an English month name or its first three letters or more ("sept"), else null. */
function englishMonth(word: string): number | null {
  if (word.length < 3) return null;
  const i = ENGLISH_MONTHS.findIndex((m) => m.startsWith(word));
  return i < 0 ? null : i + 1;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** YYYY-MM-DD when the three numbers are a real date in range, else null. */
export function isoDateOf(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > lastDay) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const DAY_FIRST = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const VIETNAMESE_WORDS = /^(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*(?:nam\s*)?,?\s*(\d{4})$/;
const DAY_MONTH_NAME = /^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})$/;
const MONTH_NAME_DAY = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/;

export function parseTypedDate(input: string): string | null {
  const text = foldText(input.normalize('NFKC'));
  let m = DAY_FIRST.exec(text);
  if (m) return isoDateOf(Number(m[4]), Number(m[3]), Number(m[1]));
  m = ISO.exec(text);
  if (m) return isoDateOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = VIETNAMESE_WORDS.exec(text);
  if (m) return isoDateOf(Number(m[3]), Number(m[2]), Number(m[1]));
  m = DAY_MONTH_NAME.exec(text);
  if (m) {
    const month = englishMonth(m[2]!);
    return month === null ? null : isoDateOf(Number(m[3]), month, Number(m[1]));
  }
  m = MONTH_NAME_DAY.exec(text);
  if (m) {
    const month = englishMonth(m[1]!);
    return month === null ? null : isoDateOf(Number(m[3]), month, Number(m[2]));
  }
  return null;
}
