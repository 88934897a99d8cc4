import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTypedDate } from '../../shared/time/typedDate';
import en from '../i18n/en.json';
import vi from '../i18n/vi.json';

/**
 * The date field shows a date with the language's `dates.valueFormat` and reads what is typed
 * with `parseTypedDate`; an edited display must read back, or the field would refuse its own text.
 */
describe('date field formats', () => {
  const dateArb = fc
    .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)) })
    .filter((d) => !Number.isNaN(d.getTime()))
    .map((d) => d.toISOString().slice(0, 10));

  it('reads back every date as displayed, in both languages', () => {
    fc.assert(
      fc.property(dateArb, (iso) => {
        for (const [lng, res] of [
          ['vi', vi],
          ['en', en],
        ] as const) {
          const shown = dayjs(iso).locale(lng).format(res.dates.valueFormat);
          expect(parseTypedDate(shown)).toBe(iso);
        }
      }),
    );
  });

  it('shows Vietnamese dates day first with Vietnamese month names in the calendar', () => {
    expect(dayjs('2026-11-30').locale('vi').format(vi.dates.valueFormat)).toBe('30/11/2026');
    expect(dayjs('2026-11-30').locale('vi').format(vi.dates.monthLabelFormat)).toBe(
      'Tháng 11 năm 2026',
    );
    expect(dayjs('2026-11-30').locale('en').format(en.dates.valueFormat)).toBe('30 Nov 2026');
  });
});
