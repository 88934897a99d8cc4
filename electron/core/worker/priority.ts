import fs from 'node:fs';
import os from 'node:os';

/**
 * Lowers the worker process below the core's, every thread of it. On two cores, file work at
 * the core's priority took the core's thread off the processor now and then (a check-in's p95
 * 3-10x quiet), and V8's garbage-collection helpers were the worst of it: a worker thread could
 * lower only itself, never the helpers the process shares. A process of its own has helpers
 * of its own, and they are lowered here with it.
 *
 * On Linux a priority belongs to a thread, and the threads V8 and Node start at launch exist
 * already, so each is lowered by its id; threads started later inherit it. Elsewhere the call
 * sets the whole process's priority class.
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
}

function threadIds(): number[] {
  try {
    return fs.readdirSync('/proc/self/task').map(Number);
  } catch {
    return [0];
  }
}
