import { describe, expect, it } from 'vitest';
import { localDate } from './localDate';

describe('localDate', () => {
  it('is the local calendar date, zero-padded, whatever the UTC date is', () => {
    expect(localDate(new Date(2024, 1, 3, 14, 5, 9))).toBe('2024-02-03');
    expect(localDate(new Date(2025, 11, 31, 23, 59))).toBe('2025-12-31');
    expect(localDate(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });
});
