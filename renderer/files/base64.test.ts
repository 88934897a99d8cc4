import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';

describe('base64 of file bytes', () => {
  it('matches Node for every length around the slice boundary', () => {
    for (const length of [0, 1, 2, 3, 24575, 24576, 24577, 24578, 49152, 50000]) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 31 + 7) % 256);
      const encoded = bytesToBase64(bytes);
      expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
      expect(base64ToBytes(encoded)).toEqual(bytes);
    }
  });

  it('encodes a large file without overflowing the stack', () => {
    const bytes = new Uint8Array(5 * 1024 * 1024).fill(0xe1);
    expect(bytesToBase64(bytes).length).toBe(Math.ceil(bytes.length / 3) * 4);
  });
});
