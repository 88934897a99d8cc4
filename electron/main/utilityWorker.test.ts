import { EventEmitter, PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { JobReply, ToWorker } from '../core/worker/protocol';
import type { ForkUtility } from './utilityWorker';
import { utilityWorker } from './utilityWorker';

/** Electron's UtilityProcess as far as the shell uses it: events, stderr, postMessage, kill. */
class FakeUtility extends EventEmitter {
  readonly stderr = new PassThrough();
  readonly pid = 99;
  posted: unknown[] = [];
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  kill() {
    // Electron reports the end of a killed process with its exit code only.
    setImmediate(() => this.emit('exit', 15));
    return true;
  }
}

function forked() {
  const calls: Array<{ modulePath: string; args: string[]; options: unknown }> = [];
  const children: FakeUtility[] = [];
  const fork: ForkUtility = (modulePath, args, options) => {
    calls.push({ modulePath, args, options });
    const child = new FakeUtility();
    children.push(child);
    return child;
  };
  return { fork, calls, children };
}

const data = { database: { file: '/data/diemcau.sqlite', nativeBinding: '/app/better.node' } };

describe('the file worker in the desktop app', () => {
  it('starts the built worker with its V8 flags (heap ceiling, one collector thread) and the database it may read', () => {
    const { fork, calls } = forked();
    utilityWorker(fork)(
      { script: { file: '/app/out/main/fileWorker.js' }, maxHeapMb: 512, data },
      { message: () => undefined, end: () => undefined },
    );
    expect(calls).toEqual([
      {
        modulePath: '/app/out/main/fileWorker.js',
        args: [JSON.stringify(data)],
        options: expect.objectContaining({
          // V8 flags reach a utility process only as --js-flags, read before its heap exists.
          execArgv: ['--js-flags=--max-old-space-size=512 --single-threaded-gc'],
          stdio: ['ignore', 'ignore', 'pipe'],
        }),
      },
    ]);
  });

  it('posts jobs, passes answers back, and reports a crash with Electron’s exit code', () => {
    const { fork, children } = forked();
    const replies: JobReply[] = [];
    const ends: unknown[] = [];
    const channel = utilityWorker(fork)(
      { script: { file: '/app/fileWorker.js' }, maxHeapMb: 512, data },
      { message: (r) => replies.push(r), end: (e) => ends.push(e) },
    );
    const job: ToWorker = { id: 3, job: 'rosterToCsv', args: { rows: [] } };
    channel.post(job);
    const child = children[0]!;
    expect(child.posted).toEqual([job]);
    child.emit('message', { id: 3, ok: true, value: 'csv' });
    expect(replies).toEqual([{ id: 3, ok: true, value: 'csv' }]);
    child.emit('exit', 139);
    expect(ends).toEqual([{ reason: 'crashed', message: 'The file worker exited (code 139)' }]);
  });

  it('waits for the process to end when the core stops it', async () => {
    const { fork, children } = forked();
    const ends: unknown[] = [];
    const channel = utilityWorker(fork)(
      { script: { file: '/app/fileWorker.js' }, maxHeapMb: 512, data },
      { message: () => undefined, end: (e) => ends.push(e) },
    );
    let exited = false;
    children[0]!.on('exit', () => (exited = true));
    await channel.kill();
    expect(exited).toBe(true);
    expect(ends).toEqual([]);
  });

  it('refuses the TypeScript source, which only a development Node can run', () => {
    const { fork, calls } = forked();
    expect(() =>
      utilityWorker(fork)(
        { script: { tsSource: '/src/entry.ts' }, maxHeapMb: 512, data },
        { message: () => undefined, end: () => undefined },
      ),
    ).toThrow(/built file worker/);
    expect(calls).toEqual([]);
  });
});
