/**
 * Finding the header row of a roster and what each column holds.
 *
 * Header cells are compared folded (no diacritics, đ→d, lower case, punctuation as spaces), so
 * "Họ và tên", "HỌ VÀ TÊN", "Ho va ten" and "Họ và tên đại biểu" all name the full-name column.
 * A cell matches a role when one of the role's phrases occurs in it as whole words and the cell has
 * at most three words more than the phrase (a title such as "DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ" does
 * not name a column). The earliest phrase in the cell wins, then the longest ("Số thứ tự" is the
 * index, "Thứ tự" the rank; "Chức vụ, đơn vị" is the position).
 */
import { ROSTER_ROLES } from '../../../shared/api/directorySchemas';
import { AppError } from '../../../shared/api/errors';
import { foldText } from '../../../shared/text/fold';

export const ROLES = ROSTER_ROLES;
/**
 * What a column holds. `givenName` is only used for the "Họ và tên đệm | Tên" layout (family and
 * middle names in one column, the given name in the next): the two are joined into the full name.
 */
export type Role = (typeof ROLES)[number];
/** Role → 0-based column index. */
export type ColumnMapping = Partial<Record<Role, number>>;

/** Family and middle names only ("Họ và tên đệm"), in the split layout with a "Tên" column. */
const FAMILY_NAME_PHRASES = [
  'ho',
  'ho va ten dem',
  'ho ten dem',
  'ho dem',
  'ho va dem',
  'ho lot',
  'ho va ten lot',
];

const PHRASES: Record<Exclude<Role, 'givenName'>, string[]> = {
  index: ['stt', 'tt', 'so tt', 'so thu tu'],
  fullName: [
    'ho va ten',
    'ho ten',
    'ho va ten dai bieu',
    'ho ten dai bieu',
    'ten dai bieu',
    'dai bieu',
    'ten',
    // The family-and-middle-name column of the split layout.
    ...FAMILY_NAME_PHRASES,
  ],
  position: ['chuc vu', 'chuc danh', 'chuc vu chuc danh'],
  unit: [
    'don vi',
    'co quan',
    'don vi cong tac',
    'noi cong tac',
    'co quan cong tac',
    'ten don vi',
    'ten co quan',
    'co quan don vi',
  ],
  phone: [
    'so dien thoai',
    'dien thoai',
    'sdt',
    'so dt',
    'dt',
    'di dong',
    'dtdd',
    'dien thoai di dong',
    'so di dong',
  ],
  note: ['ghi chu'],
  // Longer than "ghi chu", so it wins for "Ghi chú hội nghị"; a bare "Ghi chú" is decided by
  // the import (a meeting's roster puts it on the meeting, see services/imports.ts).
  remark: ['ghi chu hoi nghi', 'ghi chu cho hoi nghi', 'ghi chu tai hoi nghi'],
  group: ['nhom'],
  rank: ['thu tu'],
  // The directory's own export: the operator's sort-name override ("Ngọc Anh").
  sortName: ['ten de sap xep', 'ten sap xep'],
};

/** Phrases that name a column holding family and middle names only, when a "Tên" column follows. */
const FAMILY_PHRASES = new Set(FAMILY_NAME_PHRASES);
/** Weak full-name phrases: used only when no other column names the full name. */
const WEAK_NAME_PHRASES = new Set(['dai bieu', 'ho', 'ten', ...FAMILY_PHRASES]);

const EXTRA_WORDS = 3;
/** How many rows from the top are searched for the header. */
export const HEADER_SCAN_ROWS = 30;

const PHRASE_LIST: ReadonlyArray<{
  role: Exclude<Role, 'givenName'>;
  phrase: string;
  words: string[];
}> = (Object.keys(PHRASES) as Array<Exclude<Role, 'givenName'>>).flatMap((role) =>
  PHRASES[role].map((phrase) => ({ role, phrase, words: phrase.split(' ') })),
);

export interface HeaderCellMatch {
  role: Exclude<Role, 'givenName'>;
  /** The folded phrase that matched, e.g. "ho va ten". */
  phrase: string;
  /** The folded cell text. */
  folded: string;
}

