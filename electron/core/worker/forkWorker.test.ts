import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkerEnd } from './channel';
import { forkWorker } from './forkWorker';
import { allowedProcessors } from './priority';
import { statField } from './processorTime';
import type { JobReply } from './protocol';

/** Field `n` of each thread's stat (proc(5)), for every thread of `pid`. */
function threadStatField(pid: number, n: number): number[] {
  return fs
    .readdirSync(`/proc/${pid}/task`)
    .map((tid) => Number(statField(fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8'), n)));
}
const threadNiceness = (pid: number) => threadStatField(pid, 19);

/** The processors each thread of `pid` may run on. */
function threadProcessors(pid: number): number[][] {
  return fs
    .readdirSync(`/proc/${pid}/task`)
    .map((tid) => allowedProcessors(fs.readFileSync(`/proc/${pid}/task/${tid}/status`, 'utf8')));
}

describe('the forked worker process', () => {
  it.runIf(process.platform === 'linux')(
    'runs every one of its threads below the core’s priority and off one processor, and collects garbage on one',
    async () => {
      const replies: JobReply[] = [];
      const ends: WorkerEnd[] = [];
      let answered!: () => void;
      const answer = new Promise<void>((resolve) => (answered = resolve));
      // The core's processors before the worker exists: it must move itself, not its parent.
      const mine = allowedProcessors();
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
        // With a single processor there is none to leave.
        const expected = mine.length >= 2 ? mine.slice(1) : mine;
        const lists = threadProcessors(channel.pid!);
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
