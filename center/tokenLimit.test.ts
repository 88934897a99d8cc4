import { describe, expect, it } from 'vitest';
import { fixedWindowLimiter } from './tokenLimit';

describe('fixedWindowLimiter', () => {
  it('allows max per window per key, then resets', () => {
    const limit = fixedWindowLimiter(2, 1000);
    expect([0, 1, 2].map((t) => limit('a', t).allowed)).toEqual([true, true, false]);
    expect(limit('b', 3).allowed).toBe(true);
    expect(limit('a', 500).retryAfterMs).toBe(500);
    expect(limit('a', 1000).allowed).toBe(true);
  });

  it('keeps at most maxKeys windows', () => {
    const limit = fixedWindowLimiter(1, 1000, 3);
    for (const k of ['a', 'b', 'c', 'd']) limit(k, 0);
    // 'a' was dropped to make room, so it starts a fresh window; 'd' is still counted.
    expect(limit('a', 1).allowed).toBe(true);
    expect(limit('d', 1).allowed).toBe(false);
  });
});
