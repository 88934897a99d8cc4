import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold';
import type { ClockMarker, ClockParse } from './clock';
import {
  PERIOD_HOURS,
  clockParts,
  formatClock24,
  parseClock,
  spokenClock,
  spokenParts,
} from './clock';

const accepted = (value: string): ClockParse => ({ ok: true, value });

/** What operators type, and what must be stored. The examples come first. */
const ACCEPTED: [string, string][] = [
  ['14:00', '14:00'],
  ['14h', '14:00'],
  ['14h30', '14:30'],
  ['14g30', '14:30'],
  ['2 giờ chiều', '14:00'],
  ['2h chiều', '14:00'],
  ['2:00 chiều', '14:00'],
  ['2 giờ 30 chiều', '14:30'],
  ['2:00 PM', '14:00'],
  ['8 giờ sáng', '08:00'],
  ['20 giờ', '20:00'],
  // Without a period, the hour is read as written (24-hour notation).
  ['2:00', '02:00'],
  ['2 giờ', '02:00'],
  ['8:30', '08:30'],
  ['08:30', '08:30'],
  ['8.05', '08:05'],
  ['14.30', '14:30'],
  ['830', '08:30'],
  ['1430', '14:30'],
  ['0830', '08:30'],
  ['8', '08:00'],
  [' 9 ', '09:00'],
  ['0', '00:00'],
  ['00:00', '00:00'],
  ['23:59', '23:59'],
  ['14g', '14:00'],
  ['8h5', '08:05'],
  ['8h05', '08:05'],
  ['8 giờ 5 phút', '08:05'],
  ['14 giờ 30 phút', '14:30'],
  ['8h30p', '08:30'],
  ['lúc 8 giờ', '08:00'],
  // Day periods pick the reading of an hour from 1 to 12.
  ['2 giờ 30 phút chiều', '14:30'],
  ['2 giờ rưỡi chiều', '14:30'],
  ['2 rưỡi chiều', '14:30'],
  ['2 rưỡi', '02:30'],
  ['14h rưỡi', '14:30'],
  ['7 giờ tối', '19:00'],
  ['6 giờ chiều', '18:00'],
  ['10 giờ tối', '22:00'],
  ['11 giờ đêm', '23:00'],
  ['9 giờ đêm', '21:00'],
  ['1 giờ đêm', '01:00'],
  ['11 giờ sáng', '11:00'],
  ['11 giờ trưa', '11:00'],
  ['1 giờ trưa', '13:00'],
  ['2 giờ trưa', '14:00'],
  ['8 giờ 15 buổi sáng', '08:15'],
  ['2 giờ buổi chiều', '14:00'],
  // A 24-hour hour with the period it belongs to is not a contradiction.
  ['14 giờ chiều', '14:00'],
  ['20 giờ tối', '20:00'],
  ['0 giờ sáng', '00:00'],
  // Twelve.
  ['12 giờ', '12:00'],
  ['12:00', '12:00'],
  ['12 giờ trưa', '12:00'],
  ['12 giờ đêm', '00:00'],
  ['12 giờ 30 đêm', '00:30'],
  ['12 giờ 30 trưa', '12:30'],
  // kém: minutes before the named hour; the period describes the named hour.
  ['3 giờ kém 15', '02:45'],
  ['3 giờ kém 15 chiều', '14:45'],
  ['3 giờ kém 15 phút chiều', '14:45'],
  ['15 giờ kém 15', '14:45'],
  ['12 giờ kém 15 trưa', '11:45'],
  ['1 giờ kém 5 sáng', '00:55'],
  ['3 kém 10', '02:50'],
  // English and Windows' Vietnamese markers.
  ['2 PM', '14:00'],
  ['2pm', '14:00'],
  ['2:30 p.m.', '14:30'],
  ['2:30 P. M.', '14:30'],
  ['8:15am', '08:15'],
  ['8 a.m.', '08:00'],
  ['11:59 PM', '23:59'],
  ['0:30 AM', '00:30'],
  ['13:00 PM', '13:00'],
  ['2:00 CH', '14:00'],
  ['9:00 SA', '09:00'],
  // Without accents, any case, full-width, spacing.
  ['2 gio chieu', '14:00'],
  ['2 GIỜ CHIỀU', '14:00'],
  ['2 gio ruoi chieu', '14:30'],
  ['3 gio kem 15 chieu', '14:45'],
  ['8 gio sang', '08:00'],
  ['11 gio dem', '23:00'],
  ['１４：３０', '14:30'],
  ['  14   :  30  ', '14:30'],
  ['2giờchiều', '14:00'],
  ['2hchieu', '14:00'],
  ['2h30chiều', '14:30'],
  ['14\u00a0h\u00a030', '14:30'],
  // Decomposed (NFD) Vietnamese, as some keyboards send it.
  ['2 giờ chiều'.normalize('NFD'), '14:00'],
];

type Refusal = [string, string, Record<string, unknown>?];

