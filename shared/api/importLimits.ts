/**
 * How much of a roster file the app reads: one set of numbers for the reader (which stops at
 * the first thing over a limit, IMPORT_LIMIT), the preview and the commit. The 20 MB of
 * `MAX_IMPORT_BYTES` bounds only the file as picked; an XLSX is a zip, and a few kilobytes of
 * it can inflate to gigabytes, so these bound what the file holds once unpacked.
 *
 * The numbers are about ten times what a real roster needs (a province's largest conference
 * lists a few thousand people in a dozen columns) and small enough that a file just under every
 * limit is read by the worker within its time limit and heap ceiling.
 */
export const IMPORT_LIMITS = {
  /** People in one import: what one `import.commit` accepts, so the preview never shows more. */
  rows: 20_000,
  /**
   * Rows a sheet (or records a CSV) may have down to its last cell with text: the people plus
   * room for what is not a person (titles, header, section headings, totals, signatures, empty
   * rows). Reading stops here, before the extraction counts people.
   */
  sheetRows: 21_000,
  /** Columns with text: rosters have about a dozen; column 101 is not roster data. */
  columns: 100,
  /**
   * Characters in one cell. The longest field the directory stores is a note of 500
   * characters; 2,000 leaves room for a long unit name or a remark the operator shortens in the
   * preview, and keeps any per-cell work small. Excel's own ceiling (32,767) would let a
   * 17 KB file repeat one 32 K shared string into a gigabyte of text.
   */
  cellLength: 2_000,
  /**
   * Cells, rows and merged cells an XLSX declares, with or without a value. exceljs builds an
   * object of about 400 bytes for each and takes about 15 µs: 500,000 is about 200 MB and
   * 8 s in the worker, and 20,000 people in 25 columns.
   */
  cells: 500_000,
  /**
   * Characters of text in all cells together, a shared string counted every time a cell uses
   * it: what the reading, normalising and matching work is proportional to.
   */
  textChars: 20_000_000,
  /** Parts in an XLSX zip: a workbook has about ten; each part costs an object to open. */
  parts: 1_000,
  /** Unpacked bytes of one part of an XLSX zip (a sheet, the shared strings, an image). */
  partBytes: 64 * 1024 * 1024,
  /** Unpacked bytes of all parts of an XLSX zip together. */
  totalBytes: 128 * 1024 * 1024,
} as const;

export type ImportLimits = { readonly [K in keyof typeof IMPORT_LIMITS]: number };
export type ImportLimitName = keyof typeof IMPORT_LIMITS;

/**
 * `details` of an IMPORT_LIMIT error: which limit, its value (`max`), and where reading
 * stopped. `row` is the 1-based row (CSV: record) and `column` the column's letters as Excel
 * shows them; `sheet` is absent for a CSV. Size limits name the zip `part` instead of a cell,
 * and `size` (bytes declared or unpacked when reading stopped).
 */
export interface ImportLimitDetails {
  limit: ImportLimitName;
  max: number;
  sheet?: string;
  row?: number;
  column?: string;
  part?: string;
  size?: number;
}

/** 1 → "A", 27 → "AA": a column as Excel names it. */
export function columnLetters(column: number): string {
  let n = Math.floor(column);
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "AA" → 27; 0 for anything that is not column letters. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i);
    const v = c >= 65 && c <= 90 ? c - 64 : c >= 97 && c <= 122 ? c - 96 : 0;
    if (v === 0) return 0;
    n = n * 26 + v;
  }
  return n;
}
