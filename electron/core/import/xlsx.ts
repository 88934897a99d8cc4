/**
 * XLSX workbooks ↔ rows of cell texts (exceljs).
 *
 * Reading turns every cell into the text the operator sees: rich text joined, a formula's cached
 * result, numbers without a trailing ".0", dates as dd/mm/yyyy. Merged cells hold their value in
 * the top-left (master) cell: a range spanning columns keeps it there (a title over A1:E1), a range
 * spanning rows repeats it down its own column (a unit merged over the people who belong to it).
 * Cells in a TCVN3 font (".VnTime", ".VnArialH", …) hold legacy bytes as Latin-1 characters; they
 * are decoded, and uppercased for the capitals fonts (names ending in "H").
 *
 * Before exceljs opens a file, `scanXlsx` holds it to IMPORT_LIMITS (see xlsxScan.ts).
 */
import ExcelJS from 'exceljs';
import type { Cell, CellValue, Font, Worksheet } from 'exceljs';
import { AppError } from '../../../shared/api/errors';
import type { ImportLimits } from '../../../shared/api/importLimits';
import { IMPORT_LIMITS } from '../../../shared/api/importLimits';
import { importLimitError } from './limits';
import { scoreVietnamese } from './syllable';
import { decodeTcvn3, restoreTcvn3Case } from './tcvn3';
import type { MergeRange } from './xlsxScan';
import { scanXlsx } from './xlsxScan';

export interface SheetRows {
  name: string;
  /** rows[i] is sheet row i + 1; an empty row is []; trailing empty cells are dropped. */
  rows: string[][];
  /** How many cells (or rich-text runs) were decoded from a TCVN3 font. */
  tcvn3Cells: number;
  /** Hidden (or very hidden) in Excel. */
  hidden: boolean;
}

