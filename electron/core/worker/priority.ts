import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

/**
 * Keeps the worker process out of the core's way, every thread of it. On two cores, file work
 * at the core's priority took the core's thread off the processor now and then (a check-in's
 * p95 3-10x quiet); a worker thread could not lower V8's collection helpers, which a process
 * shares, so the worker is a process of its own, and it collects on one thread
 * (`workerV8Flags`).
 *
 * Everywhere the process first takes the below-normal priority (nice 10; Windows's
 * below-normal class, which any normal thread preempts). On Linux a priority belongs to a
 * thread, and the threads V8 and Node start at launch exist already, so each is lowered by
 * its id; threads started later inherit it.
 *
 * Nice alone is not enough on Linux: its scheduler (EEVDF, since 6.6) lets a running task
 * finish its time slice before a waking one of higher priority gets the processor, and a
 * check-in wakes several times (its timer, its commit's flush, the kernel's journal thread),
 * each time possibly behind the worker. So on Linux the worker also leaves one processor to
 * everything else: it runs only on the others, and a waking check-in finds that one free. The
 * idle scheduling class (SCHED_IDLE) did as well for the check-ins but starved the worker on a
 * machine busy everywhere (a one-second job took 394 s beside two busy programs, against 9.4 s
 * at nice 10 only); see docs/DECISIONS.md. Node has no call for a thread's processors, so
 * `taskset` (util-linux, on every desktop Linux) sets them; without it, nice 10 stays.
 */
export function lowerOwnPriority(): void {
  const ids = process.platform === 'linux' ? threadIds() : [0];
  for (const id of ids) {
    try {
      os.setPriority(id, os.constants.priority.PRIORITY_BELOW_NORMAL);
    } catch {
      // A thread that ended meanwhile, or a system that refuses: only the advantage is lost.
    }
  }
  if (process.platform === 'linux') leaveOneProcessor();
}

/**
 * Every thread of this process onto the processors it may use but the first; later threads
 * inherit it. Nothing to leave with a single processor.
 */
function leaveOneProcessor(): void {
  const allowed = allowedProcessors();
  if (allowed.length < 2) return;
  try {
    execFileSync(
      'taskset',
      // Options first: taskset reads the first other word as the list, then the process.
      ['--all-tasks', '--cpu-list', '--pid', allowed.slice(1).join(','), String(process.pid)],
      { stdio: 'ignore', timeout: 5000 },
    );
  } catch {
    // No taskset on this system, or it refused: nice 10 stays.
  }
}

/** The processors this process may run on (`Cpus_allowed_list`, e.g. "0-3,6"), in order. */
export function allowedProcessors(status = readOwnStatus()): number[] {
  const list = /^Cpus_allowed_list:\s*(\S+)/m.exec(status)?.[1];
  if (!list) return [];
  const out: number[] = [];
  for (const part of list.split(',')) {
    const [from, to = from] = part.split('-').map(Number);
    if (!Number.isInteger(from) || !Number.isInteger(to)) return [];
    for (let cpu = from!; cpu <= to!; cpu++) out.push(cpu);
  }
  return out;
}

function readOwnStatus(): string {
  try {
    return fs.readFileSync('/proc/self/status', 'utf8');
  } catch {
    return '';
  }
}

function threadIds(): number[] {
  try {
    return fs.readdirSync('/proc/self/task').map(Number);
  } catch {
    return [0];
  }
}
