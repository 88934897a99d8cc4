import { describe, expect, it, vi } from 'vitest';
import { createReconnector, hostAnswers } from './reconnect';

/** Timers the test runs by hand. */
function manualTimers() {
  let pending: { fn: () => void; ms: number }[] = [];
  return {
    setTimer: (fn: () => void, ms: number) => {
      const t = { fn, ms };
      pending.push(t);
      return t;
    },
    clearTimer: (t: unknown) => {
      pending = pending.filter((p) => p !== t);
    },
    count: () => pending.length,
    /** Runs the timers due now, then lets the probe's promise settle. */
    async runDue() {
      const due = pending;
      pending = [];
      due.forEach((t) => t.fn());
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

describe('createReconnector', () => {
  it('does nothing until a read fails on the transport', () => {
    const timers = manualTimers();
    const probe = vi.fn(async () => true);
    createReconnector({ probe, reload: vi.fn(), ...timers });
    expect(timers.count()).toBe(0);
    expect(probe).not.toHaveBeenCalled();
  });

  it('keeps asking while the host is down, and reloads once it answers', async () => {
    const timers = manualTimers();
    const answers = [false, false, true];
    const probe = vi.fn(async () => answers.shift()!);
    const reload = vi.fn();
    const r = createReconnector({ probe, reload, ...timers });
    r.lost();
    r.lost(); // a second failure while probing starts nothing more
    expect(timers.count()).toBe(1);
    await timers.runDue();
    await timers.runDue();
    expect(reload).not.toHaveBeenCalled();
    await timers.runDue();
    expect(probe).toHaveBeenCalledTimes(3);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(timers.count()).toBe(0);
    r.lost();
    expect(timers.count()).toBe(0);
  });

  it('counts a probe that throws as the host still down', async () => {
    const timers = manualTimers();
    const reload = vi.fn();
    const r = createReconnector({
      probe: () => Promise.reject(new Error('offline')),
      reload,
      ...timers,
    });
    r.lost();
    await timers.runDue();
    expect(reload).not.toHaveBeenCalled();
    expect(timers.count()).toBe(1);
  });

  it('stops when the page recovered by itself (or unmounts)', async () => {
    const timers = manualTimers();
    const probe = vi.fn(async () => true);
    const reload = vi.fn();
    const r = createReconnector({ probe, reload, ...timers });
    r.lost();
    r.stop();
    expect(timers.count()).toBe(0);
    await timers.runDue();
    expect(reload).not.toHaveBeenCalled();
  });

  it('does not reload if stopped while a probe was on its way', async () => {
    const timers = manualTimers();
    let answer!: (v: boolean) => void;
    const reload = vi.fn();
    const r = createReconnector({
      probe: () => new Promise<boolean>((resolve) => (answer = resolve)),
      reload,
      ...timers,
    });
    r.lost();
    await timers.runDue();
    r.stop();
    answer(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reload).not.toHaveBeenCalled();
  });
});

describe('hostAnswers', () => {
  it('is true when the page loads, false on a refusal or a network error', async () => {
    const ok = vi.fn(async () => new Response('', { status: 200 }));
    expect(await hostAnswers(ok as unknown as typeof fetch)).toBe(true);
    expect(ok).toHaveBeenCalledWith('./', { method: 'HEAD', cache: 'no-store' });
    const refused = async () => new Response('', { status: 421 });
    expect(await hostAnswers(refused as unknown as typeof fetch)).toBe(false);
    const down = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await hostAnswers(down as unknown as typeof fetch)).toBe(false);
  });
});
