/**
 * Checking IMPORT_LIMITS while a file is read: the CSV parser and the XLSX scan report every
 * cell as they meet it, and the first one over a limit stops the reading with IMPORT_LIMIT,
 * naming the limit and the cell.
 */
import { AppError } from '../../../shared/api/errors';
import type {
  ImportLimitDetails,
  ImportLimitName,
  ImportLimits,
} from '../../../shared/api/importLimits';
import { columnLetters } from '../../../shared/api/importLimits';

/** Where reading stopped: a cell (sheet, 1-based row and column) or a zip part. */
export interface LimitPlace {
  sheet?: string;
  row?: number;
  column?: number;
  part?: string;
  size?: number;
}

const WHAT: Record<ImportLimitName, string> = {
  rows: 'people',
  sheetRows: 'rows',
  columns: 'columns',
  cellLength: 'characters in a cell',
  cells: 'cells',
  textChars: 'characters of text',
  parts: 'parts in the zip',
  partBytes: 'bytes in one unpacked part',
  totalBytes: 'unpacked bytes',
};

export function importLimitError(
  limit: ImportLimitName,
  limits: ImportLimits,
  place: LimitPlace,
): AppError {
  const max = limits[limit];
  const details: ImportLimitDetails = { limit, max };
  if (place.sheet !== undefined) details.sheet = place.sheet;
  if (place.row !== undefined) details.row = place.row;
  if (place.column !== undefined) details.column = columnLetters(place.column);
  if (place.part !== undefined) details.part = place.part;
  if (place.size !== undefined) details.size = place.size;
  const at =
    details.part !== undefined
      ? ` (part ${details.part})`
      : details.row !== undefined
        ? ` (stopped at ${details.sheet ? `"${details.sheet}" ` : ''}${details.column ?? ''}${details.row})`
        : '';
  return new AppError(
    'IMPORT_LIMIT',
    `The file has more than ${max} ${WHAT[limit]}${at}`,
    details as unknown as Record<string, unknown>,
  );
}

/**
 * The running count of one reading (a CSV, or all sheets of a workbook, since exceljs builds
 * them all): cells and rows declared, shared strings and merged cells (each counted against
 * `cells` on its own: they cost differently, and a real workbook has many of each), and
 * characters of text. Positions are checked per cell.
 */
export class ReadBudget {
  private cellCount = 0;
  private sharedCount = 0;
  private mergedCount = 0;
  private charCount = 0;

  constructor(readonly limits: ImportLimits) {}

  /** A cell, row or merged cell the reader will build, with or without text. */
  element(place: LimitPlace, count = 1): void {
    this.cellCount += count;
    if (this.cellCount > this.limits.cells) throw importLimitError('cells', this.limits, place);
  }

  /** A shared string: exceljs builds each one, used or not. */
  sharedString(place: LimitPlace): void {
    if (++this.sharedCount > this.limits.cells) throw importLimitError('cells', this.limits, place);
  }

  /** A merged range of `area` cells, which the reader fills in. */
  merged(place: LimitPlace, area: number): void {
    this.mergedCount += area;
    if (this.mergedCount > this.limits.cells) throw importLimitError('cells', this.limits, place);
  }

  /** Throws when `length` characters are already too many for one cell. */
  cellLength(place: LimitPlace, length: number): void {
    if (length > this.limits.cellLength) throw importLimitError('cellLength', this.limits, place);
  }

  /** A cell with text, at 1-based `row` and `column`. */
  text(place: LimitPlace & { row: number; column: number }, length: number): void {
    if (place.row > this.limits.sheetRows) throw importLimitError('sheetRows', this.limits, place);
    if (place.column > this.limits.columns) throw importLimitError('columns', this.limits, place);
    this.cellLength(place, length);
    this.charCount += length;
    if (this.charCount > this.limits.textChars) {
      throw importLimitError('textChars', this.limits, place);
    }
  }
}
