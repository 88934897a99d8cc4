import { describe, expect, it } from 'vitest';
import { pointNameSaysPoint } from './origin';

describe('pointNameSaysPoint', () => {
  it('sees "Điểm cầu" at the start, with or without accents, in any case', () => {
    expect(pointNameSaysPoint('Điểm cầu Quảng Ninh')).toBe(true);
    expect(pointNameSaysPoint('ĐIỂM CẦU huyện Mường Lát')).toBe(true);
    expect(pointNameSaysPoint('diem cau Hai Phong')).toBe(true);
  });
  it('leaves a place name alone', () => {
    expect(pointNameSaysPoint('Quảng Ninh')).toBe(false);
    expect(pointNameSaysPoint('Huyện Điểm cầu')).toBe(false);
    expect(pointNameSaysPoint('')).toBe(false);
  });
});
