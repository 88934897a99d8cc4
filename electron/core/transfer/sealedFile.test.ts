import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmpDir } from '../testing/harness';
import { HEADER_BYTES, SealedFileError, createSealedWriter, openSealedFile } from './sealedFile';

// Small chunks so a few kilobytes make many; the real KDF cost (2^15) except where noted.
const CHUNK = 1000;

// The flip test opens a file a hundred times: a cheaper KDF there (the opener accepts 2^10 up).
const FAST = { logN: 10, r: 8, p: 1 };

function seal(
  dir: string,
  plain: Buffer,
  password = 'mật khẩu đúng',
  pieces = 7,
  kdf?: typeof FAST,
): string {
  const file = path.join(dir, 'x.diemcau');
  const w = createSealedWriter(file, password, { chunkSize: CHUNK, kdf });
  for (let i = 0; i < pieces; i++) {
    w.write(
      plain.subarray(
        Math.floor((i * plain.length) / pieces),
        Math.floor(((i + 1) * plain.length) / pieces),
      ),
    );
  }
  w.close();
  return file;
}

function open(file: string, password = 'mật khẩu đúng'): Buffer {
  const parts: Buffer[] = [];
  openSealedFile(file, password, (p) => parts.push(Buffer.from(p)));
  return Buffer.concat(parts);
}

function reason(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof SealedFileError) return err.reason;
    throw err;
  }
  return 'opened';
}

describe('the sealed transfer file', () => {
  const plain = crypto.randomBytes(5500);

  it('opens to exactly what was sealed, whatever the chunking', () => {
    const dir = tmpDir();
    expect(open(seal(dir, plain))).toEqual(plain);
    expect(open(seal(dir, plain, 'mật khẩu đúng', 1))).toEqual(plain);
    expect(open(seal(dir, Buffer.alloc(0)))).toEqual(Buffer.alloc(0));
    expect(open(seal(dir, plain.subarray(0, CHUNK * 3)))).toEqual(plain.subarray(0, CHUNK * 3));
  });

  it('never holds the plaintext in the file, and seals the same data differently each time', () => {
    const dir = tmpDir();
    const text = Buffer.from('Nguyễn Văn An — Chủ tịch UBND tỉnh '.repeat(100));
    const a = fs.readFileSync(seal(dir, text));
    expect(a.includes(Buffer.from('Chủ tịch'))).toBe(false);
    const b = fs.readFileSync(seal(dir, text));
    expect(a.equals(b)).toBe(false);
  });

  it('says a wrong password is a wrong password', () => {
    const file = seal(tmpDir(), plain);
    expect(reason(() => open(file, 'mật khẩu sai'))).toBe('wrong_password');
    // Unicode forms of the same password are the same password.
    const nfd = seal(tmpDir(), plain, 'mật khẩu'.normalize('NFD'));
    expect(open(nfd, 'mật khẩu'.normalize('NFC'))).toEqual(plain);
  });

  it('refuses a file with any one byte flipped, header or body', () => {
    const file = seal(tmpDir(), plain, 'mật khẩu đúng', 7, FAST);
    const good = fs.readFileSync(file);
    // Every header byte, and a spread of body bytes (frames, ciphertext, tags).
    const positions = [
      ...Array.from({ length: HEADER_BYTES }, (_, i) => i),
      ...Array.from(
        { length: 60 },
        (_, i) => HEADER_BYTES + Math.floor((i * (good.length - HEADER_BYTES)) / 60),
      ),
      good.length - 1,
    ];
    for (const at of positions) {
      const bad = Buffer.from(good);
      bad[at] = bad[at]! ^ 0x01;
      fs.writeFileSync(file, bad);
      expect([at, reason(() => open(file))]).not.toEqual([at, 'opened']);
    }
  });

  it('refuses a file cut short anywhere, or with bytes after its end', () => {
    const file = seal(tmpDir(), plain);
    const good = fs.readFileSync(file);
    for (const length of [
      0,
      10,
      HEADER_BYTES,
      HEADER_BYTES + 5,
      HEADER_BYTES + 5 + CHUNK + 16,
      good.length - 1,
    ]) {
      fs.writeFileSync(file, good.subarray(0, length));
      expect(reason(() => open(file))).toBe(length < HEADER_BYTES ? 'not_sealed' : 'damaged');
    }
    fs.writeFileSync(file, Buffer.concat([good, Buffer.from([0])]));
    expect(reason(() => open(file))).toBe('damaged');
  });

  it('refuses chunks dropped or reordered even when each is sound', () => {
    const file = seal(tmpDir(), plain);
    const good = fs.readFileSync(file);
    const frame = 5 + CHUNK + 16;
    const header = good.subarray(0, HEADER_BYTES);
    const chunk = (i: number) =>
      good.subarray(HEADER_BYTES + i * frame, HEADER_BYTES + (i + 1) * frame);
    const last = good.subarray(HEADER_BYTES + 5 * frame);
    fs.writeFileSync(
      file,
      Buffer.concat([header, chunk(1), chunk(0), chunk(2), chunk(3), chunk(4), last]),
    );
    expect(reason(() => open(file))).toBe('damaged');
    fs.writeFileSync(
      file,
      Buffer.concat([header, chunk(0), chunk(1), chunk(2), chunk(3), chunk(4)]),
    );
    expect(reason(() => open(file))).toBe('damaged');
  });

  it('refuses what is not a sealed file, and a format version it does not know', () => {
    const dir = tmpDir();
    const other = path.join(dir, 'other.bin');
    fs.writeFileSync(
      other,
      'SQLite format 3\0 and more bytes than a header has, surely enough here',
    );
    expect(reason(() => open(other))).toBe('not_sealed');
    const file = seal(dir, plain);
    const bad = fs.readFileSync(file);
    bad.writeUInt16BE(2, 8);
    fs.writeFileSync(file, bad);
    expect(reason(() => open(file))).toBe('unsupported');
  });

  it('refuses a header asking scrypt for more than it allows, before deriving', () => {
    const file = seal(tmpDir(), plain);
    const bad = fs.readFileSync(file);
    bad.writeUInt8(30, 10); // N = 2^30: gigabytes
    fs.writeFileSync(file, bad);
    expect(reason(() => open(file))).toBe('damaged');
  });

  it('derives its key with scrypt N = 2^15, r = 8, p = 1 and a fresh 16-byte salt', () => {
    const dir = tmpDir();
    const a = fs.readFileSync(seal(dir, plain));
    const b = fs.readFileSync(seal(dir, plain));
    expect([a.readUInt8(10), a.readUInt8(11), a.readUInt8(12)]).toEqual([15, 8, 1]);
    expect(a.subarray(18, 34).equals(b.subarray(18, 34))).toBe(false);
  });
});
