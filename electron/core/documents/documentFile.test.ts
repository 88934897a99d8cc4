import { describe, expect, it } from 'vitest';
import { transferablesOf } from '../worker/protocol';
import { ownBuffer } from './documentFile';

describe('a file’s bytes crossing to the core', () => {
  it('move whole: bytes that own their buffer stay as they are', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(ownBuffer(bytes)).toBe(bytes);
    expect(transferablesOf({ bytes: ownBuffer(bytes) })).toEqual([bytes.buffer]);
  });

  it('get a buffer of their own when they are a view on a larger one', () => {
    // Small Buffers are slices of one shared pool, which cannot move.
    const pooled = Buffer.from('Danh sách đại biểu');
    expect(transferablesOf({ bytes: pooled })).toEqual([]);
    const own = ownBuffer(pooled);
    expect(own.constructor).toBe(Uint8Array);
    expect(Buffer.from(own).toString('utf8')).toBe('Danh sách đại biểu');
    expect(transferablesOf({ bytes: own })).toEqual([own.buffer]);
  });
});
