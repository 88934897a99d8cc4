import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import type { RosterEncoding } from './encoding';
import { decodeText, detectEncoding, encodeText, looksUtf16le } from './encoding';
import { isVietnameseSyllable, scoreVietnamese } from './syllable';
import { encodeTcvn3, restoreTcvn3Case, restoreTcvn3NameCase } from './tcvn3';

/** TCVN3 loses the case of uppercase toned vowels; the reader restores it cell by cell. */
const cellwise = (text: string) =>
  text
    .split('\r\n')
    .map((line) =>
      line
        .split(',')
        .map((cell, i) =>
          (i === 1 ? restoreTcvn3NameCase : (c: string) => c)(restoreTcvn3Case(cell)),
        )
        .join(','),
    )
    .join('\r\n');

const SAMPLE = [
  'STT,Họ và tên,Chức vụ,Đơn vị',
  '1,Nguyễn Văn Hưng,Bí thư Tỉnh ủy,Tỉnh ủy Thanh Hóa',
  '2,Đỗ Thị Thúy,Phó Chủ tịch UBND tỉnh,UBND tỉnh',
  '3,Trần Quốc Việt,Giám đốc,Sở Kế hoạch và Đầu tư',
  '4,Lê Thị Ánh,Chuyên viên,Văn phòng Tỉnh ủy',
].join('\r\n');

