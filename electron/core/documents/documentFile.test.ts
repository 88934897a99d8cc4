import { describe, expect, it } from 'vitest';
import { ownBuffer } from './documentFile';

/** Whether a structured clone of `bytes` carries only them (and not a larger buffer). */
const ownsItsBuffer = (bytes: Uint8Array) =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;

describe('a file’s bytes crossing to the core', () => {
  it('stay as they are when they own their buffer', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(ownBuffer(bytes)).toBe(bytes);
  });

  it('get a buffer of their own when they are a view on a larger one', () => {
    // Small Buffers are slices of one shared pool: cloned, the pool would cross with them.
    const pooled = Buffer.from('Danh sách đại biểu');
    expect(ownsItsBuffer(pooled)).toBe(false);
    const own = ownBuffer(pooled);
    expect(own.constructor).toBe(Uint8Array);
    expect(ownsItsBuffer(own)).toBe(true);
    expect(Buffer.from(own).toString('utf8')).toBe('Danh sách đại biểu');
    expect(structuredClone(own).buffer.byteLength).toBe(own.byteLength);
  });
});
