/**
 * Rows of a roster sheet → people, and the whole reading pipeline (`readRoster`).
 *
 * Below the header: empty rows are skipped, and rows with only an STT (pre-numbered template
 * rows); a total row ("Tổng cộng", "Tổng số", "Cộng", "Total") ends the table (a later row with a
 * numeric STT or a section heading resumes it, so per-section subtotals work); a repeated header
 * (printed on every page) and the "(1) (2) (3)" column-number row are skipped; a section heading
 * ("I. ĐẠI BIỂU TRUNG ƯƠNG" alone, "II" in the STT column with a title, or a lone title in the
 * name column of a numbered table) is reported as a section, for the caller to use as a
 * protocol-group hint; a signature block under a numbered table is dropped. Every row not read as
 * a person is listed in `skipped` with the reason. All text goes through normaliseVietnamese (NFC,
 * one tone placement, single spaces); capitalisation is kept.
 */
import { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import type { ImportLimits } from '../../../shared/api/importLimits';
import { IMPORT_LIMITS } from '../../../shared/api/importLimits';
import { validationError } from '../../../shared/api/issues';
import { unguardFormula } from '../../../shared/files/formulaGuard';
import { normaliseVietnamese } from '../../../shared/text/tone';
import type { CsvDelimiter } from './csv';
import { CSV_DELIMITERS, detectDelimiter, parseCsv } from './csv';
import type { RosterEncoding } from './encoding';
import { ROSTER_ENCODINGS, decodeText, detectEncoding } from './encoding';
import type { ColumnMapping } from './header';
import { ROLES, findHeader, headerColumns, mapHeaderCells, matchHeaderCell } from './header';
import { importLimitError } from './limits';
import type { RosterFileKind } from './sniff';
import { sniffFile } from './sniff';
import { restoreTcvn3Case, restoreTcvn3NameCase } from './tcvn3';
import { readXlsx } from './xlsx';

export type RosterProblem = 'missing_name';

export interface RosterRow {
  /** 1-based row number in the sheet (for a CSV: the record number, as Excel shows it). */
  line: number;
  fullName: string;
  position: string;
  unit: string;
  phone: string;
  note: string;
  /** A remark about the meeting the roster is for ("remark" column). */
  remark: string;
  /** Text of the "Nhóm" (protocol group) column. */
  group: string;
  /** "Thứ tự" (rank within the group) when it is a whole number. */
  rank: number | null;
  /** "Tên để sắp xếp": a sort-name override, as the directory export writes it (absent if empty). */
  sortName?: string;
  problems: RosterProblem[];
}

export interface RosterSection {
  line: number;
  /** The heading text, e.g. "I. ĐẠI BIỂU TRUNG ƯƠNG" or "ĐẠI BIỂU TỈNH". */
  title: string;
  /** The numbering when it stood in its own (STT) cell, e.g. "II"; otherwise ''. */
  marker: string;
}

export type SkipReason = 'total' | 'after_total' | 'repeated_header' | 'column_numbers' | 'trailer';

export interface SkippedRow {
  line: number;
  reason: SkipReason;
}

export interface ExtractedRoster {
  rows: RosterRow[];
  sections: RosterSection[];
  /** Non-empty rows below the header that were deliberately not read as people. */
  skipped: SkippedRow[];
}

// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u200b-\u200d\u2060\u00ad\x00-\x08\x0b\x0e-\x1f]/g;

/** Cell text as stored: invisible characters dropped, then normaliseVietnamese. */
export function cleanCell(text: string | undefined): string {
  if (!text) return '';
  // Numbers, codes and plain ASCII words without stray spaces are already clean.
  if (/^[!-~]+(?: [!-~]+)*$/.test(text)) return text;
  return normaliseVietnamese(text.replace(INVISIBLE, ''));
}

/** cleanCell with a memo: rosters repeat units, positions and groups on most rows. */
function cellCleaner(): (text: string | undefined) => string {
  const memo = new Map<string, string>();
  return (text) => {
    if (!text) return '';
    let clean = memo.get(text);
    if (clean === undefined) {
      clean = cleanCell(text);
      if (memo.size < 50_000) memo.set(text, clean);
    }
    return clean;
  };
}

const TOTAL =
  /^(?:(?:tổng cộng|tổng số|total|tong cong|tong so)(?=$|[^\p{L}])|(?:cộng|cong)\s*(?=$|[:.(\d]))/u;
const ROMAN = /^[IVXLC]+$/;
const SECTION_NUMBERING = /^(?:[IVXLC]+|[A-Z])\s*[.)/:-]\s*/u;
const hasLetter = (s: string) => /\p{L}/u.test(s);
const isUppercase = (s: string) => hasLetter(s) && s === s.toUpperCase();
const isArabicNumber = (s: string) => /^\d+\.?$/.test(s);
/** Every role but the STT column holds data about the person. */
const DATA_ROLES = ROLES.filter((r) => r !== 'index');

const isTotalRow = (firstText: string) => TOTAL.test(firstText.toLowerCase());

/** "1 2 3 4 5" or "(1) (2) (3)" under the header, numbering the columns. */
function isColumnNumberRow(cells: readonly string[]): boolean {
  const values = cells.filter(Boolean);
  if (values.length < 3) return false;
  const nums = values.map((v) => /^\(?(\d{1,2})\)?$/.exec(v)?.[1]);
  if (nums.some((n) => n === undefined)) return false;
  return nums.every((n, i) => i === 0 || Number(n) === Number(nums[i - 1]) + 1);
}

function cleanPhone(text: string): string {
  // Excel drops the leading zero of a phone typed as a number: 912345678 → 0912345678.
  return /^[1-9]\d{8}$/.test(text) ? `0${text}` : text;
}

function parseRank(text: string): number | null {
  return /^-?\d+$/.test(text) ? Number(text) : null;
}

/**
 * Reads the people below the header. `headerRow` is the 0-based index of the header's first row,
 * `headerRows` how many rows it spans (1 or 2); `mapping` gives 0-based columns per role.
 *
 * In a numbered table (an STT column filled on most rows) two more rules apply: a lone cell in the
 * name column ("Sở, ban, ngành") is a section heading when numbered people follow it, and rows
 * without an STT after the last numbered person and an empty row are a trailer (the signature
 * block: "Người lập biểu", the signer's name), not people.
 */
export function extractRoster(
  rows: readonly string[][],
  headerRow: number,
  mapping: ColumnMapping,
  headerRows: 1 | 2 = 1,
): ExtractedRoster {
  const dataCols = DATA_ROLES.map((r) => mapping[r]).filter((c): c is number => c !== undefined);
  const idx = mapping.index;
  const nameCol = mapping.fullName;
  const start = headerRow + headerRows;

  const clean = cellCleaner();
  const table = rows.slice(start).map((r) => r.map(clean));
  const filledOf = (cells: string[]) => cells.flatMap((t, c) => (t ? [c] : []));

  // Pass 1: classify each row. A lone name in the name column is decided in pass 2.
  type Item =
    | { kind: 'empty' }
    | { kind: 'skip'; reason: SkipReason }
    | { kind: 'section'; section: RosterSection }
    | { kind: 'person'; row: RosterRow; numbered: boolean; lone: boolean };
  const items: Item[] = [];
  let afterTotal = false;
  table.forEach((cells, k) => {
    const line = start + k + 1;
    const filled = filledOf(cells);
    if (filled.length > 0 && isTotalRow(cells[filled[0]!]!)) {
      afterTotal = true;
      items.push({ kind: 'skip', reason: 'total' });
      return;
    }
    if (filled.length === 0 || (filled.length === 1 && filled[0] === idx)) {
      items.push({ kind: 'empty' });
      return;
    }
    const at = (c: number | undefined) => (c === undefined ? '' : (cells[c] ?? ''));
    const indexText = at(idx);
    const nameCell = nameCol === undefined ? '' : (cells[nameCol] ?? '');
    const again = matchHeaderCell(nameCell)?.role === 'fullName' ? mapHeaderCells(cells) : {};
    if (again.fullName !== undefined && Object.keys(again).length >= 2) {
      items.push({ kind: 'skip', reason: 'repeated_header' });
      return;
    }
    if (isColumnNumberRow(cells)) {
      items.push({ kind: 'skip', reason: 'column_numbers' });
      return;
    }

    const others = filled.filter((c) => c !== idx);
    // A heading stands in the STT or name column (or one left of the name); a lone cell further
    // right is something else (a signature block, a stray note).
    if (filled.length === 1 && (nameCol === undefined || filled[0]! <= nameCol)) {
      const c = filled[0]!;
      const text = cells[c]!;
      const numberedTitle =
        SECTION_NUMBERING.test(text) && hasLetter(text.replace(SECTION_NUMBERING, ''));
      if (hasLetter(text) && (c !== nameCol || isUppercase(text) || numberedTitle)) {
        afterTotal = false;
        items.push({ kind: 'section', section: { line, title: text, marker: '' } });
        return;
      }
    } else if (
      idx !== undefined &&
      others.length === 1 &&
      (ROMAN.test(indexText) || /^[A-Z]$/.test(indexText)) &&
      hasLetter(cells[others[0]!]!)
    ) {
      afterTotal = false;
      items.push({
        kind: 'section',
        section: { line, title: cells[others[0]!]!, marker: indexText },
      });
      return;
    }

    const numbered = isArabicNumber(indexText);
    if (afterTotal && !numbered) {
      items.push({ kind: 'skip', reason: 'after_total' });
      return;
    }
    afterTotal = false;
    if (!dataCols.some((c) => cells[c])) {
      items.push({ kind: 'empty' }); // text only in columns that are not read
      return;
    }
    const fullName = [at(nameCol), at(mapping.givenName)].filter(Boolean).join(' ');
    items.push({
      kind: 'person',
      numbered,
      lone: filled.length === 1 && filled[0] === nameCol,
      row: {
        line,
        fullName,
        position: at(mapping.position),
        unit: at(mapping.unit),
        phone: cleanPhone(at(mapping.phone)),
        note: at(mapping.note),
        remark: at(mapping.remark),
        group: at(mapping.group),
        rank: parseRank(at(mapping.rank)),
        sortName: at(mapping.sortName) || undefined,
        problems: fullName ? [] : ['missing_name'],
      },
    });
  });

  // Pass 2: in a numbered table, lone names are headings or, after the last person, a trailer.
  const persons = items.filter((it) => it.kind === 'person');
  const numberedCount = persons.filter((it) => it.numbered).length;
  const numberedTable =
    numberedCount > 0 && numberedCount >= 0.8 * persons.filter((it) => !it.lone).length;
  let lastNumbered = -1;
  if (numberedTable) {
    items.forEach((it, k) => {
      if (it.kind === 'person' && it.numbered) lastNumbered = k;
    });
  }
  const out: ExtractedRoster = { rows: [], sections: [], skipped: [] };
  let gap = false;
  items.forEach((it, k) => {
    const line = start + k + 1;
    const trailing = numberedTable && k > lastNumbered;
    if (trailing && it.kind === 'empty') gap = true;
    switch (it.kind) {
      case 'empty':
        break;
      case 'skip':
        out.skipped.push({ line, reason: it.reason });
        break;
      case 'section':
        out.sections.push(it.section);
        break;
      case 'person':
        if (numberedTable && it.lone && !trailing) {
          out.sections.push({ line, title: it.row.fullName, marker: '' });
        } else if (trailing && (gap || it.lone) && !it.numbered) {
          out.skipped.push({ line, reason: 'trailer' });
        } else {
          out.rows.push(it.row);
        }
        break;
    }
  });
  return out;
}

// ---- the pipeline -------------------------------------------------------------------------------

const Mapping = z.partialRecord(z.enum(ROLES), z.number().int().min(0).max(16383));

export const RosterOverrides = z
  .object({
    encoding: z.enum(ROSTER_ENCODINGS).optional(),
    delimiter: z.enum(CSV_DELIMITERS).optional(),
    sheet: z.string().optional(),
    /** 0-based index of the header row (see `preview`). */
    headerRow: z.number().int().min(0).optional(),
    headerRows: z.union([z.literal(1), z.literal(2)]).optional(),
    mapping: Mapping.optional(),
  })
  .strict();
export type RosterOverrides = z.input<typeof RosterOverrides>;

/** Rows returned in `preview` (at least; more when the header sits lower). */
export const PREVIEW_ROWS = 30;

export interface RosterReadResult {
  kind: RosterFileKind;
  /**
   * CSV: `used` is the override when one was given, else `detected`. XLSX: present only when cells
   * in TCVN3 fonts (.VnTime…) were decoded.
   */
  encoding?: { detected: RosterEncoding; used: RosterEncoding; reason: string };
  /** CSV only. */
  delimiter?: CsvDelimiter;
  /** XLSX only: every worksheet's name, and the one read. */
  sheets?: string[];
  sheet?: string;
  /** 0-based index of the header's first row; its line number is headerRow + 1. */
  headerRow: number;
  headerRows: 1 | 2;
  /** Header text of each column (normalised). */
  columns: string[];
  /** Mapping used (the override, or what was detected). */
  mapping: ColumnMapping;
  /** What detection found, for the confirmation screen (absent when the header row was forced). */
  detectedMapping?: ColumnMapping;
  rows: RosterRow[];
  sections: RosterSection[];
  skipped: SkippedRow[];
  /** The first rows of the sheet as read (normalised), for choosing another header row. */
  preview: string[][];
}

/** Runs `f`, adding `extra` to the details of an AppError it throws. */
function withDetails<T>(f: () => T, extra: Record<string, unknown>): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof AppError) throw new AppError(e.code, e.message, { ...e.details, ...extra });
    throw e;
  }
}