/** Counts what reading a sheet decoded. */
export interface CellStats {
  tcvn3Cells: number;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy from the Date exceljs builds (the serial date read as UTC). */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  return `${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? n.toFixed(0) : String(n);
  return String(Number(n.toPrecision(15)));
}

const isTcvn3Font = (font: Partial<Font> | undefined) => /^\.vn/i.test(font?.name?.trim() ?? '');
const isCapitalsFont = (font: Partial<Font> | undefined) => /h$/i.test(font?.name?.trim() ?? '');

/**
 * Text written in a TCVN3 font: the characters are the legacy bytes read as Latin-1. Decoded when
 * that reads as better Vietnamese than the text as it is (someone may have retyped the cell in
 * Unicode and kept the font).
 */
function fromTcvn3Font(text: string, font: Partial<Font> | undefined, stats?: CellStats): string {
  if (!isTcvn3Font(font) || text === '') return text;
  let decoded = text;
  if (/[\u0080-\uffff]/.test(text) && !/[\u0100-\uffff]/.test(text)) {
    const bytes = Uint8Array.from(text, (ch) => ch.charCodeAt(0));
    const candidate = decodeTcvn3(bytes);
    const before = scoreVietnamese(text);
    const after = scoreVietnamese(candidate);
    if (after.good - after.bad <= before.good - before.bad) return text;
    decoded = candidate;
    if (stats) stats.tcvn3Cells++;
  } else if (/[\u0100-\uffff]/.test(text)) {
    return text; // real Unicode
  }
  return isCapitalsFont(font) ? decoded.toUpperCase() : restoreTcvn3Case(decoded);
}

/** The text of a cell value as shown (see the module comment). */
export function cellValueText(value: CellValue, font?: Partial<Font>, stats?: CellStats): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return fromTcvn3Font(value, font, stats);
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) {
    return value.richText
      .map((run) => fromTcvn3Font(run.text ?? '', run.font ?? font, stats))
      .join('');
  }
  if ('error' in value) return '';
  if ('formula' in value || 'sharedFormula' in value) {
    return cellValueText((value.result ?? null) as CellValue, font, stats);
  }
  if ('hyperlink' in value) return cellValueText(value.text as CellValue, font, stats);
  return '';
}

/**
 * The rows of a sheet as text. Merged ranges come from the scan (exceljs is told to skip
 * them, see readXlsx): the first cell's text is repeated down its own column, and the cells to
 * its right are empty, whatever the file stored there.
 */
function sheetRows(ws: Worksheet, merges: readonly MergeRange[], limits: ImportLimits): SheetRows {
  const rows: string[][] = [];
  const stats: CellStats = { tcvn3Cells: 0 };
  const cellText = (cell: Cell) => cellValueText(cell.value, cell.font, stats);
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const text = cellText(cell);
      if (text === '') return;
      // The scan stopped any cell with text outside these bounds; a value exceljs makes up
      // from no text (a boolean without its value) must not stretch the rows either.
      if (rowNumber > limits.sheetRows || col > limits.columns) {
        const place = { sheet: ws.name, row: rowNumber, column: col };
        throw importLimitError(
          rowNumber > limits.sheetRows ? 'sheetRows' : 'columns',
          limits,
          place,
        );
      }
      cells[col - 1] = text;
    });
    if (cells.length > 0) rows[rowNumber - 1] = cells;
  });
  // Linear in the merged cells, which the scan bounds (exceljs checks each merge against every
  // earlier one, quadratic in their number).
  for (const m of merges) {
    const master = rows[m.top - 1]?.[m.left - 1] ?? '';
    for (let r = m.top; r <= m.bottom; r++) {
      const cells = r === m.top ? rows[r - 1] : (rows[r - 1] ??= []);
      if (!cells) continue;
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        if (c === m.left && master !== '') cells[c - 1] = master;
        else if (c - 1 < cells.length) cells[c - 1] = '';
      }
    }
  }
  for (let r = 0; r < rows.length; r++) {
    const cells = (rows[r] ??= []);
    while (cells.length > 0 && !cells[cells.length - 1]) cells.pop();
    for (let c = 0; c < cells.length; c++) cells[c] ??= '';
  }
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return { name: ws.name, rows, tcvn3Cells: stats.tcvn3Cells, hidden: ws.state !== 'visible' };
}

/**
 * What exceljs must not build: merged ranges (the reader fills them in itself, linearly) and
 * data validations (exceljs stores one entry per cell of each range, and Excel writes ranges
 * such as D2:D1048576).
 */
const IGNORED_NODES = ['mergeCells', 'dataValidations'];

/**
 * Reads every worksheet of an XLSX file, after `scanXlsx` has held it to `limits`
 * (IMPORT_LIMIT). A file exceljs cannot open as a workbook (a zip of something else, a damaged
 * file) is IMPORT_UNSUPPORTED with `details.kind` 'zip'.
 */
export async function readXlsx(
  bytes: Uint8Array,
  limits: ImportLimits = IMPORT_LIMITS,
): Promise<SheetRows[]> {
  const scan = await scanXlsx(bytes, limits);
  const wb = new ExcelJS.Workbook();
  // Defined names are expanded cell by cell when the workbook is built (one name over
  // A1:XFD1048576 is 17 billion entries) and the reader uses none: drop them once exceljs has
  // read the print areas from them, before it builds the workbook.
  const xlsx = wb.xlsx as unknown as {
    reconcile(model: { definedNames?: unknown[] }, o: unknown): void;
  };
  const reconcile = xlsx.reconcile.bind(xlsx);
  xlsx.reconcile = (model, options) => {
    reconcile(model, options);
    model.definedNames = [];
  };
  try {
    // exceljs types its argument as its own `Buffer extends ArrayBuffer`; at run time it wants a
    // Node Buffer.
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    await wb.xlsx.load(buffer as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES });
  } catch (e) {
    throw new AppError(
      'IMPORT_UNSUPPORTED',
      'The file is a zip archive but not an Excel workbook',
      {
        kind: 'zip',
        cause: e instanceof Error ? e.message : String(e),
      },
    );
  }
  if (wb.worksheets.length === 0) {
    throw new AppError('IMPORT_UNSUPPORTED', 'The workbook has no worksheets', { kind: 'zip' });
  }
  return wb.worksheets.map((ws) => sheetRows(ws, scan.merges.get(ws.name) ?? [], limits));
}

export interface WriteXlsxOptions {
  /** Index of the row to set in bold and freeze the view under (default 0). */
  headerRow?: number;
}

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]. */
function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, ' ')
    .trim()
    .slice(0, 31);
  return cleaned || 'Sheet1';
}

/**
 * Writes one worksheet: Times New Roman 12 (the administrative font), the header row bold and
 * frozen, column widths fitted to the content. Numbers are written as numbers.
 */
export async function writeXlsx(
  sheetName: string,
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
  options: WriteXlsxOptions = {},
): Promise<Uint8Array> {
  const headerRow = options.headerRow ?? 0;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Điểm Cầu';
  const ws = wb.addWorksheet(safeSheetName(sheetName), {
    views: [{ state: 'frozen', ySplit: headerRow + 1 }],
  });
  const font: Partial<Font> = { name: 'Times New Roman', size: 12 };
  const widths: number[] = [];
  rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    cells.forEach((v, c) => {
      if (v === null || v === '') return;
      const cell = row.getCell(c + 1);
      cell.value = v;
      cell.font = r === headerRow ? { ...font, bold: true } : font;
      if (typeof v === 'string') cell.numFmt = '@';
      if (r >= headerRow) {
        const len = Math.max(
          ...String(v)
            .split('\n')
            .map((l) => l.length),
        );
        widths[c] = Math.max(widths[c] ?? 0, len);
      }
    });
  });
  widths.forEach((w, c) => {
    ws.getColumn(c + 1).width = Math.min(60, Math.max(6, Math.ceil(w * 1.15) + 2));
  });
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
