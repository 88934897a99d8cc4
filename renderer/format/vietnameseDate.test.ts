import { describe, expect, it } from 'vitest';
import {
  currentClockTime,
  formatClock,
  formatDateTime,
  formatEnglishDate,
  formatVietnameseDate,
  instantOnDate,
} from './vietnameseDate';

describe('formatVietnameseDate', () => {
  it('writes the administrative form without padding from day 10 and month 3', () => {
    expect(formatVietnameseDate('2023-07-28')).toBe('ngày 28 tháng 7 năm 2023');
    expect(formatVietnameseDate('2023-03-12')).toBe('ngày 12 tháng 3 năm 2023');
    expect(formatVietnameseDate('2023-12-10')).toBe('ngày 10 tháng 12 năm 2023');
  });

  it('pads days below 10 and the months January and February', () => {
    expect(formatVietnameseDate('2020-01-05')).toBe('ngày 05 tháng 01 năm 2020');
    expect(formatVietnameseDate('2023-02-28')).toBe('ngày 28 tháng 02 năm 2023');
    expect(formatVietnameseDate('2025-07-01')).toBe('ngày 01 tháng 7 năm 2025');
  });

  it('returns anything that is not a date unchanged rather than inventing one', () => {
    expect(formatVietnameseDate('28/07/2023')).toBe('28/07/2023');
  });
});

describe('formatEnglishDate', () => {
  it('writes day, month name and year', () => {
    expect(formatEnglishDate('2020-01-05')).toBe('5 January 2020');
  });
});

describe('local times', () => {
  it('turns a wall-clock time on a meeting date into the matching UTC instant', () => {
    const iso = instantOnDate('2023-07-28', '08:47');
    expect(iso).toBe(new Date(2023, 6, 28, 8, 47).toISOString());
    expect(formatClock(iso!)).toBe('08:47');
  });

  it('refuses times and dates that are not valid', () => {
    expect(instantOnDate('2023-07-28', '24:00')).toBeNull();
    expect(instantOnDate('2023-7-28', '08:00')).toBeNull();
  });

  it('formats now and a recorded moment with 24-hour clocks', () => {
    const d = new Date(2024, 1, 3, 14, 5, 9);
    expect(currentClockTime(d)).toBe('14:05');
    expect(formatDateTime(d.toISOString())).toBe('14:05:09 03/02/2024');
  });
});
