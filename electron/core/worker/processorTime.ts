import fs from 'node:fs';

/** Linux counts a process's times in ticks of 1/100 s (USER_HZ, fixed for user space). */
const TICK_MS = 10;

/**
 * The processor time process `pid` has had, all its threads together, in milliseconds; null
 * where the system does not say so cheaply (not Linux, no such process). A job's time limit
 * counts this rather than the clock where it can: the worker gives way to everything else
 * (see priority.ts), so on a busy machine it can wait long without being stuck.
 */
export function processorTimeMs(pid: number | undefined): number | null {
  if (pid === undefined || process.platform !== 'linux') return null;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After the command name, in parentheses and possibly with spaces: utime and stime are
    // fields 14 and 15 of proc(5).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * TICK_MS : null;
  } catch {
    return null;
  }
}
