/**
 * The directory written back out in the roster layout the reader understands, so that exporting
 * and importing again gives the same people: STT, Họ và tên, Chức vụ, Đơn vị, Số điện thoại,
 * Ghi chú, Nhóm, Thứ tự.
 */
import { writeCsv } from '../documents/csv';
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

/** CSV bytes in the layout every export shares (electron/core/documents/csv.ts). */
export function rosterToCsv(rows: readonly RosterExportRow[]): Uint8Array {
  return writeCsv([[...EXPORT_HEADER], ...rows.map(exportCells)]);
}

/** XLSX bytes: one sheet, header in row 1 (bold, frozen), Times New Roman. */
export function rosterToXlsx(rows: readonly RosterExportRow[]): Promise<Uint8Array> {
  return writeXlsx(EXPORT_SHEET_NAME, [[...EXPORT_HEADER], ...rows.map(exportCells)]);
}
