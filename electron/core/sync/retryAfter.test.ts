import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './retryAfter';

describe('Retry-After', () => {
  const now = Date.parse('2026-11-30T08:00:00Z');

  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Mon, 30 Nov 2026 08:01:30 GMT', now)).toBe(90_000);
  });

  it('asks no wait for a date gone by, and ignores what is neither', () => {
    expect(parseRetryAfter('Mon, 30 Nov 2026 07:00:00 GMT', now)).toBe(0);
    for (const odd of [undefined, '', '-5', '1.5', 'soon', 'Mon, 99 Foo 2026']) {
      expect(parseRetryAfter(odd, now)).toBeUndefined();
    }
  });
});
