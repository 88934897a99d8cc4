import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF, backoffCeiling, backoffDelay } from './backoff';

describe('backoff with full jitter', () => {
  it('doubles the ceiling from the base after each failure, up to the cap', () => {
    const policy = { baseMs: 1000, capMs: 30_000 };
    expect([0, 1, 2, 3, 4, 5, 6, 50].map((n) => backoffCeiling(n, policy))).toEqual([
      0, 1000, 2000, 4000, 8000, 16_000, 30_000, 30_000,
    ]);
  });

  it('waits anywhere in [0, ceiling): never past the cap, never negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (failures, r) => {
          const d = backoffDelay(failures, () => r);
          const ceiling = backoffCeiling(failures);
          expect(d).toBeGreaterThanOrEqual(0);
          expect(d).toBeLessThanOrEqual(Math.max(0, ceiling - 1));
          expect(d).toBeLessThanOrEqual(DEFAULT_BACKOFF.capMs);
          expect(Number.isInteger(d)).toBe(true);
        },
      ),
    );
  });

  it('spreads the waits over the whole window, not around its end', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const waits = Array.from({ length: 2000 }, () => backoffDelay(6, random));
    const ceiling = backoffCeiling(6);
    const quarters = [0, 1, 2, 3].map(
      (q) => waits.filter((w) => w >= (q * ceiling) / 4 && w < ((q + 1) * ceiling) / 4).length,
    );
    // Uniform: each quarter of the window holds about a quarter of the waits.
    for (const n of quarters) expect(n).toBeGreaterThan(400);
  });

  it('treats a random source out of [0, 1) as 0 rather than waiting past the ceiling', () => {
    expect(backoffDelay(3, () => 1)).toBe(0);
    expect(backoffDelay(3, () => Number.NaN)).toBe(0);
  });
});
