/**
 * Roster files built in memory for the tests and the bench, the hostile ones of the issue
 * "Hostile files, odd text and a crashed machine" among them: a 400 MB shared string in 0.4 MB,
 * a million rows, a zip bomb of 7.2 million cells, 3,000 cells of 512 K characters.
 *
 * They stay small and quick to make however much they unpack to: content is given as pieces,
 * each deflated on its own and ended on a byte boundary (a sync flush), so the pieces' outputs
 * join into one valid deflate stream, and a piece repeated a thousand times is deflated once
 * and its bytes repeated.
 */
import zlib from 'node:zlib';
import { writeXlsx } from '../import/xlsx';
import { zipEntries } from '../import/zip';

export type Piece = string | Uint8Array | { repeat: string | Uint8Array; times: number };

export interface ZipPart {
  name: string;
  /** The content, piece by piece (a generator is read once). */
  data: Iterable<Piece>;
  /** A size to declare in the headers instead of the real one: a lying header. */
  declaredSize?: number;
  /** Deflate level of pieces over 64 KB that are not repeated (default 6). */
  bulkLevel?: number;
}

const bytesOf = (p: string | Uint8Array) => (typeof p === 'string' ? Buffer.from(p) : p);
/** Deflate level 6, or 1 for bulk that barely compresses better at 6 (5× faster to make). */
const deflatePiece = (p: Uint8Array, level: number) =>
  zlib.deflateRawSync(p, { level, finishFlush: zlib.constants.Z_SYNC_FLUSH });
/** An empty final block: what ends a deflate stream made of flushed pieces. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

function deflateParts(
  data: Iterable<Piece>,
  bulkLevel: number,
): { body: Buffer; size: number; crc: number } {
  const out: Buffer[] = [];
  let size = 0;
  let crc = 0;
  for (const piece of data) {
    if (typeof piece === 'object' && 'repeat' in piece) {
      const raw = bytesOf(piece.repeat);
      const packed = deflatePiece(raw, 6);
      for (let i = 0; i < piece.times; i++) {
        out.push(packed);
        crc = zlib.crc32(raw, crc);
      }
      size += raw.length * piece.times;
    } else {
      const raw = bytesOf(piece);
      out.push(deflatePiece(raw, raw.length > 64 * 1024 ? bulkLevel : 6));
      crc = zlib.crc32(raw, crc);
      size += raw.length;
    }
  }
  out.push(FINAL_BLOCK);
  return { body: Buffer.concat(out), size, crc };
}

/** A zip archive of deflated parts (with a central directory, as Excel writes it). */
export function buildZip(parts: ZipPart[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const { body, size, crc } = deflateParts(part.data, part.bulkLevel ?? 6);
    const declared = part.declaredSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc >>> 0, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(declared, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, body);
    central.push(entry, name);
    offset += local.length + name.length + body.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, dir, end]));
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const SHEET_HEAD = `${XML_HEAD}<worksheet xmlns="${NS}"><sheetData>`;
export const SHEET_TAIL = '</sheetData></worksheet>';

/** The skeleton of a real one-sheet workbook (content types, styles, relationships). */
let skeleton: Promise<ZipPart[]> | null = null;
function workbookSkeleton(): Promise<ZipPart[]> {
  skeleton ??= writeXlsx('DS', [['Họ và tên'], ['Lê Văn Tám']]).then((bytes) =>
    [...zipEntries(bytes)].map((e) => {
      const data = Buffer.from(bytes.buffer, bytes.byteOffset + e.dataOffset, e.compressedSize);
      const raw = e.method === 8 ? zlib.inflateRawSync(data) : data;
      return { name: e.name, data: [raw] };
    }),
  );
  return skeleton;
}

/**
 * A one-sheet XLSX ("DS") whose sheet (and shared strings, when given) are replaced:
 * `sheetData` is the inside of <sheetData>, `sharedStrings` the <si> elements.
 */
