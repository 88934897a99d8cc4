import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOrderKey, keyBetween, keysInOrder } from './fractionalKey';

describe('fractional order keys', () => {
  it('makes a key strictly between any two keys, never ending in 0', () => {
    const keys = fc
      .array(fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz'), { maxLength: 6 })
      .map((d) => d.join('') + 'k');
    fc.assert(
      fc.property(keys, keys, (x, y) => {
        fc.pre(x !== y);
        const [lo, hi] = x < y ? [x, y] : [y, x];
        const k = keyBetween(lo, hi);
        expect(isOrderKey(k)).toBe(true);
        expect(lo < k && k < hi).toBe(true);
        expect(keyBetween(null, lo) < lo).toBe(true);
        expect(keyBetween(hi, null) > hi).toBe(true);
      }),
    );
  });

  it('keeps a list in order through any sequence of insertions, with short keys', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 300 }), (positions) => {
        const list: string[] = [];
        for (const p of positions) {
          const at = list.length === 0 ? 0 : p % (list.length + 1);
          list.splice(at, 0, keyBetween(list[at - 1] ?? null, list[at] ?? null));
        }
        expect([...list].sort()).toEqual(list);
        expect(new Set(list).size).toBe(list.length);
      }),
    );
    // Moving to the same place again and again grows a key by about one digit per five moves.
    let before: string | null = null;
    const after = 'i';
    for (let i = 0; i < 100; i++) before = keyBetween(before ?? '9', after);
    expect(before!.length).toBeLessThan(30);
  });

  it('refuses keys in the wrong order or of the wrong form', () => {
    expect(() => keyBetween('i', 'a')).toThrow();
    expect(() => keyBetween('a0', null)).toThrow();
    expect(keysInOrder(3)).toEqual(['i', 'j', 'k']);
    expect(keysInOrder(300).every((k) => k.length <= 12)).toBe(true);
  });
});
