import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import type { FileWorker, FileWorkerOptions } from './fileWorker';
import { createFileWorker } from './fileWorker';
import { forkWorker } from './forkWorker';
import { PIECE_ITEMS } from './protocol';

const workers: FileWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.close()));
});

function worker(options: FileWorkerOptions = {}): FileWorker {
  const w = createFileWorker(options);
  workers.push(w);
  return w;
}

const encode = (text: string) => new TextEncoder().encode(text);

/**
 * A roster that keeps the worker busy for a couple of seconds within every import limit:
 * 19,000 people with a position of 770 characters, about 15 million characters of Vietnamese
 * text (just under 20 MB), decoded, parsed and normalised.
 */
function bigRoster(rows = 19_000): Uint8Array {
  const position = 'Chuyên viên Phòng Tổ chức cán bộ, '.repeat(22);
  const lines = ['Họ và tên,Chức vụ,Đơn vị'];
  for (let i = 0; i < rows; i++) lines.push(`Nguyễn Văn An ${i},"${position}${i}",Sở ${i % 13}`);
  return encode(lines.join('\n'));
}

/** A roster read against an empty directory: the worker's machinery is what is tested here. */
const roster = (fileName: string, bytes: Uint8Array) => ({
  fileName,
  bytes,
  overrides: {},
  directory: { groups: [], rules: [], people: [] },
  notesAsRemarks: false,
});

const small = () => encode('Họ và tên,Chức vụ\nLê Văn Tám,Chuyên viên\n');

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error('expected the job to fail');
}

