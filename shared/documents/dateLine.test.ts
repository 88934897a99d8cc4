import { describe, expect, it } from 'vitest';
import { dateLine } from './dateLine';

describe('the place-and-date line', () => {
  it('pads days below 10 and the months January and February, and nothing else', () => {
    expect(dateLine('Thanh Hóa', '2023-07-28')).toBe('Thanh Hóa, ngày 28 tháng 7 năm 2023');
    expect(dateLine('Hà Nội', '2020-01-05')).toBe('Hà Nội, ngày 05 tháng 01 năm 2020');
    expect(dateLine('Huế', '2023-02-28')).toBe('Huế, ngày 28 tháng 02 năm 2023');
    expect(dateLine('Huế', '2023-03-12')).toBe('Huế, ngày 12 tháng 3 năm 2023');
    expect(dateLine('Huế', '2023-12-09')).toBe('Huế, ngày 09 tháng 12 năm 2023');
  });

  it('leaves the place out when the profile has none', () => {
    expect(dateLine(' ', '2026-11-30')).toBe('Ngày 30 tháng 11 năm 2026');
  });
});
