import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from './csv';

describe('detectDelimiter', () => {
  it('finds comma, semicolon and tab', () => {
    expect(detectDelimiter('STT,Họ và tên,Chức vụ\n1,An,Bí thư\n')).toBe(',');
    expect(detectDelimiter('STT;Họ và tên;Chức vụ\n1;An;Bí thư\n')).toBe(';');
    expect(detectDelimiter('STT\tHọ và tên\tChức vụ\n1\tAn\tBí thư\n')).toBe('\t');
  });

  it('is not misled by commas inside unquoted cells of a semicolon file', () => {
    const text = [
      'DANH SÁCH ĐẠI BIỂU;;;',
      'STT;Họ và tên;Chức vụ;Đơn vị',
      '1;Nguyễn Văn An;Phó Bí thư, Chủ tịch UBND tỉnh;UBND tỉnh',
      '2;Trần Thị Bình;Giám đốc;Sở Y tế',
      '3;Lê Văn Cường;Ủy viên, Trưởng ban;Ban Tổ chức, Tỉnh ủy',
    ].join('\r\n');
    expect(detectDelimiter(text)).toBe(';');
  });

  it('ignores separators inside quotes, across lines', () => {
    const text = 'a,b\n"x;y;z\n;;;",c\n"p;q",r\n';
    expect(detectDelimiter(text)).toBe(',');
  });
});

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, embedded line breaks and CRLF', () => {
    const text =
      'STT,Họ và tên,Chức vụ\r\n1,"Nguyễn Văn ""Tư""","Phó Bí thư,\r\nChủ tịch UBND"\r\n\r\n2,An,\r\n';
    expect(parseCsv(text)).toEqual([
      ['STT', 'Họ và tên', 'Chức vụ'],
      ['1', 'Nguyễn Văn "Tư"', 'Phó Bí thư,\r\nChủ tịch UBND'],
      [],
      ['2', 'An', ''],
    ]);
  });

  it('keeps empty rows (so row numbers match Excel) and drops trailing ones', () => {
    expect(parseCsv('a;b\n\n\nc;d\n\n\n')).toEqual([['a', 'b'], [], [], ['c', 'd']]);
  });

  it('drops a BOM left in the text and accepts a forced separator', () => {
    expect(parseCsv('\ufeffa\tb\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a,b;c\n1,2;3', ';')).toEqual([
      ['a,b', 'c'],
      ['1,2', '3'],
    ]);
  });

  it('reads a one-column file', () => {
    expect(parseCsv('Họ và tên\nNguyễn Văn An\nTrần Bình\n')).toEqual([
      ['Họ và tên'],
      ['Nguyễn Văn An'],
      ['Trần Bình'],
    ]);
  });
});