/** Refusals: the reason and what was understood. */
const REFUSED: Refusal[] = [
  ['', 'clock.errors.empty'],
  ['   ', 'clock.errors.empty'],
  ['25 giờ', 'clock.errors.hourOutOfRange', { hour: 25, minute: null, marker: null }],
  ['25:00', 'clock.errors.hourOutOfRange', { hour: 25, minute: 0 }],
  ['99', 'clock.errors.hourOutOfRange', { hour: 99 }],
  ['24:30', 'clock.errors.hourOutOfRange', { hour: 24, minute: 30 }],
  ['24:00', 'clock.errors.endOfDay', { hour: 24, minute: 0 }],
  ['24 giờ', 'clock.errors.endOfDay', { hour: 24 }],
  ['2400', 'clock.errors.endOfDay'],
  ['7:75', 'clock.errors.minuteOutOfRange', { hour: 7, minute: 75 }],
  ['8 giờ 60', 'clock.errors.minuteOutOfRange', { hour: 8, minute: 60 }],
  ['2360', 'clock.errors.minuteOutOfRange'],
  ['3 giờ kém 0', 'clock.errors.minuteOutOfRange', { hour: 3, less: 0 }],
  ['3 giờ kém 75', 'clock.errors.minuteOutOfRange', { hour: 3, less: 75 }],
  ['13 giờ sáng', 'clock.errors.periodMismatch', { hour: 13, marker: 'sang' }],
  ['13 gio sang', 'clock.errors.periodMismatch', { hour: 13, marker: 'sang' }],
  ['20 giờ sáng', 'clock.errors.periodMismatch', { hour: 20, marker: 'sang' }],
  ['5 giờ đêm', 'clock.errors.periodMismatch', { hour: 5, marker: 'dem' }],
  ['8 giờ chiều', 'clock.errors.periodMismatch', { hour: 8, marker: 'chieu' }],
  ['10 giờ trưa', 'clock.errors.periodMismatch', { hour: 10, marker: 'trua' }],
  ['12 giờ tối', 'clock.errors.periodMismatch', { hour: 12, marker: 'toi' }],
  ['0 giờ chiều', 'clock.errors.periodMismatch', { hour: 0, marker: 'chieu' }],
  ['14:00 AM', 'clock.errors.periodMismatch', { hour: 14, minute: 0, marker: 'am' }],
  ['0:30 PM', 'clock.errors.periodMismatch', { marker: 'pm' }],
  ['12 giờ sáng', 'clock.errors.twelveAmbiguous', { hour: 12, marker: 'sang' }],
  ['12 AM', 'clock.errors.twelveAmbiguous', { marker: 'am' }],
  ['12 PM', 'clock.errors.twelveAmbiguous', { marker: 'pm' }],
  ['12:30 p.m.', 'clock.errors.twelveAmbiguous', { minute: 30, marker: 'pm' }],
  ['12:00 CH', 'clock.errors.twelveAmbiguous', { marker: 'ch' }],
  ['12 SA', 'clock.errors.twelveAmbiguous', { marker: 'sa' }],
  ['0 giờ kém 5', 'clock.errors.beforeMidnight', { hour: 0, less: 5 }],
  ['12 giờ kém 15 đêm', 'clock.errors.beforeMidnight', { hour: 12, less: 15, marker: 'dem' }],
  // Unreadable: nothing is guessed.
  ['sáng', 'clock.errors.unreadable'],
  ['chiều 2 giờ', 'clock.errors.unreadable'],
  ['8:5', 'clock.errors.unreadable'],
  ['8:305', 'clock.errors.unreadable'],
  ['14 30', 'clock.errors.unreadable'],
  ['14:30:00', 'clock.errors.unreadable'],
  ['12345', 'clock.errors.unreadable'],
  ['2 giờ chiều mai', 'clock.errors.unreadable'],
  ['2 giờ chiều tối', 'clock.errors.unreadable'],
  ['2:30 rưỡi', 'clock.errors.unreadable'],
  ['2 giờ 30 rưỡi', 'clock.errors.unreadable'],
  ['2:30p', 'clock.errors.unreadable'],
  ['8 phút', 'clock.errors.unreadable'],
  ['2 giờ buổi', 'clock.errors.unreadable'],
  ['3 giờ kém', 'clock.errors.unreadable'],
  ['8h-9h', 'clock.errors.unreadable'],
  ['8,30', 'clock.errors.unreadable'],
  ['-1', 'clock.errors.unreadable'],
  ['noon', 'clock.errors.unreadable'],
  ['２時', 'clock.errors.unreadable'],
];

describe('parseClock: operator inputs', () => {
  it.each(ACCEPTED)('reads %j as %s', (input, value) => {
    expect(parseClock(input)).toEqual(accepted(value));
  });

  it.each(REFUSED)('refuses %j: %s', (input, reason, understood) => {
    const result = parseClock(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe(reason);
    if (understood) expect(result.understood).toMatchObject(understood);
  });

  it('says nothing was understood only when nothing could be read', () => {
    for (const [input, reason] of REFUSED) {
      const result = parseClock(input);
      const unread = reason === 'clock.errors.unreadable' || reason === 'clock.errors.empty';
      expect(!result.ok && result.understood === undefined).toBe(unread);
    }
  });
});

const clockArb = fc
  .record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) })
  .map(({ hour, minute }) => formatClock24(hour, minute));

