/**
 * An XLSX looked at before exceljs opens it, to hold it to IMPORT_LIMITS while it unpacks.
 *
 * exceljs unpacks each part of the zip whole into a string and builds an object for every
 * cell, row, shared string and merged cell, and expands some ranges cell by cell (data
 * validations, defined names); a few kilobytes of zip can ask it for gigabytes. The scan reads
 * the zip's directory (refusing declared sizes over the limits at once), then unpacks every
 * part as a stream, counting bytes whatever the headers declare, and tokenizes the worksheets
 * and shared strings as they come: the first cell over a limit stops it with IMPORT_LIMIT,
 * naming the limit, the sheet, the row and the column. Its memory is a few chunks and one
 * number per shared string; its time is linear in what it unpacks, which the limits bound.
 *
 * What exceljs would expand and the reader does not need is switched off in `readXlsx`; merged
 * ranges, which the reader needs, are collected here and applied by the reader in linear time.
 */
import { AppError } from '../../../shared/api/errors';
import type { ImportLimits } from '../../../shared/api/importLimits';
import { IMPORT_LIMITS } from '../../../shared/api/importLimits';
import type { LimitPlace } from './limits';
import { ReadBudget, importLimitError } from './limits';
import type { XmlHandler, XmlTag } from './xmlScan';
import { XmlFormatError, XmlScanner } from './xmlScan';
import type { ZipEntry } from './zip';
import { EntryTooLarge, ZipFormatError, inflateEntry, zipEntries } from './zip';

/** A merged range, 1-based and inclusive. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface WorkbookScan {
  /** Merged ranges of each worksheet, by sheet name (exceljs is told to skip them). */
  merges: Map<string, MergeRange[]>;
}

/** Excel's own width: no column definition goes past it. */
const EXCEL_COLUMNS = 16_384;

// The part names exceljs reads, with its own patterns (xlsx/xlsx.js), so that the scan looks
// at exactly what exceljs will parse.
const WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
const COMMENTS = /xl\/(comments\d+)[.]xml/;
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

/** exceljs drops a leading '/' from part names. */
const partName = (entry: ZipEntry) =>
  entry.name.startsWith('/') ? entry.name.slice(1) : entry.name;

const damaged = (cause: string) =>
  new AppError('IMPORT_UNSUPPORTED', 'The file is a zip archive but not an Excel workbook', {
    kind: 'zip',
    cause,
  });

/**
 * The cell reference in `bytes[start…end)`: "B12" or "$B$12" → row 12, column 2, or null.
 * Read from the bytes, with no string made: it runs for every cell.
 */
function parseRef(
  bytes: Uint8Array,
  start: number,
  end: number,
): { row: number; column: number } | null {
  let i = bytes[start] === 0x24 ? start + 1 : start; // '$'
  let column = 0;
  let letters = 0;
  for (; i < end; i++) {
    const c = bytes[i]! | 0x20; // lower case
    if (c < 0x61 || c > 0x7a) break;
    column = column * 26 + (c - 0x60);
    if (++letters > 4) return null;
  }
  if (bytes[i] === 0x24) i++;
  let row = 0;
  let digits = 0;
  for (; i < end; i++) {
    const d = bytes[i]! - 0x30;
    if (d < 0 || d > 9 || ++digits > 8) return null;
    row = row * 10 + d;
  }
  return letters > 0 && digits > 0 ? { row, column } : null;
}

/** A whole number written in `bytes[start…end)`, or NaN. */
function parseNumber(bytes: Uint8Array, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = bytes[i]! - 0x30;
    if (d < 0 || d > 9 || i - start > 9) return NaN;
    n = n * 10 + d;
  }
  return end > start ? n : NaN;
}

const textParseRef = (ref: string) => {
  const bytes = Buffer.from(ref.trim(), 'latin1');
  return parseRef(bytes, 0, bytes.length);
};

