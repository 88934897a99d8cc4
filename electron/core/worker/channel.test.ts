import { EventEmitter, PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ChildProcessLike, WorkerEnd } from './channel';
import { superviseChild } from './channel';
import type { JobReply, ToWorker } from './protocol';

/** A process that does only what the test makes it do. */
class FakeChild extends EventEmitter implements ChildProcessLike {
  readonly stderr = new PassThrough();
  kills = 0;
  pid: number | undefined;
  constructor(started = true) {
    super();
    this.pid = started ? 4242 : undefined;
  }
  kill(): boolean {
    this.kills++;
    return true;
  }
}

function supervised(child = new FakeChild()) {
  const sent: ToWorker[] = [];
  const replies: JobReply[] = [];
  const ends: WorkerEnd[] = [];
  const channel = superviseChild(child, (m) => sent.push(m), {
    message: (m) => replies.push(m),
    end: (e) => ends.push(e),
  });
  return { child, channel, sent, replies, ends };
}

/** Lets the stderr pipe deliver what was written to it. */
const drained = () => new Promise((resolve) => setImmediate(resolve));

describe('a supervised worker process', () => {
  it('passes messages both ways', () => {
    const { child, channel, sent, replies } = supervised();
    channel.post({ id: 1, job: 'rosterToCsv', args: { rows: [] } });
    child.emit('message', { id: 1, ok: true, value: 'x' });
    expect(sent).toEqual([{ id: 1, job: 'rosterToCsv', args: { rows: [] } }]);
    expect(replies).toEqual([{ id: 1, ok: true, value: 'x' }]);
    expect(channel.pid).toBe(4242);
  });

  it('tells a crash once, with what the process last wrote', async () => {
    const { child, ends } = supervised();
    child.stderr.write('Segmentation fault in the parser\n');
    await drained();
    child.emit('error', new Error('channel closed'));
    child.emit('exit', null, 'SIGSEGV');
    expect(ends).toHaveLength(1);
    expect(ends[0]!.reason).toBe('crashed');
    expect(ends[0]!.message).toContain('Segmentation fault in the parser');
  });

  it('tells the heap ceiling apart from a crash by V8’s last words', async () => {
    const { child, ends } = supervised();
    child.stderr.write(
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n',
    );
    await drained();
    child.emit('exit', null, 'SIGABRT');
    expect(ends).toEqual([expect.objectContaining({ reason: 'out_of_memory' })]);
  });

  it('reports no end it was asked for, and resolves the kill once the process has exited', async () => {
    const { child, channel, ends, replies } = supervised();
    let gone = false;
    const killing = channel.kill().then(() => {
      gone = true;
    });
    await drained();
    expect(child.kills).toBe(1);
    expect(gone).toBe(false);
    // Messages still in the pipe from the job that was stopped are no answers.
    child.emit('message', { id: 1, ok: true, value: 'late' });
    child.emit('exit', null, 'SIGTERM');
    await killing;
    expect(gone).toBe(true);
    expect(ends).toEqual([]);
    expect(replies).toEqual([]);
    // Killing what has ended already is over at once.
    await channel.kill();
  });

  it('ends a process that never started without waiting for an exit', async () => {
    const { child, channel, ends } = supervised(new FakeChild(false));
    child.emit('error', new Error('spawn ENOENT'));
    expect(ends).toEqual([{ reason: 'crashed', message: 'spawn ENOENT' }]);
    await channel.kill();
    expect(child.kills).toBe(0);
  });
});