function headerWords(text: string): string[] {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** The role one header cell names, or null. */
export function matchHeaderCell(text: string): HeaderCellMatch | null {
  const words = headerWords(text);
  if (words.length === 0) return null;
  let best: { role: Exclude<Role, 'givenName'>; phrase: string; at: number; len: number } | null =
    null;
  for (const { role, phrase, words: pw } of PHRASE_LIST) {
    if (words.length > pw.length + EXTRA_WORDS) continue;
    for (let at = 0; at + pw.length <= words.length; at++) {
      if (!pw.every((w, k) => words[at + k] === w)) continue;
      if (!best || at < best.at || (at === best.at && pw.length > best.len)) {
        best = { role, phrase, at, len: pw.length };
      }
      break;
    }
  }
  return best && { role: best.role, phrase: best.phrase, folded: words.join(' ') };
}

/**
 * Column mapping from per-column matches: the leftmost column of each role; for the full name a
 * strong phrase ("Họ và tên") before a weak one ("Đại biểu", "Tên"); the split layout
 * "Họ và tên đệm | Tên" becomes fullName + givenName.
 */
export function resolveMapping(matches: ReadonlyArray<HeaderCellMatch | null>): ColumnMapping {
  const mapping: ColumnMapping = {};
  const nameCols: number[] = [];
  matches.forEach((m, col) => {
    if (!m) return;
    if (m.role === 'fullName') nameCols.push(col);
    else if (mapping[m.role] === undefined) mapping[m.role] = col;
  });
  const strong = nameCols.filter((c) => !WEAK_NAME_PHRASES.has(matches[c]!.phrase));
  if (strong.length > 0) {
    mapping.fullName = strong[0]!;
  } else if (nameCols.length > 0) {
    const family = nameCols.find((c) => FAMILY_PHRASES.has(matches[c]!.phrase));
    const given = nameCols.find((c) => matches[c]!.folded === 'ten');
    if (family !== undefined && given !== undefined && given > family) {
      mapping.fullName = family;
      mapping.givenName = given;
    } else {
      mapping.fullName = nameCols[0]!;
    }
  }
  return mapping;
}

/** Mapping of one row read as a header. */
export function mapHeaderCells(cells: readonly string[]): ColumnMapping {
  return resolveMapping(cells.map((c) => matchHeaderCell(c ?? '')));
}

export interface HeaderMatch {
  /** 0-based index of the (first) header row in the rows; its line number is headerRow + 1. */
  headerRow: number;
  /** 1, or 2 when the header is split over two rows by merged cells. Data starts below. */
  headerRows: 1 | 2;
  mapping: ColumnMapping;
  /** Header text of every column (the two rows joined for a two-row header). */
  columns: string[];
}

const roleCount = (m: ColumnMapping) => Object.keys(m).length;

/** Header texts of one or two rows, column by column. */
export function headerColumns(rows: readonly string[][], headerRow: number, headerRows: 1 | 2) {
  const top = rows[headerRow] ?? [];
  const below = headerRows === 2 ? (rows[headerRow + 1] ?? []) : [];
  const width = Math.max(top.length, below.length);
  const columns: string[] = [];
  for (let c = 0; c < width; c++) {
    const a = (top[c] ?? '').trim();
    const b = (below[c] ?? '').trim();
    columns.push(a === b || !b ? a : a ? `${a} ${b}` : b);
  }
  return columns;
}

/** Per-column matches of a two-row header: the lower cell when it names a role, else the upper. */
function pairMatches(top: readonly string[], below: readonly string[]): (HeaderCellMatch | null)[] {
  const width = Math.max(top.length, below.length);
  const out: (HeaderCellMatch | null)[] = [];
  for (let c = 0; c < width; c++) {
    const a = top[c] ?? '';
    const b = below[c] ?? '';
    out.push((b && b !== a ? matchHeaderCell(b) : null) ?? matchHeaderCell(a));
  }
  return out;
}

/** A row that can be the lower half of a header: short labels, no numbers (data rows have some). */
function canBeLowerHeader(top: readonly string[], below: readonly string[]): boolean {
  return below.every((b, c) => {
    const text = (b ?? '').trim();
    if (!text || text === (top[c] ?? '').trim()) return true;
    if (/\d/.test(text)) return false;
    return matchHeaderCell(text) !== null || headerWords(text).length <= 4;
  });
}

/**
 * Finds the header among the first HEADER_SCAN_ROWS rows: the row naming the most roles, which
 * must include the full name (earliest row on a tie). A header split over two rows (merged
 * "Họ và tên" over "Liên hệ" → "Điện thoại" | "Email") is recognised when the pair names more roles
 * than either row. Throws IMPORT_NO_HEADER (details: scannedRows, bestRow, found roles) otherwise.
 */
export function findHeader(rows: readonly string[][]): HeaderMatch {
  let best: { headerRow: number; headerRows: 1 | 2; mapping: ColumnMapping; score: number } | null =
    null;
  let partial: { row: number; roles: Role[] } | null = null;
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  const singles = rows.slice(0, limit + 1).map((r) => mapHeaderCells(r));
  for (let r = 0; r < limit; r++) {
    const single = singles[r]!;
    const score = roleCount(single);
    if (single.fullName !== undefined && (!best || score > best.score)) {
      best = { headerRow: r, headerRows: 1, mapping: single, score };
    }
    if (single.fullName === undefined && score > (partial?.roles.length ?? 0)) {
      partial = { row: r, roles: Object.keys(single) as Role[] };
    }
    const top = rows[r] ?? [];
    const below = rows[r + 1] ?? [];
    if (r + 1 < rows.length && below.length > 0 && canBeLowerHeader(top, below)) {
      const pair = resolveMapping(pairMatches(top, below));
      const pairScore = roleCount(pair);
      const beatsRows = pairScore > score && pairScore > roleCount(singles[r + 1] ?? {});
      if (pair.fullName !== undefined && beatsRows && (!best || pairScore > best.score)) {
        best = { headerRow: r, headerRows: 2, mapping: pair, score: pairScore };
      }
    }
  }
  if (!best) {
    throw new AppError('IMPORT_NO_HEADER', 'No header row with a name column was found', {
      scannedRows: limit,
      ...(partial ? { bestRow: partial.row, found: partial.roles } : {}),
    });
  }
  return {
    headerRow: best.headerRow,
    headerRows: best.headerRows,
    mapping: best.mapping,
    columns: headerColumns(rows, best.headerRow, best.headerRows),
  };
}
