import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDateOf, parseTypedDate } from './typedDate';

describe('parseTypedDate', () => {
  it.each([
    ['30/11/2026', '2026-11-30'],
    ['3/7/2026', '2026-07-03'],
    ['03/07/2026', '2026-07-03'],
    ['30.11.2026', '2026-11-30'],
    ['30-11-2026', '2026-11-30'],
    [' 30 / 11 / 2026 ', '2026-11-30'],
    ['11/12/2026', '2026-12-11'],
    ['2026-11-30', '2026-11-30'],
    ['2026-7-3', '2026-07-03'],
    ['ngày 30 tháng 11 năm 2026', '2026-11-30'],
    ['ngày 05 tháng 01 năm 2020', '2020-01-05'],
    ['ngay 5 thang 1 nam 2020', '2020-01-05'],
    ['30 tháng 11 2026', '2026-11-30'],
    ['30 Nov 2026', '2026-11-30'],
    ['30 November 2026', '2026-11-30'],
    ['Nov 30, 2026', '2026-11-30'],
    ['sept 1 2026', '2026-09-01'],
    ['29/02/2024', '2024-02-29'],
    ['３０/１１/２０２６', '2026-11-30'],
  ])('reads %j as %s', (input, iso) => {
    expect(parseTypedDate(input)).toBe(iso);
  });

  it.each([
    '',
    '30/11/26',
    '31/11/2026',
    '29/02/2025',
    '0/1/2026',
    '30/13/2026',
    '30/11/1899',
    '30/11/2101',
    '30/11-2026',
    '11/30/2026',
    '30 Nox 2026',
    '30 ma 2026',
    '2026/11/30',
    'hôm nay',
    '30/11/2026 8:00',
  ])('refuses %j', (input) => {
    expect(parseTypedDate(input)).toBeNull();
  });

  const dateArb = fc
    .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)) })
    .filter((d) => !Number.isNaN(d.getTime()))
    .map((d) => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }));
  const p2 = (n: number) => String(n).padStart(2, '0');

  it('round-trips every date through dd/mm/yyyy, ISO and the Vietnamese long form', () => {
    fc.assert(
      fc.property(dateArb, ({ y, m, d }) => {
        const iso = `${y}-${p2(m)}-${p2(d)}`;
        expect(isoDateOf(y, m, d)).toBe(iso);
        expect(parseTypedDate(`${p2(d)}/${p2(m)}/${y}`)).toBe(iso);
        expect(parseTypedDate(`${d}/${m}/${y}`)).toBe(iso);
        expect(parseTypedDate(iso)).toBe(iso);
        expect(parseTypedDate(`ngày ${d} tháng ${m} năm ${y}`)).toBe(iso);
      }),
    );
  });

  it('returns only real dates, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), (text) => {
        const iso = parseTypedDate(text);
        if (iso !== null) {
          const [y, m, d] = iso.split('-').map(Number);
          expect(isoDateOf(y!, m!, d!)).toBe(iso);
        }
      }),
    );
  });
});
