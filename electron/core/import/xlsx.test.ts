import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { encodeTcvn3 } from './tcvn3';
import { readXlsx, writeXlsx } from './xlsx';

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** TCVN3 text as Excel holds it in a .VnTime cell: each legacy byte as a Latin-1 character. */
const asLegacyCell = (text: string) => String.fromCharCode(...encodeTcvn3(text));

describe('readXlsx', () => {
  it('turns every kind of cell value into the text shown', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.getCell('A1').value = 1;
    ws.getCell('B1').value = {
      richText: [{ text: 'Nguyễn ' }, { text: 'Văn An', font: { bold: true } }],
    };
    ws.getCell('C1').value = { formula: 'A1*2', result: 2 };
    ws.getCell('D1').value = new Date(Date.UTC(2026, 0, 5));
    ws.getCell('E1').value = 0.1 + 0.2;
    ws.getCell('F1').value = 912345678;
    ws.getCell('G1').value = { text: 'Cổng thông tin', hyperlink: 'https://example.vn' };
    ws.getCell('H1').value = { error: '#N/A' };
    ws.getCell('I1').value = 3.0;
    ws.getCell('J1').value = { formula: 'TODAY()', result: new Date(Date.UTC(2026, 11, 31)) };
    ws.getCell('K1').value = { formula: 'X1' }; // no cached result
    ws.getCell('B3').value = '  nhiều   khoảng trắng ';
    const [sheet] = await readXlsx(await bytesOf(wb));
    expect(sheet!.name).toBe('Danh sách');
    expect(sheet!.rows).toEqual([
      [
        '1',
        'Nguyễn Văn An',
        '2',
        '05/01/2026',
        '0.3',
        '912345678',
        'Cổng thông tin',
        '',
        '3',
        '31/12/2026',
      ],
      [],
      ['', '  nhiều   khoảng trắng '],
    ]);
  });

  it('keeps a merge across columns in its first cell and repeats a merge down its column', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 'DANH SÁCH ĐẠI BIỂU';
    ws.mergeCells('A1:E1');
    ws.getCell('D3').value = 'Sở Y tế';
    ws.mergeCells('D3:D5');
    ws.getCell('A3').value = 'x';
    ws.getCell('B6').value = 'Khối';
    ws.mergeCells('B6:C7'); // both ways: repeated down column B only
    const [sheet] = await readXlsx(await bytesOf(wb));
    expect(sheet!.rows).toEqual([
      ['DANH SÁCH ĐẠI BIỂU'],
      [],
      ['x', '', '', 'Sở Y tế'],
      ['', '', '', 'Sở Y tế'],
      ['', '', '', 'Sở Y tế'],
      ['', 'Khối'],
      ['', 'Khối'],
    ]);
  });

  it('returns every worksheet in order', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Bìa').getCell('A1').value = 'Hội nghị';
    wb.addWorksheet('Đại biểu').getCell('A1').value = 'STT';
    const sheets = await readXlsx(await bytesOf(wb));
    expect(sheets.map((s) => s.name)).toEqual(['Bìa', 'Đại biểu']);
  });

  it('decodes cells in TCVN3 fonts, uppercasing the capitals fonts', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = asLegacyCell('DANH SÁCH ĐẠI BIỂU');
    ws.getCell('A1').font = { name: '.VnTimeH' };
    ws.getCell('A2').value = asLegacyCell('Nguyễn Văn Hưng');
    ws.getCell('A2').font = { name: '.VnTime' };
    ws.getCell('A3').value = 'Đỗ Thị Thúy'; // retyped in Unicode, font kept
    ws.getCell('A3').font = { name: '.VnTime' };
    ws.getCell('A4').value = asLegacyCell('Hà'); // in another font: left alone
    ws.getCell('A4').font = { name: 'Times New Roman' };
    ws.getCell('A5').value = asLegacyCell('ủy viên');
    ws.getCell('A5').font = { name: '.VnArial' };
    ws.getCell('A6').value = 'danh sach';
    ws.getCell('A6').font = { name: '.VnArialH' };
    const [sheet] = await readXlsx(await bytesOf(wb));
    expect(sheet!.rows.map((r) => r[0])).toEqual([
      'DANH SÁCH ĐẠI BIỂU',
      'Nguyễn Văn Hưng',
      'Đỗ Thị Thúy',
      'Hµ',
      'Ủy viên',
      'DANH SACH',
    ]);
    expect(sheet!.tcvn3Cells).toBe(3);
  });

  it('refuses a zip that is not a workbook', async () => {
    const notXlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const err = await readXlsx(notXlsx).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'IMPORT_UNSUPPORTED', details: { kind: 'zip' } });
  });
});

describe('writeXlsx', () => {
  it('writes a sheet with a bold header, Times New Roman and fitted widths, and reads back', async () => {
    const rows = [
      ['STT', 'Họ và tên', 'Thứ tự'],
      [1, 'Nguyễn Văn An', 3],
      [2, 'Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy', null],
    ];
    const bytes = await writeXlsx('Danh sách: đại biểu/khách mời', rows);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Danh sách  đại biểu khách mời'.slice(0, 31));
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('B2').font?.name).toBe('Times New Roman');
    expect(ws.getCell('B2').font?.bold).toBeFalsy();
    expect(ws.getCell('A2').value).toBe(1);
    expect(ws.getColumn(2).width).toBeGreaterThan(ws.getColumn(1).width!);
    expect(ws.getColumn(2).width).toBeLessThanOrEqual(60);
    const [sheet] = await readXlsx(bytes);
    expect(sheet!.rows).toEqual([
      ['STT', 'Họ và tên', 'Thứ tự'],
      ['1', 'Nguyễn Văn An', '3'],
      ['2', 'Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy'],
    ]);
  });
});