/** Lengths of the shared strings, in order (capped: anything over 65,535 is "too long"). */
class SharedStrings implements XmlHandler {
  readonly names = ['si', 't'];
  counting = false;
  private lengths = new Uint16Array(1024);
  count = 0;
  private current = 0;
  private inString = false;

  constructor(private readonly budget: ReadBudget) {}

  length(index: number): number {
    return Number.isInteger(index) && index >= 0 && index < this.count ? this.lengths[index]! : 0;
  }

  open(name: string): void {
    if (name === 'si') {
      this.inString = true;
      this.current = 0;
      this.budget.sharedString({ part: SHARED_STRINGS });
    } else if (name === 't' && this.inString) {
      this.counting = true;
    }
  }

  close(name: string): void {
    if (name === 't') this.counting = false;
    else if (name === 'si' && this.inString) {
      this.inString = false;
      if (this.count === this.lengths.length) {
        const grown = new Uint16Array(this.lengths.length * 2);
        grown.set(this.lengths);
        this.lengths = grown;
      }
      this.lengths[this.count++] = Math.min(this.current, 0xffff);
    }
  }

  text(chars: number): void {
    this.current += chars;
  }
}

/** One worksheet: rows, cells, their text, merged ranges and column definitions. */
class Worksheet implements XmlHandler {
  readonly names = ['row', 'c', 'v', 'f', 'is', 't', 'mergeCell', 'col'];
  counting = false;
  readonly merges: MergeRange[] = [];
  private row = 0;
  private nextRow = 1;
  private column = 0;
  private nextColumn = 1;
  private inCell = false;
  /** The cell's value is an index into the shared strings (t="s"). */
  private sharedType = false;
  private inInline = false;
  /** The element whose text is being counted: a value, a formula or inline text. */
  private counted: 'v' | 'f' | 't' | null = null;
  private valueChars = 0;
  private formulaChars = 0;
  /** The digits of a shared-string cell's value: the string's index (-1 if not a number). */
  private sharedIndex = 0;

  /** Where the scan is: one object updated in place, copied only into an error. */
  private readonly here: LimitPlace & { row: number; column: number };

  constructor(
    private readonly sheet: string,
    private readonly budget: ReadBudget,
    private readonly shared: SharedStrings,
  ) {
    this.here = { sheet, row: 0, column: 0 };
  }

  private place(): LimitPlace & { row: number; column: number } {
    this.here.row = this.row;
    this.here.column = this.column;
    return this.here;
  }

  open(name: string, tag: XmlTag): void {
    switch (name) {
      case 'row': {
        if (tag.truncated) throw new XmlFormatError('over-long <row> tag');
        const r = tag.find('r') ? parseNumber(tag.bytes, tag.valueStart, tag.valueEnd) : NaN;
        this.row = Number.isInteger(r) && r >= 1 ? r : this.nextRow;
        this.nextRow = this.row + 1;
        this.nextColumn = 1;
        this.column = 1;
        this.budget.element(this.place());
        break;
      }
      case 'c': {
        if (tag.truncated) throw new XmlFormatError('over-long <c> tag');
        const at = tag.find('r') ? parseRef(tag.bytes, tag.valueStart, tag.valueEnd) : null;
        this.column = at && at.column > 0 ? at.column : this.nextColumn;
        if (at && at.row > 0) this.row = at.row;
        this.nextColumn = this.column + 1;
        this.sharedType =
          tag.find('t') &&
          tag.valueEnd - tag.valueStart === 1 &&
          tag.bytes[tag.valueStart] === 0x73;
        this.valueChars = 0;
        this.formulaChars = 0;
        this.sharedIndex = 0;
        this.inCell = true;
        this.budget.element(this.place());
        break;
      }
      case 'v':
      case 'f':
        if (this.inCell) this.count(name);
        break;
      case 'is':
        if (this.inCell) this.inInline = true;
        break;
      case 't':
        if (this.inCell && this.inInline) this.count('t');
        break;
      case 'mergeCell':
        if (tag.truncated) throw new XmlFormatError('over-long <mergeCell> tag');
        this.merge(tag.attribute('ref') ?? '');
        break;
      case 'col': {
        // exceljs builds one column object per index up to `max`.
        const max = Number(tag.attribute('max') ?? 0);
        if (!(max <= EXCEL_COLUMNS)) throw new XmlFormatError(`column definition up to ${max}`);
        break;
      }
    }
  }

