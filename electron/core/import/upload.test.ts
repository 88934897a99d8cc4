import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLICE_CHARS, decodeUpload } from './upload';

const bytesOf = (n: number, seed = 1) => {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1_103_515_245) + 12_345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
};

describe('decodeUpload', () => {
  it('decodes what Buffer decodes, for any bytes (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        const text = Buffer.from(bytes).toString('base64');
        expect(Buffer.from(await decodeUpload(text))).toEqual(Buffer.from(bytes));
      }),
    );
  });

  it('decodes a file of several slices, cut exactly between four-character groups', async () => {
    for (const n of [(SLICE_CHARS / 4) * 3 * 2, (SLICE_CHARS / 4) * 3 * 2 + 1, 3_000_002]) {
      const bytes = bytesOf(n, n);
      const decoded = await decodeUpload(Buffer.from(bytes).toString('base64'));
      expect(decoded.length).toBe(n);
      expect(Buffer.from(decoded).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it('puts the bytes in shared memory, so a reading hands them to the worker without a copy', async () => {
    const decoded = await decodeUpload(Buffer.from('Họ và tên').toString('base64'));
    expect(decoded.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('is as lenient as Buffer with line breaks, URL-safe letters and missing padding', async () => {
    const bytes = bytesOf(3000);
    const plain = Buffer.from(bytes).toString('base64');
    const wrapped = plain.replace(/.{76}/g, '$&\r\n');
    const urlSafe = Buffer.from(bytes).toString('base64url');
    for (const text of [wrapped, urlSafe, plain.replace(/=+$/, ''), 'QQ', 'Q', '']) {
      expect(Buffer.from(await decodeUpload(text))).toEqual(Buffer.from(text, 'base64'));
    }
  });
});
