import { describe, expect, it } from 'vitest';
import { foldedOptionsFilter } from './foldedOptionsFilter';

const options = [
  {
    group: 'Hiện nay',
    items: [
      { value: 'thanh-hoa', label: 'Thanh Hóa' },
      { value: 'dak-lak', label: 'Đắk Lắk' },
    ],
  },
  { group: 'Trước 01/7/2025', items: [{ value: 'former-ha-giang', label: 'Hà Giang' }] },
  { value: 'other', label: 'Khác' },
];

describe('foldedOptionsFilter', () => {
  it('finds options typed without accents and drops empty groups', () => {
    expect(foldedOptionsFilter({ options, search: 'thanh hoa', limit: Infinity })).toEqual([
      { group: 'Hiện nay', items: [{ value: 'thanh-hoa', label: 'Thanh Hóa' }] },
    ]);
    expect(foldedOptionsFilter({ options, search: 'dak', limit: Infinity })).toEqual([
      { group: 'Hiện nay', items: [{ value: 'dak-lak', label: 'Đắk Lắk' }] },
    ]);
  });

  it('keeps everything for an empty search and honours the limit', () => {
    expect(foldedOptionsFilter({ options, search: '', limit: Infinity })).toEqual(options);
    const limited = foldedOptionsFilter({ options, search: '', limit: 1 });
    expect(limited).toEqual([
      { group: 'Hiện nay', items: [{ value: 'thanh-hoa', label: 'Thanh Hóa' }] },
    ]);
  });
});