describe('detectEncoding', () => {
  it('recognises byte-order marks', () => {
    expect(detectEncoding(encodeText(SAMPLE, 'utf-8-bom')).encoding).toBe('utf-8-bom');
    expect(detectEncoding(encodeText(SAMPLE, 'utf-16le')).encoding).toBe('utf-16le');
    expect(() => detectEncoding(Uint8Array.from([0xfe, 0xff, 0, 0x41]))).toThrow(AppError);
  });

  it('recognises UTF-16LE without a BOM', () => {
    const bytes = new Uint8Array(Buffer.from(SAMPLE, 'utf16le'));
    expect(looksUtf16le(bytes)).toBe(true);
    const d = detectEncoding(bytes);
    expect(d.encoding).toBe('utf-16le');
    expect(decodeText(bytes, d.encoding)).toBe(SAMPLE);
  });

  it('reads UTF-8 without BOM, NFC and NFD (macOS) alike', () => {
    expect(detectEncoding(encodeText(SAMPLE, 'utf-8')).encoding).toBe('utf-8');
    const nfd = encodeText(SAMPLE.normalize('NFD'), 'utf-8');
    expect(detectEncoding(nfd).encoding).toBe('utf-8');
    expect(decodeText(nfd, 'utf-8').normalize('NFC')).toBe(SAMPLE);
  });

  it('calls plain ASCII UTF-8', () => {
    const d = detectEncoding(encodeText('STT,Ho va ten,Chuc vu\r\n1,Nguyen Van A,Bi thu', 'utf-8'));
    expect(d).toEqual({ encoding: 'utf-8', reason: 'plain ASCII' });
  });

  it('tolerates a few damaged bytes in UTF-8', () => {
    const good = encodeText(SAMPLE, 'utf-8');
    const damaged = Uint8Array.from([...good, 0xff]);
    expect(detectEncoding(damaged).encoding).toBe('utf-8');
  });

  it('tells Windows-1258 from TCVN3', () => {
    const cp = iconv.encode(SAMPLE, 'windows1258'); // precomposed where the code page has them
    const cpWindows = encodeText(SAMPLE, 'windows-1258'); // tones as combining marks
    const vn = encodeTcvn3(SAMPLE);
    expect(detectEncoding(new Uint8Array(cpWindows)).encoding).toBe('windows-1258');
    expect(detectEncoding(new Uint8Array(vn)).encoding).toBe('tcvn3');
    const cpDetected = detectEncoding(new Uint8Array(cp));
    // iconv-lite cannot write "ễ", "ộ"… precomposed and puts "?" there, but what it writes is 1258.
    expect(cpDetected.encoding).toBe('windows-1258');
    expect(cpDetected.reason).toMatch(/TCVN3/);
  });

  it('decodes Windows-1258 and TCVN3 back to the same NFC text', () => {
    expect(decodeText(encodeText(SAMPLE, 'windows-1258'), 'windows-1258')).toBe(SAMPLE);
    expect(decodeText(encodeText(SAMPLE, 'tcvn3'), 'tcvn3')).toBe(SAMPLE.replace('Ánh', 'ánh'));
    expect(cellwise(decodeText(encodeText(SAMPLE, 'tcvn3'), 'tcvn3'))).toBe(SAMPLE);
  });

  it('decodes with a BOM dropped whatever encoding is forced', () => {
    expect(decodeText(encodeText('Hòa', 'utf-8-bom'), 'utf-8')).toBe('Hòa');
    expect(decodeText(encodeText('Hòa', 'utf-16le'), 'utf-16le')).toBe('Hòa');
  });

  it('always says utf-8 for UTF-8 encoded Vietnamese text (property)', () => {
    const letter = fc.constantFrom(
      ...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ',
    );
    const word = fc.array(letter, { minLength: 1, maxLength: 7 }).map((l) => l.join(''));
    const text = fc.array(fc.oneof(word, fc.constantFrom(' ', ',', ';', '\t', '\r\n', '1', 'A')), {
      maxLength: 80,
    });
    fc.assert(
      fc.property(text, fc.boolean(), (parts, nfd) => {
        const s = nfd ? parts.join('').normalize('NFD') : parts.join('');
        expect(detectEncoding(new TextEncoder().encode(s)).encoding).toBe('utf-8');
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips every encoding through encodeText/decodeText', () => {
    const encodings: RosterEncoding[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'windows-1258', 'tcvn3'];
    for (const e of encodings) {
      const bytes = encodeText(SAMPLE, e);
      const d = detectEncoding(bytes);
      expect([e, d.encoding]).toEqual([e, e]);
      expect(cellwise(decodeText(bytes, d.encoding))).toBe(SAMPLE);
    }
  });
});

describe('Vietnamese syllables', () => {
  it('accepts real syllables and rejects mis-decoded ones', () => {
    for (const w of [
      'Nguyễn',
      'giữ',
      'quyết',
      'Hòa',
      'Thúy',
      'khuya',
      'người',
      'ĐẠI',
      'xoong',
      'gì',
    ]) {
      expect([w, isVietnameseSyllable(w)]).toEqual([w, true]);
    }
    for (const w of ['NguyÔn', 'V¨n', 'Nguyờịn', 'José', 'càt', 'qa', 'Hoàà']) {
      expect([w, isVietnameseSyllable(w)]).toEqual([w, false]);
    }
    expect(scoreVietnamese('Nguyễn Văn A, 12 Lê Lợi')).toEqual({ good: 4, bad: 0 });
  });
});

describe('legacy encodings on hostile bytes', () => {
  /** The longest run of combining marks in a text. */
  const longestMarkRun = (text: string) =>
    Math.max(0, ...(text.match(/\p{M}+/gu) ?? []).map((run) => [...run].length));

  // Both legacy encodings have bare tone marks as bytes; a file of nothing else decodes to one
  // run of a million marks, which took ICU's normalisation hours (n²) before runs were cut.
  it('decodes a Windows-1258 file of a million alternating tone marks, keeping 30', () => {
    const bytes = new Uint8Array(2_000_001).fill(0xec);
    bytes[0] = 0x61; // 'a', then acute (0xEC) and dot below (0xF2) by turns
    for (let i = 2; i < bytes.length; i += 2) bytes[i] = 0xf2;
    const text = decodeText(bytes, 'windows-1258');
    expect(text.startsWith('ạ')).toBe(true);
    expect(longestMarkRun(text)).toBeLessThanOrEqual(30);
    expect(['windows-1258', 'tcvn3']).toContain(detectEncoding(bytes).encoding);
  });

  it('decodes a TCVN3 file of a million VN2 tone marks, keeping 30', () => {
    const bytes = new Uint8Array(1_000_001).fill(0xb3); // VN2 acute
    bytes[0] = 0x61;
    for (let i = 2; i < bytes.length; i += 2) bytes[i] = 0xb4; // VN2 dot below
    const text = decodeText(bytes, 'tcvn3');
    expect(longestMarkRun(text)).toBeLessThanOrEqual(30);
    expect(scoreVietnamese(text)).toEqual({ good: 0, bad: 1 });
  });
});