  private count(element: 'v' | 'f' | 't'): void {
    this.counted = element;
    this.counting = true;
  }

  text(chars: number, bytes: Uint8Array, start: number, end: number): void {
    if (this.counted === 'f') {
      this.formulaChars += chars;
      this.budget.cellLength(this.place(), this.formulaChars);
      return;
    }
    this.valueChars += chars;
    this.budget.cellLength(this.place(), this.valueChars);
    if (this.counted === 'v' && this.sharedType) {
      for (let i = start; i < end && this.sharedIndex >= 0; i++) {
        const digit = bytes[i]! - 0x30;
        if (digit >= 0 && digit <= 9) this.sharedIndex = this.sharedIndex * 10 + digit;
        else if (bytes[i] !== 0x20) this.sharedIndex = -1;
        if (this.sharedIndex > 0xffffffff) this.sharedIndex = -1;
      }
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v':
      case 'f':
      case 't':
        if (this.counted === name) {
          this.counted = null;
          this.counting = false;
        }
        break;
      case 'is':
        this.inInline = false;
        break;
      case 'c':
        if (this.inCell) this.endCell();
        break;
    }
  }

  private endCell(): void {
    this.inCell = false;
    this.inInline = false;
    const length =
      this.sharedType && this.valueChars > 0
        ? this.shared.length(this.sharedIndex)
        : this.valueChars;
    if (length > 0) this.budget.text(this.place(), length);
  }

  private merge(ref: string): void {
    const [a, b = a] = ref.split(':');
    const from = textParseRef(a ?? '');
    const to = textParseRef(b ?? '');
    if (!from || !to) return; // exceljs would fail on it; nothing for the reader to fill
    const range: MergeRange = {
      top: Math.min(from.row, to.row),
      left: Math.min(from.column, to.column),
      bottom: Math.max(from.row, to.row),
      right: Math.max(from.column, to.column),
    };
    if (range.top < 1 || range.left < 1) return;
    // The reader copies the first cell's text down the range: it must stay in the grid read.
    const corner = { sheet: this.sheet, row: range.bottom, column: range.right };
    const limits = this.budget.limits;
    if (range.bottom > limits.sheetRows) throw importLimitError('sheetRows', limits, corner);
    if (range.right > limits.columns) throw importLimitError('columns', limits, corner);
    this.budget.merged(corner, (range.bottom - range.top + 1) * (range.right - range.left + 1));
    this.merges.push(range);
  }
}

/** Counts the comments of a sheet: exceljs builds a note (and its cell) for each. */
class Comments implements XmlHandler {
  readonly names = ['comment'];
  readonly counting = false;
  constructor(
    private readonly budget: ReadBudget,
    private readonly part: string,
  ) {}
  open(name: string): void {
    if (name === 'comment') this.budget.element({ part: this.part });
  }
  close(): void {}
  text(): void {}
}

/** Sheet names by the part that holds each sheet (workbook.xml and its relationships). */
class SheetNames implements XmlHandler {
  readonly names = ['sheet', 'Relationship'];
  readonly counting = false;
  readonly sheets: { name: string; rid: string }[] = [];
  readonly targets = new Map<string, string>();
  open(name: string, tag: XmlTag): void {
    if (tag.truncated) return;
    if (name === 'sheet') {
      const sheetName = tag.attribute('name');
      const rid = tag.attribute('id');
      if (sheetName !== undefined && rid !== undefined) this.sheets.push({ name: sheetName, rid });
    } else if (name === 'Relationship') {
      const id = tag.attribute('Id');
      const target = tag.attribute('Target');
      if (id !== undefined && target !== undefined) this.targets.set(id, target);
    }
  }
  close(): void {}
  text(): void {}

