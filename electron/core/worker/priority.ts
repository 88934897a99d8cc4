import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

/**
 * Lowers the worker process below the core's, every thread of it, so file work takes only
 * processor time nothing else wants. On two cores, file work at the core's priority took the
 * core's thread off the processor now and then (a check-in's p95 3-10x quiet); a worker
 * thread could not lower V8's collection helpers, which a process shares, so the worker is a
 * process of its own, and it collects on one thread (`workerV8Flags`).
 *
 * Everywhere the process first takes the below-normal priority (nice 10; Windows's
 * below-normal class, which any normal thread preempts). On Linux a priority belongs to a
 * thread, and the threads V8 and Node start at launch exist already, so each is lowered by
 * its id; threads started later inherit it. Nice alone is not enough on Linux: its scheduler
 * (EEVDF, since 6.6) lets a running task finish its time slice before a waking one of higher
 * priority gets the processor, and a check-in wakes several times (its timer, its commit's
 * flush, the kernel's journal thread), each time possibly behind the worker. So the worker
 * also enters the idle scheduling class (SCHED_IDLE), which every other task preempts at
 * once; Node has no call for it, so `chrt` (util-linux, on every desktop Linux) sets it.
 * Without chrt the process stays at nice 10 and only the advantage is lost. The cost, that
 * a machine busy on every processor leaves the worker almost nothing, is why job time limits
 * count the worker's processor time (`fileWorker.ts`).
 */
export function lowerOwnPriority(priority = os.constants.priority.PRIORITY_BELOW_NORMAL): void {
  const ids = process.platform === 'linux' ? threadIds() : [0];
  for (const id of ids) {
    try {
      os.setPriority(id, priority);
    } catch {
      // A thread that ended meanwhile, or a system that refuses: only the advantage is lost.
    }
  }
  if (process.platform === 'linux') enterIdleClass();
}

/** Every thread of this process into SCHED_IDLE; later threads inherit it. */
function enterIdleClass(): void {
  try {
    execFileSync('chrt', ['--all-tasks', '--idle', '--pid', '0', String(process.pid)], {
      stdio: 'ignore',
      timeout: 5000,
    });
  } catch {
    // No chrt on this system, or it refused: nice 10 stays.
  }
}

function threadIds(): number[] {
  try {
    return fs.readdirSync('/proc/self/task').map(Number);
  } catch {
    return [0];
  }
}