/** Every one of the 1440 minutes of a day, for exhaustive checks. */
const EVERY_CLOCK = Array.from({ length: 1440 }, (_, i) =>
  formatClock24(Math.floor(i / 60), i % 60),
);

describe('displayed and spoken forms', () => {
  it('round-trips every valid time through its displayed form', () => {
    fc.assert(
      fc.property(clockArb, (v) => {
        expect(parseClock(v)).toEqual(accepted(v));
      }),
    );
  });

  it('round-trips every valid time through its spoken Vietnamese form', () => {
    fc.assert(
      fc.property(clockArb, (v) => {
        expect(parseClock(spokenClock(v))).toEqual(accepted(v));
      }),
    );
  });

  it('round-trips every minute of the day, also typed without accents or in capitals', () => {
    for (const v of EVERY_CLOCK) {
      const spoken = spokenClock(v);
      expect(parseClock(spoken)).toEqual(accepted(v));
      expect(parseClock(foldText(spoken))).toEqual(accepted(v));
      expect(parseClock(spoken.toUpperCase())).toEqual(accepted(v));
    }
  });

  it('speaks times the way they are said in the room', () => {
    expect(spokenClock('14:30')).toBe('2 giờ 30 chiều');
    expect(spokenClock('14:00')).toBe('2 giờ chiều');
    expect(spokenClock('02:00')).toBe('2 giờ sáng');
    expect(spokenClock('08:05')).toBe('8 giờ 05 sáng');
    expect(spokenClock('11:00')).toBe('11 giờ trưa');
    expect(spokenClock('12:00')).toBe('12 giờ trưa');
    expect(spokenClock('00:00')).toBe('12 giờ đêm');
    expect(spokenClock('19:45')).toBe('7 giờ 45 tối');
    expect(spokenClock('23:15')).toBe('11 giờ 15 đêm');
  });

  it('gives the 12-hour parts for other languages', () => {
    expect(spokenParts('00:05')).toEqual({ hour12: 12, minute: 5, period: 'dem', half: 'am' });
    expect(spokenParts('12:00')).toEqual({ hour12: 12, minute: 0, period: 'trua', half: 'pm' });
    expect(spokenParts('14:30')).toEqual({ hour12: 2, minute: 30, period: 'chieu', half: 'pm' });
    expect(() => spokenParts('24:00')).toThrow(RangeError);
  });

  it('takes apart only stored HH:MM values', () => {
    expect(clockParts('09:07')).toEqual({ hour: 9, minute: 7 });
    for (const bad of ['9:07', '24:00', '12:60', '12:00 ', '']) expect(clockParts(bad)).toBeNull();
  });
});

describe('parseClock: properties', () => {
  const MARKERS = Object.keys(PERIOD_HOURS) as ClockMarker[];

  it('never lets a period word fit both readings of an hour', () => {
    for (const marker of MARKERS) {
      for (let h = 1; h <= 12; h++) {
        const both = [h, (h + 12) % 24].filter((x) => PERIOD_HOURS[marker].includes(x));
        expect(both.length, `${h} ${marker}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('returns a stored HH:MM or a refusal for any text, and never throws', () => {
    const texty = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc
        .array(
          fc.constantFrom(
            '2',
            '14',
            '30',
            '0',
            '12',
            ':',
            '.',
            ' ',
            'h',
            'giờ',
            'rưỡi',
            'kém',
            'chiều',
            'sáng',
            'đêm',
            'PM',
            'a.m.',
            'phút',
          ),
          { maxLength: 8 },
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(texty, (text) => {
        const r = parseClock(text);
        if (r.ok) expect(clockParts(r.value)).not.toBeNull();
        else expect(r.reason).toMatch(/^clock\.errors\./);
      }),
    );
  });

  it('is idempotent: what it accepts reads back as itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 16 }), (text) => {
        const r = parseClock(text);
        if (r.ok) expect(parseClock(r.value)).toEqual(r);
      }),
    );
  });

  it('refuses every 24-hour afternoon or evening hour said to be in the morning', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 13, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom('sáng', 'sang', 'AM', 'SA'),
        (hour, minute, word) => {
          const r = parseClock(`${hour}:${String(minute).padStart(2, '0')} ${word}`);
          expect(r).toMatchObject({ ok: false, reason: 'clock.errors.periodMismatch' });
        },
      ),
    );
  });

  it('reads h giờ chiều as h+12 for every hour from 1 to 6, with any minutes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 59 }),
        (hour, minute) => {
          expect(parseClock(`${hour} giờ ${minute} chiều`)).toEqual(
            accepted(formatClock24(hour + 12, minute)),
          );
        },
      ),
    );
  });

  it('agrees with a period word whenever it accepts one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom(...MARKERS),
        (hour, minute, marker) => {
          const r = parseClock(`${hour}:${String(minute).padStart(2, '0')} ${marker}`);
          if (r.ok) expect(PERIOD_HOURS[marker]).toContain(clockParts(r.value)!.hour);
        },
      ),
    );
  });
});
