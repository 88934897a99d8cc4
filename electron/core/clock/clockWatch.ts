import fs from 'node:fs';
import os from 'node:os';

/**
 * The wall clock against a clock the user cannot set: the machine's uptime, which keeps counting
 * through sleep (Linux's boot time clock, Windows' tick count) and does not move when the system
 * time is changed. A difference between how far each moved is a change of the system time, not
 * time that passed; a laptop put to sleep moves both alike.
 */
export interface ClockReading {
  wallMs: number;
  uptimeMs: number;
  /** Which boot of the machine the uptime counts from. */
  bootId: string;
}

/** Below this, the two clocks simply disagree by their resolution and by scheduling. */
export const JUMP_THRESHOLD_MS = 2000;

function currentBootId(): string {
  try {
    return fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    // Elsewhere: the boot's start to the minute; a clock change may look like a new boot, which
    // only means that change goes unnoticed across a restart of the app.
    return `boot-${Math.round((Date.now() - os.uptime() * 1000) / 60_000)}`;
  }
}

export function readClock(): ClockReading {
  // os.uptime() has fractions of a second on Linux, and ×1000 then leaves a float that the
  // STRICT INTEGER column refuses, which stopped the host at start now and then.
  return { wallMs: Date.now(), uptimeMs: Math.round(os.uptime() * 1000), bootId: currentBootId() };
}

/**
 * How far the system time was set between two readings (positive: forward), or 0 when it was
 * not, or when the readings come from different boots (nothing to compare them by).
 */
export function clockJump(before: ClockReading, after: ClockReading): number {
  if (before.bootId !== after.bootId) return 0;
  const jump = after.wallMs - before.wallMs - (after.uptimeMs - before.uptimeMs);
  return Math.abs(jump) < JUMP_THRESHOLD_MS ? 0 : jump;
}
