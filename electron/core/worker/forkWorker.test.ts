import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkerEnd } from './channel';
import { forkWorker } from './forkWorker';
import type { JobReply } from './protocol';

/** The nice value of each thread of process `pid` (Linux: field 19 of a task's stat). */
function threadNiceness(pid: number): number[] {
  const tasks = fs.readdirSync(`/proc/${pid}/task`);
  return tasks.map((tid) => {
    const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    // The command name, in parentheses, may hold spaces: count fields after its end.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[16]);
  });
}

describe('the forked worker process', () => {
  it.runIf(process.platform === 'linux')(
    'runs every one of its threads below the core’s priority',
    async () => {
      const replies: JobReply[] = [];
      const ends: WorkerEnd[] = [];
      let answered!: () => void;
      const answer = new Promise<void>((resolve) => (answered = resolve));
      const channel = forkWorker(
        {
          script: { tsSource: path.join(__dirname, 'entry.ts') },
          maxHeapMb: 256,
          data: { database: null },
        },
        {
          message: (reply) => {
            replies.push(reply);
            answered();
          },
          end: (end) => ends.push(end),
        },
      );
      try {
        channel.hold(true);
        channel.post({ id: 7, job: 'rosterToCsv', args: { rows: [] } });
        await answer;
        expect(replies).toEqual([expect.objectContaining({ id: 7, ok: true })]);
        const niceness = threadNiceness(channel.pid!);
        // V8's and Node's helper threads as well as the main one: more than one thread.
        expect(niceness.length).toBeGreaterThan(1);
        expect(niceness.every((n) => n >= 10)).toBe(true);
        // The core's own thread stays where it was.
        expect(threadNiceness(process.pid)[0]).toBeLessThan(10);
      } finally {
        await channel.kill();
      }
      expect(ends).toEqual([]);
    },
  );
});
