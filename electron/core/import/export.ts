/**
 * The directory written back out in the roster layout the reader understands, so that exporting
 * and importing again gives the same people: STT, Họ và tên, Chức vụ, Đơn vị, Số điện thoại,
 * Ghi chú, Nhóm, Thứ tự.
 */
import { guardFormula } from '../../../shared/files/formulaGuard';
import type { RosterRow } from './roster';
import { writeXlsx } from './xlsx';

export const EXPORT_HEADER = [
  'STT',
  'Họ và tên',
  'Chức vụ',
  'Đơn vị',
  'Số điện thoại',
  'Ghi chú',
  'Nhóm',
  'Thứ tự',
  'Tên để sắp xếp',
] as const;

export const EXPORT_SHEET_NAME = 'Danh sách đại biểu';

export type RosterExportRow = Pick<
  RosterRow,
  'fullName' | 'position' | 'unit' | 'phone' | 'note' | 'group' | 'rank'
> & { sortName?: string };

function exportCells(row: RosterExportRow, i: number): Array<string | number | null> {
  return [
    i + 1,
    row.fullName,
    row.position,
    row.unit,
    row.phone,
    row.note,
    row.group,
    row.rank,
    row.sortName ?? '',
  ];
}

/**
 * A cell Excel would run as a formula ("=HYPERLINK(…)", "+84 912…") gets a leading apostrophe;
 * our reader removes it again (shared/files/formulaGuard.ts).
 */
function csvField(value: string | number | null): string {
  const raw = value === null ? '' : String(value);
  const text = typeof value === 'string' ? guardFormula(raw) : raw;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV bytes: UTF-8 with a byte-order mark (so Excel reads the diacritics right), comma-separated,
 * CRLF line ends, fields quoted when they hold a comma, quote, line break or edge spaces.
 */
export function rosterToCsv(rows: readonly RosterExportRow[]): Uint8Array {
  const lines = [EXPORT_HEADER.map(csvField).join(',')];
  rows.forEach((row, i) => lines.push(exportCells(row, i).map(csvField).join(',')));
  const body = new TextEncoder().encode(lines.join('\r\n') + '\r\n');
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/** XLSX bytes: one sheet, header in row 1 (bold, frozen), Times New Roman. */
export function rosterToXlsx(rows: readonly RosterExportRow[]): Promise<Uint8Array> {
  return writeXlsx(EXPORT_SHEET_NAME, [[...EXPORT_HEADER], ...rows.map(exportCells)]);
}