  /** Part name → sheet name, resolved the way exceljs's reconcile does. */
  byPart(): Map<string, string> {
    const out = new Map<string, string>();
    for (const s of this.sheets) {
      const target = this.targets.get(s.rid);
      if (target !== undefined) out.set(`xl/${target.replace(/^(\s|\/xl\/)+/, '')}`, s.name);
    }
    return out;
  }
}

const rank = (name: string) =>
  name === WORKBOOK || name === WORKBOOK_RELS
    ? 0
    : name === SHARED_STRINGS
      ? 1
      : WORKSHEET.test(name)
        ? 2
        : 3;

/**
 * Scans an XLSX held in memory. Throws IMPORT_LIMIT (see IMPORT_LIMITS), or IMPORT_UNSUPPORTED
 * kind 'zip' for an archive that is damaged or holds what no workbook does; otherwise returns
 * what the reader needs from it.
 */
export async function scanXlsx(
  bytes: Uint8Array,
  limits: ImportLimits = IMPORT_LIMITS,
): Promise<WorkbookScan> {
  try {
    return await scan(bytes, limits);
  } catch (err) {
    if (err instanceof ZipFormatError || err instanceof XmlFormatError) throw damaged(err.message);
    throw err;
  }
}

async function scan(bytes: Uint8Array, limits: ImportLimits): Promise<WorkbookScan> {
  const entries: ZipEntry[] = [];
  let declared = 0;
  for (const entry of zipEntries(bytes)) {
    const part = partName(entry);
    if (entries.length === limits.parts) throw importLimitError('parts', limits, { part });
    if (entry.declaredSize > limits.partBytes) {
      throw importLimitError('partBytes', limits, { part, size: entry.declaredSize });
    }
    declared += entry.declaredSize;
    if (declared > limits.totalBytes) {
      throw importLimitError('totalBytes', limits, { part, size: declared });
    }
    entries.push(entry);
  }

  const budget = new ReadBudget(limits);
  let unpacked = 0;
  /** Unpacks a part through `handler` (or only counts its bytes), within the size limits. */
  const unpack = async (entry: ZipEntry, handler?: XmlHandler) => {
    const scanner = handler && new XmlScanner(handler);
    const room = Math.min(limits.partBytes, limits.totalBytes - unpacked);
    try {
      unpacked += await inflateEntry(bytes, entry, room, (chunk) => scanner?.write(chunk));
    } catch (err) {
      if (!(err instanceof EntryTooLarge)) throw err;
      const overPart = err.unpacked > limits.partBytes;
      throw importLimitError(overPart ? 'partBytes' : 'totalBytes', limits, {
        part: partName(entry),
        size: overPart ? err.unpacked : unpacked + err.unpacked,
      });
    }
  };

  // Names and shared strings first: the worksheets' messages and cells refer to them.
  const ordered = [...entries].sort((a, b) => rank(partName(a)) - rank(partName(b)));
  const names = new SheetNames();
  let sheetNames: Map<string, string> | null = null;
  let shared = new SharedStrings(budget);
  const merges = new Map<string, MergeRange[]>();
  for (const entry of ordered) {
    const part = partName(entry);
    if (part === WORKBOOK || part === WORKBOOK_RELS) {
      await unpack(entry, names);
    } else if (part === SHARED_STRINGS) {
      shared = new SharedStrings(budget);
      await unpack(entry, shared);
    } else if (WORKSHEET.test(part)) {
      sheetNames ??= names.byPart();
      const sheet = sheetNames.get(part) ?? part;
      const handler = new Worksheet(sheet, budget, shared);
      await unpack(entry, handler);
      merges.set(sheet, handler.merges);
    } else if (COMMENTS.test(part)) {
      await unpack(entry, new Comments(budget, part));
    } else {
      // Not parsed here, but exceljs unpacks it: its bytes count all the same.
      await unpack(entry);
    }
  }
  return { merges };
}