export async function xlsxWith(parts: {
  sheetData: Iterable<Piece>;
  sharedStrings?: Iterable<Piece>;
  sheetTail?: string;
  declaredSizes?: Record<string, number>;
  bulkLevel?: number;
}): Promise<Uint8Array> {
  const base = await workbookSkeleton();
  const sheet: ZipPart = {
    name: 'xl/worksheets/sheet1.xml',
    bulkLevel: parts.bulkLevel,
    data: [
      SHEET_HEAD,
      ...parts.sheetData,
      SHEET_TAIL.replace('</worksheet>', `${parts.sheetTail ?? ''}</worksheet>`),
    ],
  };
  const shared: ZipPart | null = parts.sharedStrings
    ? {
        name: 'xl/sharedStrings.xml',
        data: [`${XML_HEAD}<sst xmlns="${NS}">`, ...parts.sharedStrings, '</sst>'],
      }
    : null;
  const out = base
    .filter((p) => p.name !== sheet.name && !(shared && p.name === shared.name))
    .concat(sheet, shared ? [shared] : []);
  return buildZip(
    out.map((p) => ({ ...p, declaredSize: parts.declaredSizes?.[p.name] ?? p.declaredSize })),
  );
}

const MiB = 1024 * 1024;
const si = (text: string) => `<si><t>${text}</t></si>`;
const sharedCell = (ref: string, index: number) => `<c r="${ref}" t="s"><v>${index}</v></c>`;
/** The header row every hostile workbook starts with: "Họ và tên" is shared string 1. */
const HEADER_ROW = `<row r="1">${sharedCell('A1', 1)}</row>`;

/**
 * "0.4 MB XLSX with one 400 MB shared string": string 0 is `mib` MiB of one letter, used by
 * cell A2. With `lie`, the headers declare the part 1 KB.
 */
export function hugeSharedString(options: { mib?: number; lie?: boolean } = {}) {
  const mib = options.mib ?? 400;
  return xlsxWith({
    sharedStrings: [
      '<si><t>',
      { repeat: 'a'.repeat(MiB), times: mib },
      '</t></si>',
      si('Họ và tên'),
    ],
    sheetData: [HEADER_ROW, `<row r="2">${sharedCell('A2', 0)}</row>`],
    declaredSizes: options.lie ? { 'xl/sharedStrings.xml': 1024 } : undefined,
  });
}

