import { describe, expect, it } from 'vitest';
import { compareWithPlan, localInstant } from './agendaTiming';

const at = (h: number, m: number, s = 0) => new Date(2026, 6, 28, h, m, s).getTime();

describe('localInstant', () => {
  it('is the clock time on the date, in local time', () => {
    expect(localInstant('2026-07-28', '08:10')).toBe(at(8, 10));
  });
  it('is null when either does not read', () => {
    expect(localInstant('28/07/2026', '08:10')).toBeNull();
    expect(localInstant('2026-07-28', '8h10')).toBeNull();
    expect(localInstant('2026-07-28', '24:00')).toBeNull();
  });
});

describe('compareWithPlan', () => {
  const planned = { plannedStart: '08:10', plannedMinutes: 60 };

  it('says how much later it started and how much longer it lasted', () => {
    const c = compareWithPlan(
      { ...planned, actualStart: at(8, 15), actualEnd: at(9, 20) },
      '2026-07-28',
    );
    expect(c).toEqual({ actualMs: 65 * 60_000, lengthDiffMinutes: 5, startDiffMinutes: 5 });
  });

  it('says it started early and ran short with negative minutes', () => {
    const c = compareWithPlan(
      { ...planned, actualStart: at(8, 5), actualEnd: at(8, 50, 20) },
      '2026-07-28',
    );
    expect(c.startDiffMinutes).toBe(-5);
    expect(c.lengthDiffMinutes).toBe(-15);
  });

  it('compares nothing before anyone spoke, or without a plan', () => {
    expect(
      compareWithPlan({ ...planned, actualStart: null, actualEnd: null }, '2026-07-28'),
    ).toEqual({ actualMs: null, lengthDiffMinutes: null, startDiffMinutes: null });
    const unplanned = compareWithPlan(
      { plannedStart: null, plannedMinutes: null, actualStart: at(8, 0), actualEnd: at(8, 30) },
      '2026-07-28',
    );
    expect(unplanned).toEqual({
      actualMs: 30 * 60_000,
      lengthDiffMinutes: null,
      startDiffMinutes: null,
    });
  });

  it('gives no start difference for a meeting held on another day than planned', () => {
    const c = compareWithPlan(
      { ...planned, actualStart: at(8, 15) + 86_400_000, actualEnd: at(9, 0) + 86_400_000 },
      '2026-07-28',
    );
    expect(c.startDiffMinutes).toBeNull();
    expect(c.lengthDiffMinutes).toBe(-15);
  });
});
