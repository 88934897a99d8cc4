/**
 * IMPORT_LIMITS, checked while a file is read. The issue's hostile files are built here at
 * full size (they stay small on disk) and read at the real limits; the finer cases lower a
 * limit so that a few rows can cross it.
 */
import { describe, expect, it } from 'vitest';
import { ImportCommit } from '../../../shared/api/directorySchemas';
import { AppError } from '../../../shared/api/errors';
import type { ImportLimits } from '../../../shared/api/importLimits';
import { IMPORT_LIMITS } from '../../../shared/api/importLimits';
import {
  hugeSharedString,
  longCells,
  manyRows,
  rewritePart,
  withDeclaredSize,
  xlsxWith,
  zipBomb,
} from '../testing/hostileFiles';
import { parseCsv } from './csv';
import { readRoster } from './roster';
import { readXlsx } from './xlsx';

const limits = (lower: Partial<ImportLimits>): ImportLimits => ({ ...IMPORT_LIMITS, ...lower });
const MiB = 1024 * 1024;

async function refusal(reading: Promise<unknown> | (() => unknown)): Promise<AppError> {
  try {
    await (typeof reading === 'function' ? reading() : reading);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error('expected the file to be refused');
}

const read = (bytes: Uint8Array, lower: Partial<ImportLimits> = {}) =>
  refusal(readRoster('ds.xlsx', bytes, {}, limits(lower)));

const si = (text: string) => `<si><t>${text}</t></si>`;
const HEADER = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>';
const NAMES = [si('Họ và tên'), si('Lê Văn Tám')];
/** A sheet: the header, then `rows` (the inside of <sheetData>). */
const sheet = (rows: string, extra: { tail?: string; shared?: string[] } = {}) =>
  xlsxWith({
    sharedStrings: [...NAMES, ...(extra.shared ?? [])],
    sheetData: [HEADER, rows],
    sheetTail: extra.tail,
  });
const inline = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

describe('the issue’s hostile workbooks, at the real limits', () => {
  it('refuses a 400 MB shared string from the size the zip declares, unpacking nothing', async () => {
    const bytes = await hugeSharedString();
    expect(bytes.length).toBeLessThan(MiB);
    const err = await read(bytes);
    expect(err).toMatchObject({
      code: 'IMPORT_LIMIT',
      details: { limit: 'partBytes', max: 64 * MiB, part: 'xl/sharedStrings.xml' },
    });
    expect(err.details!.size).toBeGreaterThan(400 * MiB);
  });

  it('stops unpacking it at the part limit when the zip lies about its size', async () => {
    const err = await read(await hugeSharedString({ lie: true }));
    expect(err).toMatchObject({
      code: 'IMPORT_LIMIT',
      details: { limit: 'partBytes', part: 'xl/sharedStrings.xml' },
    });
    expect(err.details!.size).toBeGreaterThan(64 * MiB);
    expect(err.details!.size).toBeLessThan(65 * MiB);
  });

  it('stops a sheet of 100,000 rows (under the part limit) at row 21,001', async () => {
    const err = await read(await manyRows({ rows: 100_000 }));
    expect(err).toMatchObject({
      code: 'IMPORT_LIMIT',
      details: { limit: 'sheetRows', max: 21_000, sheet: 'DS', row: 21_001, column: 'A' },
    });
  });

  it('refuses the million rows Excel numbers from the size of the sheet', async () => {
    const err = await read(await manyRows({ rows: 1_000_000 }));
    expect(err).toMatchObject({
      details: { limit: 'partBytes', part: 'xl/worksheets/sheet1.xml' },
    });
  }, 20_000);

  it('stops a zip bomb of 7.2 million cells at the 500,001st, whatever its headers say', async () => {
    // Unnumbered, so that it is made in milliseconds: 216 MB of sheet declared as 1 KB.
    const bomb = await zipBomb({ numbered: false });
    expect(bomb.length).toBeLessThan(MiB);
    // The header row is a row and a cell; then rows of a row and 100 cells each.
    const cells = { limit: 'cells', max: 500_000, sheet: 'DS', row: 4952, column: 'AV' };
    expect(await read(bomb)).toMatchObject({ code: 'IMPORT_LIMIT', details: cells });
    const honest = await read(await zipBomb({ numbered: false, lie: false }));
    expect(honest).toMatchObject({ details: { limit: 'partBytes' } });
  });

  it('stops a bomb exceljs would build at the same cell', async () => {
    // Numbered as Excel writes it, at a tenth of the size: its 23 MB sheet is under the part
    // limit, declared honestly or not (read in full, it took 10 s and 480 MB before).
    const cells = { limit: 'cells', max: 500_000, sheet: 'DS', row: 4952, column: 'AV' };
    const numbered = await zipBomb({ cells: 720_000, lie: false });
    expect(await read(numbered)).toMatchObject({ details: cells });
    const lying = withDeclaredSize(numbered, 'xl/worksheets/sheet1.xml', 1024);
    expect(await read(lying)).toMatchObject({ details: cells });
  });

  it('refuses 3,000 cells of 512 K characters at the first cell that uses the string', async () => {
    const bytes = await longCells();
    expect(bytes.length).toBeLessThan(64 * 1024);
    const err = await read(bytes);
    expect(err).toMatchObject({
      code: 'IMPORT_LIMIT',
      details: { limit: 'cellLength', max: 2000, sheet: 'DS', row: 2, column: 'A' },
    });
  });
});

describe('XLSX limits', () => {
  it('counts what a part unpacks to, in each part and in all together', async () => {
    const text = 'Nguyễn Văn An '.repeat(60_000); // about 1 MB, under 2,000 per cell below
    const cells = text.match(/.{1,1500}/g)!.map((t, i) => inline(`B${i + 2}`, t));
    const rows = cells.map((c, i) => `<row r="${i + 2}">${c}</row>`).join('');
    const bytes = await sheet(rows);
    expect(await read(bytes, { partBytes: 512 * 1024 })).toMatchObject({
      details: { limit: 'partBytes', part: 'xl/worksheets/sheet1.xml' },
    });
    expect(await read(bytes, { totalBytes: MiB })).toMatchObject({
      details: { limit: 'totalBytes' },
    });
    const lying = await xlsxWith({
      sharedStrings: NAMES,
      sheetData: [HEADER, rows],
      declaredSizes: { 'xl/worksheets/sheet1.xml': 10 },
    });
    expect(await read(lying, { totalBytes: MiB })).toMatchObject({
      details: { limit: 'totalBytes' },
    });
    expect(await read(bytes, { parts: 5 })).toMatchObject({ details: { limit: 'parts', max: 5 } });
  });

  it('names the cell past the last column, and ignores empty formatted cells there', async () => {
    const formatted = await sheet(`<row r="2">${inline('B2', 'An')}<c r="ZZ2" s="1"/></row>`);
    expect((await readXlsx(formatted))[0]!.rows).toEqual([['Họ và tên'], ['', 'An']]);
    const wide = await sheet(`<row r="2">${inline('B2', 'An')}${inline('CW2', 'x')}</row>`);
    expect(await read(wide)).toMatchObject({
      details: { limit: 'columns', max: 100, row: 2, column: 'CW', sheet: 'DS' },
    });
  });

  it('measures a cell as its text, wherever the text is', async () => {
    const long = 'ư'.repeat(2001);
    const cases: [string, string[]][] = [
      [inline('C7', long), []],
      [`<c r="C7" t="str"><v>${long}</v></c>`, []],
      [`<c r="C7"><f>${'A1+'.repeat(667)}A1</f><v>1</v></c>`, []],
      ['<c r="C7" t="s"><v>2</v></c>', [si(long)]],
      [
        `<c r="C7" t="inlineStr"><is><r><t>${long.slice(1)}</t></r><r><t>&amp;</t></r></is></c>`,
        [],
      ],
    ];
    for (const [cell, shared] of cases) {
      const err = await read(await sheet(`<row r="7">${cell}</row>`, { shared }));
      expect(err).toMatchObject({ details: { limit: 'cellLength', row: 7, column: 'C' } });
    }
    // Exactly 2,000 is fine, and a long shared string no cell uses is never read.
    const fine = await sheet(`<row r="7">${inline('C7', long.slice(1))}</row>`, {
      shared: [si(long)],
    });
    expect((await readXlsx(fine))[0]!.rows[6]![2]).toHaveLength(2000);
  });

  it('counts cells, rows, shared strings and merged cells against the cells limit', async () => {
    const cells = Array.from({ length: 30 }, (_, i) => `<c r="A${i + 2}" s="1"/>`);
    const rows = cells.map((c, i) => `<row r="${i + 2}">${c}</row>`).join('');
    expect(await read(await sheet(rows), { cells: 50 })).toMatchObject({
      details: { limit: 'cells', max: 50, row: 26, column: 'A' },
    });
    const shared = Array.from({ length: 60 }, (_, i) => si(`s${i}`));
    expect(await read(await sheet('', { shared }), { cells: 50 })).toMatchObject({
      details: { limit: 'cells', part: 'xl/sharedStrings.xml' },
    });
    const merges = '<mergeCells><mergeCell ref="B2:F11"/><mergeCell ref="G2:K11"/></mergeCells>';
    expect(await read(await sheet('', { tail: merges }), { cells: 60 })).toMatchObject({
      details: { limit: 'cells', row: 11, column: 'K' },
    });
  });

  it('counts the text of every cell, a shared string each time it is used', async () => {
    const uses = Array.from({ length: 10 }, (_, i) => `<c r="B${i + 2}" t="s"><v>2</v></c>`);
    const rows = uses.map((c, i) => `<row r="${i + 2}">${c}</row>`).join('');
    const err = await read(await sheet(rows, { shared: [si('x'.repeat(100))] }), {
      textChars: 550,
    });
    // "Họ và tên" (9) and five uses (509); the sixth, on row 7, passes 550.
    expect(err).toMatchObject({ details: { limit: 'textChars', row: 7, column: 'B' } });
  });

  it('keeps merged ranges inside the rows and columns read', async () => {
    const down = await sheet('', { tail: '<mergeCells><mergeCell ref="A2:A30000"/></mergeCells>' });
    expect(await read(down)).toMatchObject({
      details: { limit: 'sheetRows', row: 30_000, column: 'A' },
    });
    const across = await sheet('', { tail: '<mergeCells><mergeCell ref="B2:XFD2"/></mergeCells>' });
    expect(await read(across)).toMatchObject({ details: { limit: 'columns', column: 'XFD' } });
  });

  it('refuses what no workbook holds as a damaged file', async () => {
    for (const [rows, tail] of [
      ['', '<cols><col min="1" max="100000000" width="9"/></cols>'],
      [`<row r="2"><c r="A2" t="s" x="${'y'.repeat(5000)}"><v>1</v></c></row>`, ''],
    ]) {
      const err = await read(await sheet(rows!, { tail }));
      expect(err).toMatchObject({ code: 'IMPORT_UNSUPPORTED', details: { kind: 'zip' } });
    }
    const doctype = rewritePart(await sheet(''), 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace('<worksheet', '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]><worksheet'),
    );
    expect(await read(doctype)).toMatchObject({ code: 'IMPORT_UNSUPPORTED' });
  });
});

describe('what exceljs would expand', () => {
  // Each of these read for minutes (or ran out of memory) when exceljs built them cell by cell.
  it('reads a sheet whose data validation covers whole columns', async () => {
    const validation =
      '<dataValidations count="1"><dataValidation type="list" sqref="B2:XFD1048576">' +
      '<formula1>"Có,Không"</formula1></dataValidation></dataValidations>';
    const bytes = await sheet(`<row r="2">${inline('A2', 'Lê Văn Tám')}</row>`, {
      tail: validation,
    });
    const r = await readRoster('ds.xlsx', bytes);
    expect(r.rows.map((p) => p.fullName)).toEqual(['Lê Văn Tám']);
  });

  it('reads a workbook with a defined name over the whole sheet', async () => {
    const base = await sheet(`<row r="2">${inline('A2', 'Lê Văn Tám')}</row>`);
    const named = rewritePart(base, 'xl/workbook.xml', (xml) =>
      xml.replace(
        '</workbook>',
        '<definedNames><definedName name="All">DS!$A$1:$XFD$1048576</definedName></definedNames></workbook>',
      ),
    );
    expect(named).not.toEqual(base);
    const r = await readRoster('ds.xlsx', named);
    expect(r.rows.map((p) => p.fullName)).toEqual(['Lê Văn Tám']);
  });

  it('fills 10,000 merged ranges in one pass, the first cell down its column', async () => {
    const rows: string[] = [];
    const merges: string[] = [];
    for (let i = 0; i < 5_000; i++) {
      const r = 2 + 2 * i;
      rows.push(
        `<row r="${r}">${inline(`A${r}`, `Người ${i}`)}${inline(`B${r}`, `Đơn vị ${i}`)}</row>`,
      );
      merges.push(`<mergeCell ref="A${r}:A${r + 1}"/><mergeCell ref="B${r}:C${r + 1}"/>`);
    }
    const bytes = await sheet(rows.join(''), {
      tail: `<mergeCells count="10000">${merges.join('')}</mergeCells>`,
    });
    const [read] = await readXlsx(bytes);
    expect(read!.rows.length).toBe(10_001);
    expect(read!.rows[1]).toEqual(['Người 0', 'Đơn vị 0']);
    expect(read!.rows[2]).toEqual(['Người 0', 'Đơn vị 0']);
    expect(read!.rows[10_000]).toEqual(['Người 4999', 'Đơn vị 4999']);
  });
});

describe('CSV limits', () => {
  const csv = (lines: string[]) => lines.join('\n');

  it('stops a million-row file at record 21,001', () => {
    const text = `Họ và tên\n${'Lê Văn Tám\n'.repeat(1_000_000)}`;
    const err = refusal(() => parseCsv(text, ','));
    return expect(err).resolves.toMatchObject({
      code: 'IMPORT_LIMIT',
      details: { limit: 'sheetRows', max: 21_000, row: 21_001, column: 'A' },
    });
  });

  it('names the record and column of a cell too long or too far right', async () => {
    const long = `"${'Hòa, '.repeat(401)}"`;
    expect(
      await refusal(() => parseCsv(csv(['Họ và tên,Ghi chú', `An,${long}`]), ',')),
    ).toMatchObject({ details: { limit: 'cellLength', max: 2000, row: 2, column: 'B' } });
    const far = `An${','.repeat(100)}x`;
    expect(await refusal(() => parseCsv(csv(['Họ và tên', far]), ','))).toMatchObject({
      details: { limit: 'columns', max: 100, row: 2, column: 'CW' },
    });
    expect(parseCsv(csv(['Họ và tên', `An${','.repeat(300)}`]), ',')[1]).toHaveLength(301);
  });

  it('counts empty fields past the last column against the cells limit', async () => {
    const commas = `An${','.repeat(1_000_000)}`;
    expect(await refusal(() => parseCsv(csv(['Họ và tên', commas]), ','))).toMatchObject({
      details: { limit: 'cells', row: 2, column: 'CW' },
    });
  });
});

describe('people per import', () => {
  const roster = (n: number) =>
    new TextEncoder().encode(
      [
        'DANH SÁCH',
        'Họ và tên,Đơn vị',
        ...Array.from({ length: n }, (_, i) => `Lê Văn ${i},Sở ${i}`),
      ].join('\n'),
    );

  it('reads exactly as many people as one commit takes, and refuses one more', async () => {
    expect((await readRoster('a.csv', roster(20_000))).rows).toHaveLength(IMPORT_LIMITS.rows);
    const err = await refusal(readRoster('a.csv', roster(20_001)));
    expect(err).toMatchObject({
      code: 'IMPORT_LIMIT',
      details: { limit: 'rows', max: 20_000, row: 20_003, column: 'A' },
    });
  });

  it('is the number of rows one commit accepts', () => {
    const row = { fullName: 'Lê Văn An', line: 2, action: 'add' };
    const commit = (n: number) => ImportCommit.safeParse({ rows: Array(n).fill(row) }).success;
    expect(commit(IMPORT_LIMITS.rows)).toBe(true);
    expect(commit(IMPORT_LIMITS.rows + 1)).toBe(false);
  });

  it('counts people, not the rows around them', async () => {
    const lower = limits({ rows: 3, sheetRows: 10 });
    const fine = await readRoster('a.csv', roster(3), {}, lower);
    expect(fine.rows).toHaveLength(3);
    expect(await refusal(readRoster('a.csv', roster(4), {}, lower))).toMatchObject({
      details: { limit: 'rows', max: 3, row: 6 },
    });
  });
});
