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
    // utime and stime
    const ticks = Number(statField(stat, 14)) + Number(statField(stat, 15));
    return Number.isFinite(ticks) ? ticks * TICK_MS : null;
  } catch {
    return null;
  }
}

/**
 * Field `n` of a process's or thread's `stat` file, numbered as in proc(5). The command name
 * (field 2) is in parentheses and may hold spaces, so fields are counted from its end.
 */
export function statField(stat: string, n: number): string | undefined {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[n - 3];
}
