/**
 * Delimited text → rows of cells. The separator is one of , ; and tab (Excel writes ';' on a
 * Vietnamese-locale Windows, ',' elsewhere, tab for "Unicode text"); quotes and line breaks inside
 * quoted cells follow RFC 4180, as Excel writes them.
 */
import Papa from 'papaparse';
import type { ImportLimits } from '../../../shared/api/importLimits';
import { IMPORT_LIMITS } from '../../../shared/api/importLimits';
import { ReadBudget } from './limits';

export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** Records looked at to choose the separator. */
const SAMPLE_RECORDS = 50;

/**
 * Chooses the separator: for each candidate, count it outside quotes in each of the first records;
 * the winner is the one whose most common non-zero count is shared by the most records (a title
 * block or a comma inside an unquoted position "Phó Bí thư, Chủ tịch" then cannot mislead it).
 * Ties go to the larger count, then to the order , ; tab.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: number[][] = CSV_DELIMITERS.map(() => []);
  const current = CSV_DELIMITERS.map(() => 0);
  let inQuotes = false;
  let records = 0;
  let recordHasContent = false;
  const endRecord = () => {
    if (recordHasContent) {
      CSV_DELIMITERS.forEach((_, d) => counts[d]!.push(current[d]!));
      records++;
    }
    current.fill(0);
    recordHasContent = false;
  };
  for (let i = 0; i < text.length && records < SAMPLE_RECORDS; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      inQuotes = !inQuotes; // an escaped "" toggles twice: no net change
      recordHasContent = true;
    } else if (inQuotes) {
      continue;
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
    } else {
      const d = CSV_DELIMITERS.indexOf(ch as CsvDelimiter);
      if (d >= 0) current[d]!++;
      recordHasContent = true;
    }
  }
  endRecord();

  let best: { d: number; agree: number; count: number } = { d: 0, agree: 0, count: 0 };
  CSV_DELIMITERS.forEach((_, d) => {
    const tally = new Map<number, number>();
    for (const c of counts[d]!) if (c > 0) tally.set(c, (tally.get(c) ?? 0) + 1);
    for (const [count, agree] of tally) {
      if (agree > best.agree || (agree === best.agree && count > best.count)) {
        best = { d, agree, count };
      }
    }
  });
  return CSV_DELIMITERS[best.d]!;
}

/**
 * Parses delimited text into rows. Every record becomes a row (an empty line is an empty row, so
 * row i is record i + 1 — the row number Excel shows for the file); trailing empty records are
 * dropped. Cells are returned as written (no trimming).
 *
 * Each record is checked against `limits` as the parser hands it over, and the first one over
 * a limit stops the parser (IMPORT_LIMIT): a file of a million rows is refused at row 21,001
 * without the rest becoming arrays.
 */
export function parseCsv(
  text: string,
  delimiter: CsvDelimiter = detectDelimiter(text),
  limits: ImportLimits = IMPORT_LIMITS,
): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const budget = new ReadBudget(limits);
  const rows: string[][] = [];
  let refused: unknown = null;
  Papa.parse<string[]>(body, {
    delimiter,
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
    header: false,
    dynamicTyping: false,
    // Papa's fast mode (taken for text without quotes) splits the whole text into lines before
    // the first step: a million-line file would be a million strings before the limit is seen.
    fastMode: false,
    step: (result, parser) => {
      const record = result.data;
      const row = rows.length + 1;
      try {
        // Fields are cheap strings within the grid the limits allow; empty ones past its last
        // column (a record of a million commas) count against `cells`.
        if (record.length > limits.columns) {
          budget.element({ row, column: limits.columns + 1 }, record.length - limits.columns);
        }
        record.forEach((cell, c) => {
          if (cell !== '') budget.text({ row, column: c + 1 }, cell.length);
        });
      } catch (err) {
        refused = err;
        parser.abort();
        return;
      }
      rows.push(record.length === 1 && record[0] === '' ? [] : record);
    },
  });
  if (refused) throw refused;
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}