/** Excel's name for column `n` (1 → A, 27 → AA). */
function letters(n: number): string {
  let out = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/**
 * Rows 2 to `rows` + 1 of `columns` cells each, numbered as Excel writes them (exceljs reads
 * nothing else), made 1,000 rows at a time so that no string holds the whole sheet.
 */
function* numberedRows(rows: number, cell: (ref: string) => string, columns: number) {
  const cols = Array.from({ length: columns }, (_, c) => letters(c + 1));
  let batch = '';
  for (let r = 2; r <= rows + 1; r++) {
    let row = `<row r="${r}">`;
    for (const col of cols) row += cell(`${col}${r}`);
    batch += `${row}</row>`;
    if ((r - 1) % 1000 === 0 || r === rows + 1) {
      yield batch;
      batch = '';
    }
  }
}

/**
 * "1,000,000-row XLSX": a name and a number on each row, numbered as Excel writes them
 * (86 MB unpacked for a million rows).
 */
export function manyRows(options: { rows?: number } = {}) {
  const rows = options.rows ?? 1_000_000;
  // Written as bytes: building a million rows as strings takes seconds, bytes a fraction.
  const [open, a, b, value, close] = [
    '<row r="',
    '"><c r="A',
    '" t="s"><v>0</v></c><c r="B',
    '"><v>',
    '</v></c></row>',
  ].map((t) => Buffer.from(t));
  function* data(): Generator<Piece> {
    yield HEADER_ROW;
    const batch = 10_000;
    const buf = Buffer.alloc(batch * 128);
    const digits = Buffer.alloc(16);
    let at = 0;
    const put = (part: Uint8Array, length = part.length) => {
      for (let i = 0; i < length; i++) buf[at++] = part[i]!;
    };
    for (let r = 2; r <= rows + 1; r++) {
      const n = digits.write(String(r), 'latin1');
      put(open);
      put(digits, n);
      put(a);
      put(digits, n);
      put(b);
      put(digits, n);
      put(value);
      put(digits, n);
      put(close);
      if (r % batch === 0 || r === rows + 1) {
        yield Uint8Array.prototype.slice.call(buf, 0, at);
        at = 0;
      }
    }
  }
  return xlsxWith({
    sharedStrings: [si('Lê Văn Tám'), si('Họ và tên')],
    sheetData: data(),
    bulkLevel: 1,
  });
}

/**
 * "Zip bomb of 7.2 M cells": rows of `columns` cells, each the same shared string; with `lie`
 * (the default) the headers declare the sheet 1 KB, as bombs do to pass a check of the
 * declared size. Numbered as Excel writes them, it is 236 MB unpacked and takes seconds to
 * make; `numbered: false` leaves rows and cells to count themselves (the format allows it,
 * exceljs does not), so that every row is the same and the file is made in milliseconds.
 */
export function zipBomb(
  options: { cells?: number; columns?: number; lie?: boolean; numbered?: boolean } = {},
) {
  const cells = options.cells ?? 7_200_000;
  const columns = options.columns ?? 100;
  const rows = Math.ceil(cells / columns);
  let sheetData: Iterable<Piece>;
  if (options.numbered === false) {
    const row = `<row>${'<c t="s"><v>0</v></c>'.repeat(columns)}</row>`;
    sheetData = [HEADER_ROW, { repeat: row.repeat(100), times: Math.floor(rows / 100) }];
  } else {
    sheetData = [HEADER_ROW, ...numberedRows(rows, (ref) => sharedCell(ref, 0), columns)];
  }
  return xlsxWith({
    sharedStrings: [si('Lê Văn Tám'), si('Họ và tên')],
    sheetData,
    declaredSizes: options.lie === false ? undefined : { 'xl/worksheets/sheet1.xml': 1024 },
  });
}

/** "17 KB XLSX with 3,000 cells of 512 K characters": one long shared string, used 3,000 times. */
export function longCells(options: { cells?: number; chars?: number } = {}) {
  const cells = options.cells ?? 3_000;
  const chars = options.chars ?? 512 * 1024;
  const perRow = 3;
  const rows: string[] = [];
  for (let i = 0; i < cells; i++) {
    const r = 2 + Math.floor(i / perRow);
    const col = 'ABC'[i % perRow]!;
    if (i % perRow === 0) rows.push(`<row r="${r}">`);
    rows.push(sharedCell(`${col}${r}`, 0));
    if (i % perRow === perRow - 1 || i === cells - 1) rows.push('</row>');
  }
  const long = [
    { repeat: 'a'.repeat(1024), times: Math.floor(chars / 1024) },
    'a'.repeat(chars % 1024),
  ];
  return xlsxWith({
    sharedStrings: ['<si><t>', ...long, '</t></si>', si('Họ và tên')],
    sheetData: [HEADER_ROW, rows.join('')],
  });
}

/** The same archive with one part's text changed by `edit` (other parts as they were). */
export function rewritePart(
  bytes: Uint8Array,
  name: string,
  edit: (text: string) => string,
): Uint8Array {
  const parts = [...zipEntries(bytes)].map((e) => {
    const data = Buffer.from(bytes.buffer, bytes.byteOffset + e.dataOffset, e.compressedSize);
    const raw = e.method === 8 ? zlib.inflateRawSync(data) : data;
    return { name: e.name, data: [e.name === name ? edit(raw.toString('utf8')) : raw] };
  });
  return buildZip(parts);
}

/**
 * Within every limit, but the text that made normalisation quadratic: `cells` cells (three a
 * row, each different) of a letter and `marks` alternating acute and dot-below marks.
 */
export function markCells(options: { cells?: number; marks?: number } = {}) {
  const cells = options.cells ?? 3_000;
  const marks = '\u0301\u0323'.repeat((options.marks ?? 1_990) / 2);
  const rows: string[] = [];
  for (let i = 0; i < cells; i += 3) {
    const r = 2 + i / 3;
    const cell = (col: string, k: number) =>
      `<c r="${col}${r}" t="inlineStr"><is><t>${k}a${marks}</t></is></c>`;
    rows.push(`<row r="${r}">${cell('A', i)}${cell('B', i + 1)}${cell('C', i + 2)}</row>`);
  }
  return xlsxWith({
    sharedStrings: [si('Lê Văn Tám'), si('Họ và tên')],
    sheetData: [HEADER_ROW, ...rows],
  });
}

/** A copy of the archive whose headers declare `size` unpacked bytes for the part `name`. */
export function withDeclaredSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = Buffer.from(bytes);
  for (const entry of zipEntries(out)) {
    if (entry.name !== name) continue;
    // The central directory entry, found by its data offset through its local header.
    for (let at = out.length - 22 - 46; at >= 0; at--) {
      if (out.readUInt32LE(at) !== 0x02014b50) continue;
      const local = out.readUInt32LE(at + 42);
      const dataOffset = local + 30 + out.readUInt16LE(local + 26) + out.readUInt16LE(local + 28);
      if (dataOffset !== entry.dataOffset) continue;
      out.writeUInt32LE(size, at + 24);
      out.writeUInt32LE(size, local + 22);
      break;
    }
  }
  return new Uint8Array(out);
}
