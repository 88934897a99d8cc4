import { describe, expect, it } from 'vitest';
import { clockJump, readClock } from './clockWatch';

const at = (wallMs: number, uptimeMs: number, bootId = 'b1') => ({ wallMs, uptimeMs, bootId });

describe('clock changes', () => {
  it('sees the system time set back or forward, and not time that passed (sleep included)', () => {
    expect(clockJump(at(1_000_000, 50_000), at(1_060_000, 110_000))).toBe(0);
    // Asleep for an hour: both clocks moved an hour.
    expect(clockJump(at(1_000_000, 50_000), at(4_600_000, 3_650_000))).toBe(0);
    expect(clockJump(at(1_000_000, 50_000), at(1_010_000 - 3_600_000, 60_000))).toBe(-3_600_000);
    expect(clockJump(at(1_000_000, 50_000), at(1_010_000 + 600_000, 60_000))).toBe(600_000);
    // Scheduling noise is not a change.
    expect(clockJump(at(1_000_000, 50_000), at(1_011_500, 60_000))).toBe(0);
  });

  it('compares nothing across boots of the machine', () => {
    expect(clockJump(at(1_000_000, 50_000, 'b1'), at(9_000_000, 10, 'b2'))).toBe(0);
  });

  it('reads this machine’s clocks', () => {
    const r = readClock();
    expect(r.uptimeMs).toBeGreaterThan(0);
    expect(r.bootId.length).toBeGreaterThan(0);
    expect(clockJump(r, readClock())).toBe(0);
  });
});