interface Table {
  rows: string[][];
  header: ReturnType<typeof findHeader> | null;
}

const hasAnyText = (rows: readonly string[][]) => rows.some((r) => r.some((c) => c.trim() !== ''));

function tryFindHeader(rows: string[][]): Table {
  try {
    return { rows, header: findHeader(rows) };
  } catch (e) {
    if (e instanceof AppError && e.code === 'IMPORT_NO_HEADER') return { rows, header: null };
    throw e;
  }
}

/**
 * Reads a roster file: sniff (size, emptiness, type) → decode (CSV) or open (XLSX) → find the
 * header and columns → extract people. `overrides` replaces any detected choice (the operator's
 * corrections on the confirmation screen) and is validated (VALIDATION on a bad value, such as an
 * unknown sheet). Errors: IMPORT_TOO_LARGE, IMPORT_EMPTY, IMPORT_UNSUPPORTED, IMPORT_NO_HEADER,
 * and IMPORT_LIMIT as soon as the file goes past one of `limits` (tests lower them).
 */
export async function readRoster(
  name: string,
  bytes: Uint8Array,
  overrides: RosterOverrides = {},
  limits: ImportLimits = IMPORT_LIMITS,
): Promise<RosterReadResult> {
  const parsed = RosterOverrides.safeParse(overrides);
  if (!parsed.success) throw validationError(parsed.error, 'import options');
  const o = parsed.data;
  const kind = sniffFile(name, bytes);

  let rows: string[][];
  let tcvn3 = false;
  const meta: Partial<RosterReadResult> = {};
  let table: Table | null = null;
  if (kind === 'csv') {
    const detected = detectEncoding(bytes);
    const used = o.encoding ?? detected.encoding;
    const text = decodeText(bytes, used);
    const delimiter = o.delimiter ?? detectDelimiter(text);
    rows = parseCsv(text, delimiter, limits).map((r) => r.map(unguardFormula));
    tcvn3 = used === 'tcvn3';
    if (tcvn3) rows = rows.map((r) => r.map(restoreTcvn3Case));
    meta.encoding = { detected: detected.encoding, used, reason: detected.reason };
    meta.delimiter = delimiter;
    if (!hasAnyText(rows)) throw new AppError('IMPORT_EMPTY', `"${name}" has no cells`, { name });
  } else {
    const sheets = await readXlsx(bytes, limits);
    meta.sheets = sheets.map((s) => s.name);
    let chosen = sheets[0]!;
    if (o.sheet !== undefined) {
      const found = sheets.find((s) => s.name === o.sheet);
      if (!found) {
        throw new AppError('VALIDATION', `No sheet named "${o.sheet}"`, {
          issues: [{ path: ['sheet'], message: 'invalid_value' }],
          sheets: meta.sheets,
        });
      }
      chosen = found;
    } else {
      // Visible sheets first: a hidden one is usually a lookup list or an old copy.
      const withText = [
        ...sheets.filter((s) => !s.hidden),
        ...sheets.filter((s) => s.hidden),
      ].filter((s) => hasAnyText(s.rows));
      if (withText.length === 0) {
        throw new AppError('IMPORT_EMPTY', `"${name}" has no cells`, { name, sheets: meta.sheets });
      }
      chosen = withText[0]!;
      if (o.headerRow === undefined) {
        for (const s of withText) {
          const t = tryFindHeader(s.rows);
          if (t.header) {
            chosen = s;
            table = t;
            break;
          }
        }
      }
    }
    meta.sheet = chosen.name;
    rows = chosen.rows;
    if (chosen.tcvn3Cells > 0) {
      tcvn3 = true;
      meta.encoding = {
        detected: 'tcvn3',
        used: 'tcvn3',
        reason: `${chosen.tcvn3Cells} cell(s) in TCVN3 (.Vn…) fonts decoded`,
      };
    }
    if (!hasAnyText(rows)) {
      throw new AppError('IMPORT_EMPTY', `Sheet "${chosen.name}" has no cells`, {
        name,
        sheet: chosen.name,
      });
    }
  }

  let headerRow: number;
  let headerRows: 1 | 2;
  let detectedMapping: ColumnMapping | undefined;
  if (o.headerRow !== undefined) {
    if (o.headerRow >= rows.length) {
      throw new AppError('VALIDATION', 'Header row is below the last row', {
        issues: [{ path: ['headerRow'], message: 'invalid_value' }],
        rowCount: rows.length,
      });
    }
    headerRow = o.headerRow;
    headerRows = o.headerRows ?? 1;
    detectedMapping = undefined;
  } else {
    const header = table?.header ?? withDetails(() => findHeader(rows), { name, ...meta });
    headerRow = header.headerRow;
    headerRows = o.headerRows ?? header.headerRows;
    detectedMapping = header.mapping;
  }
  const mapping =
    o.mapping ?? detectedMapping ?? mapHeaderCells(headerColumns(rows, headerRow, headerRows));
  if (mapping.fullName === undefined) {
    throw new AppError('IMPORT_NO_HEADER', 'The chosen header row has no name column', {
      headerRow,
      found: Object.keys(mapping),
    });
  }

  const extracted = extractRoster(rows, headerRow, mapping, headerRows);
  // The preview offers what the commit accepts: more people than one commit takes is refused
  // here, at the first one too many, rather than shown and refused at the end.
  const over = extracted.rows[limits.rows];
  if (over) {
    throw importLimitError('rows', limits, {
      sheet: meta.sheet,
      row: over.line,
      column: mapping.fullName + 1,
    });
  }
  if (tcvn3) for (const r of extracted.rows) r.fullName = restoreTcvn3NameCase(r.fullName);
  return {
    kind,
    ...meta,
    headerRow,
    headerRows,
    columns: headerColumns(rows, headerRow, headerRows).map(cleanCell),
    mapping,
    ...(detectedMapping ? { detectedMapping } : {}),
    ...extracted,
    preview: rows
      .slice(0, Math.max(PREVIEW_ROWS, headerRow + headerRows + 5))
      .map((r) => r.map(cleanCell)),
  };
}
