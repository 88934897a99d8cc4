import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { readRoster } from './roster';
import { MAX_IMPORT_BYTES } from '../../../shared/api/transport';
import { sniffFile } from './sniff';

/** A minimal zip archive (stored entries), as some tool other than Excel would write. */
function zip(files: Record<string, string>): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, 'utf8');
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, fileName, data);
    central.push(entry, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, cd, end]));
}

function randomBytes(n: number, seed = 7): Uint8Array {
  let x = seed;
  return Uint8Array.from({ length: n }, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x >>> 24;
  });
}

const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
]);
const XLS = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
const ascii = (s: string) => new TextEncoder().encode(s);

/** The AppError a roster read fails with (the test fails if it does not throw one). */
async function readError(name: string, bytes: Uint8Array): Promise<AppError> {
  try {
    await readRoster(name, bytes);
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error(`${name} was read without an error`);
}

describe('sniffFile', () => {
  it('tells workbooks from text by content, not name', () => {
    expect(sniffFile('ds.xlsx', zip({ 'a.txt': 'x' }))).toBe('xlsx');
    expect(sniffFile('ds.xls', ascii('STT\tHọ và tên\n'))).toBe('csv');
    expect(sniffFile('ds.csv', ascii('STT,Họ và tên\n'))).toBe('csv');
    expect(sniffFile('ds.txt', Uint8Array.from([0xff, 0xfe, 0x53, 0, 0x54, 0]))).toBe('csv');
    expect(sniffFile('ds.csv', Uint8Array.from(Buffer.from('STT\tHọ tên\r\n', 'utf16le')))).toBe(
      'csv',
    );
    expect(sniffFile('bm.csv', ascii('BM01 - Danh sách\nHọ và tên\n'))).toBe('csv');
  });

  it('exposes the 20 MB limit', () => {
    expect(MAX_IMPORT_BYTES).toBe(20 * 1024 * 1024);
  });
});

describe('files that are not rosters', () => {
  it('an image renamed .xlsx', async () => {
    const err = await readError('danh-sach.xlsx', PNG);
    expect(err.code).toBe('IMPORT_UNSUPPORTED');
    expect(err.details).toMatchObject({ kind: 'image', name: 'danh-sach.xlsx' });
    for (const sig of [[0xff, 0xd8, 0xff, 0xe0], [...ascii('GIF89a')]]) {
      expect((await readError('x.xlsx', Uint8Array.from(sig))).details?.kind).toBe('image');
    }
  });

  it('a PDF', async () => {
    const err = await readError('ds.csv', ascii('%PDF-1.7\n%âãÏÓ\n'));
    expect(err).toMatchObject({ code: 'IMPORT_UNSUPPORTED', details: { kind: 'pdf' } });
  });

  it('random binary', async () => {
    const err = await readError('ds.csv', randomBytes(10_000));
    expect(err).toMatchObject({ code: 'IMPORT_UNSUPPORTED', details: { kind: 'binary' } });
  });

  it('text full of control characters', async () => {
    const bytes = Uint8Array.from({ length: 2000 }, (_, i) => (i % 10 === 0 ? 0x01 : 0x41));
    expect((await readError('ds.csv', bytes)).details?.kind).toBe('binary');
  });

  it('an empty file', async () => {
    const err = await readError('ds.csv', new Uint8Array(0));
    expect(err).toMatchObject({ code: 'IMPORT_EMPTY', details: { size: 0 } });
  });

  it('whitespace and byte-order marks only', async () => {
    expect((await readError('ds.csv', ascii(' \r\n\t\n  '))).code).toBe('IMPORT_EMPTY');
    expect((await readError('ds.csv', Uint8Array.from([0xef, 0xbb, 0xbf, 0x0d, 0x0a]))).code).toBe(
      'IMPORT_EMPTY',
    );
    expect(
      (await readError('ds.txt', Uint8Array.from([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00]))).code,
    ).toBe('IMPORT_EMPTY');
  });

  it('separators but no cells', async () => {
    expect((await readError('ds.csv', ascii(',,,\r\n , ,,\r\n'))).code).toBe('IMPORT_EMPTY');
  });

  it('a file over 20 MB, refused before parsing', async () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]); // would take exceljs a while if it got that far
    const err = await readError('huge.xlsx', big);
    expect(err.code).toBe('IMPORT_TOO_LARGE');
    expect(err.details).toMatchObject({ size: MAX_IMPORT_BYTES + 1, limit: MAX_IMPORT_BYTES });
    expect(sniffFile('limit.xlsx', big.subarray(0, MAX_IMPORT_BYTES))).toBe('xlsx'); // at the limit: accepted
  });

  it('an Excel 97–2003 .xls', async () => {
    const err = await readError('ds.xls', XLS);
    expect(err).toMatchObject({ code: 'IMPORT_UNSUPPORTED', details: { kind: 'xls' } });
  });

  it('HTML and Excel 2003 XML saved as .xls', async () => {
    const html = ascii('<html><body><table><tr><td>STT</td></tr></table></body></html>');
    expect((await readError('ds.xls', html)).details?.kind).toBe('html');
    const xml = ascii(
      '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">',
    );
    expect((await readError('ds.xls', xml)).details).toMatchObject({
      kind: 'xls',
      format: 'xml-spreadsheet',
    });
  });

  it('an OpenDocument spreadsheet', async () => {
    const ods = zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet' });
    expect((await readError('ds.ods', ods)).details?.kind).toBe('ods');
  });

  it('a zip that is not a workbook', async () => {
    const err = await readError('ds.xlsx', zip({ 'readme.txt': 'Không phải Excel' }));
    expect(err).toMatchObject({ code: 'IMPORT_UNSUPPORTED', details: { kind: 'zip' } });
  });

  it('UTF-16 big-endian text', async () => {
    const be = Uint8Array.from([0xfe, 0xff, 0, 0x53, 0, 0x54]);
    expect((await readError('ds.csv', be)).details).toMatchObject({
      kind: 'encoding',
      encoding: 'utf-16be',
    });
  });

  it('a workbook or CSV without a recognisable header', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Trang 1');
    ws.addRow(['Báo cáo tháng 1']);
    ws.addRow(['Nội dung', 'Số lượng']);
    ws.addRow(['Hội nghị', 3]);
    const xlsx = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const err = await readError('bao-cao.xlsx', xlsx);
    expect(err.code).toBe('IMPORT_NO_HEADER');
    expect(err.details).toMatchObject({ sheets: ['Trang 1'], sheet: 'Trang 1' });
    const csv = await readError('bao-cao.csv', ascii('Nội dung,Số lượng\r\nHội nghị,3\r\n'));
    expect(csv.code).toBe('IMPORT_NO_HEADER');
    expect(csv.details).toMatchObject({ encoding: { used: 'utf-8' }, delimiter: ',' });
  });

  it('an empty workbook', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const xlsx = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect((await readError('trong.xlsx', xlsx)).code).toBe('IMPORT_EMPTY');
  });
});
