import { describe, expect, it } from 'vitest';
import { normalizeClock } from './clock';

describe('normalizeClock', () => {
  it('accepts the ways a time is typed and writes 24-hour HH:mm', () => {
    expect(normalizeClock('08:30')).toBe('08:30');
    expect(normalizeClock('8:30')).toBe('08:30');
    expect(normalizeClock('830')).toBe('08:30');
    expect(normalizeClock('1430')).toBe('14:30');
    expect(normalizeClock('8h30')).toBe('08:30');
    expect(normalizeClock('14g')).toBe('14:00');
    expect(normalizeClock('8.05')).toBe('08:05');
    expect(normalizeClock(' 9 ')).toBe('09:00');
  });

  it('keeps empty as empty and leaves impossible times for the core to reject', () => {
    expect(normalizeClock('')).toBe('');
    expect(normalizeClock('24:00')).toBe('24:00');
    expect(normalizeClock('7:75')).toBe('7:75');
    expect(normalizeClock('sáng')).toBe('sáng');
  });
});