describe('the file worker', () => {
  it('runs a job in its process and answers with plain data', async () => {
    const w = worker();
    const read = await w.run('previewRoster', roster('a.csv', small()));
    expect(read.rows.map((r) => r.fullName)).toEqual(['Lê Văn Tám']);
    expect(w.busy).toBe(0);
  });

  it('hands over a long answer whole and in order, though it crosses in pieces', async () => {
    const w = worker();
    const count = PIECE_ITEMS * 4 + 7;
    const read = await w.run('previewRoster', roster('a.csv', bigRoster(count)));
    expect(read.rows.map((r) => r.fullName)).toEqual(
      Array.from({ length: count }, (_, i) => `Nguyễn Văn An ${i}`),
    );
    expect(read.columns).toEqual(['Họ và tên', 'Chức vụ', 'Đơn vị']);
    expect(w.busy).toBe(0);
    // The next job's answer starts empty: no piece of this one is left behind.
    const next = await w.run('previewRoster', roster('a.csv', small()));
    expect(next.rows.map((r) => r.fullName)).toEqual(['Lê Văn Tám']);
  });

  it('passes a job’s own AppError through with its code and details', async () => {
    const w = worker();
    const err = await rejection(w.run('previewRoster', roster('a.csv', new Uint8Array())));
    expect(err.code).toBe('IMPORT_EMPTY');
  });

  it('stops a job past its time limit, and the next job runs in a fresh process', async () => {
    const w = worker();
    const err = await rejection(
      w.run('previewRoster', roster('a.csv', bigRoster()), { timeoutMs: 100 }),
    );
    expect(err).toMatchObject({ code: 'JOB_TIMEOUT', details: { limitMs: 100 } });
    const next = await w.run('previewRoster', roster('a.csv', small()));
    expect(next.rows).toHaveLength(1);
  });

  describe.runIf(process.platform === 'linux')('on a machine that keeps it waiting', () => {
    /** A warm worker, and a way to hold its process off the processor (SIGSTOP) and back. */
    async function heldWorker() {
      const pids: number[] = [];
      const w = worker({
        spawn: (start, events) => {
          const channel = forkWorker(start, events);
          pids.push(channel.pid!);
          return channel;
        },
      });
      await w.run('previewRoster', roster('warm.csv', small()));
      const pid = pids[0]!;
      return {
        w,
        hold: () => process.kill(pid, 'SIGSTOP'),
        release: () => process.kill(pid, 'SIGCONT'),
      };
    }

    it('counts a job’s limit in the processor time it had, so a job kept waiting finishes', async () => {
      const { w, hold, release } = await heldWorker();
      hold();
      let settled = false;
      const job = w.run('previewRoster', roster('a.csv', small()), { timeoutMs: 200 });
      void job.then(
        () => (settled = true),
        () => (settled = true),
      );
      // Four times its limit by the clock, and none of it on the processor.
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(settled).toBe(false);
      release();
      expect((await job).rows.map((r) => r.fullName)).toEqual(['Lê Văn Tám']);
    });

    it('still stops a job kept waiting ten times its limit', async () => {
      const { w, hold, release } = await heldWorker();
      hold();
      const started = performance.now();
      const err = await rejection(
        w.run('previewRoster', roster('a.csv', small()), { timeoutMs: 100 }),
      );
      expect(err).toMatchObject({ code: 'JOB_TIMEOUT', details: { limitMs: 100 } });
      expect(performance.now() - started).toBeGreaterThanOrEqual(950);
      // A stopped process acts on the end it was sent only once it runs again.
      release();
      // The held process was killed with the job; the next job starts a fresh one.
      expect((await w.run('previewRoster', roster('b.csv', small()))).rows).toHaveLength(1);
    });
  });

  it('cancels the running job at once, and a queued one before it starts', async () => {
    const w = worker();
    const running = new AbortController();
    const queued = new AbortController();
    const first = w.run('previewRoster', roster('a.csv', bigRoster()), { signal: running.signal });
    const second = w.run('previewRoster', roster('b.csv', small()), { signal: queued.signal });
    const third = w.run('previewRoster', roster('c.csv', small()));
    expect(w.busy).toBe(3);
    queued.abort();
    const started = performance.now();
    running.abort();
    expect((await rejection(first)).code).toBe('JOB_CANCELLED');
    expect(performance.now() - started).toBeLessThan(1000);
    expect((await rejection(second)).code).toBe('JOB_CANCELLED');
    expect((await third).rows).toHaveLength(1);
  });

  it('fails a job that needs more memory than the process may have, and keeps working', async () => {
    const w = worker({ maxHeapMb: 48 });
    // The text held decoded, parsed and normalised needs well over 48 MB.
    const err = await rejection(w.run('previewRoster', roster('a.csv', bigRoster())));
    expect(err).toMatchObject({ code: 'JOB_FAILED', details: { reason: 'out_of_memory' } });
    const next = await w.run('previewRoster', roster('a.csv', small()));
    expect(next.rows).toHaveLength(1);
  });

  it('says a document job needs a database when its owner gave none', async () => {
    const w = worker();
    const request = { meetingId: 'm', document: 'attendance' as const, filter: 'all' as const };
    const err = await rejection(w.run('documentFile', { request, format: 'csv', now: 0 }));
    expect(err.code).toBe('INTERNAL');
    expect(err.message).toMatch(/without a database/);
  });

  it('runs a task without the database after the jobs before it, and holds those after', async () => {
    const w = worker();
    const order: string[] = [];
    const first = w.run('previewRoster', roster('a.csv', bigRoster(4000))).then(() => {
      order.push('first job');
    });
    const task = w.withoutDatabase(async () => {
      order.push('task starts');
      await new Promise((resolve) => setTimeout(resolve, 200));
      order.push('task ends');
      return 42;
    });
    const after = w.run('previewRoster', roster('b.csv', small())).then((read) => {
      order.push('next job');
      return read;
    });
    expect(await task).toBe(42);
    expect((await after).rows).toHaveLength(1);
    await first;
    expect(order).toEqual(['first job', 'task starts', 'task ends', 'next job']);
    // A task that fails says so, and the jobs go on.
    await expect(
      w.withoutDatabase(async () => {
        throw new Error('the copy failed');
      }),
    ).rejects.toThrow('the copy failed');
    expect((await w.run('previewRoster', roster('c.csv', small()))).rows).toHaveLength(1);
  });

  it('refuses new jobs once closed and cancels what was waiting', async () => {
    const w = worker();
    const pending = rejection(w.run('previewRoster', roster('a.csv', bigRoster())));
    await w.close();
    expect((await pending).code).toBe('JOB_CANCELLED');
    expect((await rejection(w.run('previewRoster', roster('a.csv', small())))).code).toBe(
      'JOB_CANCELLED',
    );
  });

  it('keeps a program alive while it waits for a job or for the worker’s end, and no longer', () => {
    // An idle worker must not keep its owner running, but one awaited must: a program that
    // awaits `close` and then writes its results (the bench) once ended silently before.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-worker-'));
    const script = path.join(dir, 'owner.ts');
    fs.writeFileSync(
      script,
      `const { createFileWorker } = require(${JSON.stringify(path.join(__dirname, 'fileWorker.ts'))});
      (async () => {
        const w = createFileWorker();
        const csv = await w.run('rosterToCsv', { rows: [] });
        console.log('answered', csv.length > 0);
        await w.close();
        console.log('closed');
        // Left idle and never closed: this one must not hold the program either.
        await createFileWorker().run('rosterToCsv', { rows: [] });
        console.log('done');
      })();`,
    );
    try {
      const tsx = require.resolve('tsx/cjs');
      const out = execFileSync(process.execPath, ['--require', tsx, script], {
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(out.trim().split('\n')).toEqual(['answered true', 'closed', 'done']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
