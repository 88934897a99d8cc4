import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkerEnd } from './channel';
import { forkWorker } from './forkWorker';
import { allowedProcessors } from './priority';
import type { JobReply } from './protocol';

/** Field `n` (numbered as in proc(5)) of each thread's stat, for every thread of `pid`. */
function threadStatField(pid: number, n: number): number[] {
  const tasks = fs.readdirSync(`/proc/${pid}/task`);
  return tasks.map((tid) => {
    const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    // The command name (field 2), in parentheses, may hold spaces: count from its end.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[n - 3]);
  });
}
const threadNiceness = (pid: number) => threadStatField(pid, 19);

/** The processors each thread of `pid` may run on, as the kernel lists them. */
function threadProcessors(pid: number): string[] {
  return fs.readdirSync(`/proc/${pid}/task`).map((tid) => {
    const status = fs.readFileSync(`/proc/${pid}/task/${tid}/status`, 'utf8');
    return /^Cpus_allowed_list:\s*(\S+)/m.exec(status)![1]!;
  });
}

describe('the forked worker process', () => {
  it.runIf(process.platform === 'linux')(
    'runs every one of its threads below the core’s priority and off one processor, and collects garbage on one',
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
        // And all of them off the first processor the core may use, left to everything else
        // (taskset is part of util-linux, which every Linux this runs on has).
        const mine = allowedProcessors();
        // With a single processor there is none to leave.
        const expected = mine.length >= 2 ? mine.slice(1) : mine;
        const lists = threadProcessors(channel.pid!).map((list) =>
          allowedProcessors(`Cpus_allowed_list:\t${list}`),
        );
        expect(lists).toEqual(lists.map(() => expected));
        // The core's own thread stays where it was.
        expect(threadNiceness(process.pid)[0]).toBeLessThan(10);
        expect(allowedProcessors()).toEqual(mine);
        // V8 was started with the flags that keep its collector off the core's processor.
        const commandLine = fs.readFileSync(`/proc/${channel.pid}/cmdline`, 'utf8').split('\0');
        expect(commandLine).toEqual(
          expect.arrayContaining(['--max-old-space-size=256', '--single-threaded-gc']),
        );
      } finally {
        await channel.kill();
      }
      expect(ends).toEqual([]);
    },
  );
});
