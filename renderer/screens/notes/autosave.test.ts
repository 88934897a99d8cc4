import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveState } from './autosave';
import { createAutosave } from './autosave';

interface Fields {
  body: string;
  kind: string;
}

/** A core that answers when told to, remembering every save it was sent. */
function fakeCore() {
  const sent: { change: Partial<Fields>; base: number }[] = [];
  const waiting: { resolve: (v: number) => void; reject: (e: unknown) => void }[] = [];
  return {
    sent,
    save: (change: Partial<Fields>, base: number) =>
      new Promise<number>((resolve, reject) => {
        sent.push({ change, base });
        waiting.push({ resolve, reject });
      }),
    /** Answers the oldest save still waiting. */
    async answer(version: number) {
      waiting.shift()!.resolve(version);
      await vi.advanceTimersByTimeAsync(0);
    },
    async refuse(error: unknown) {
      waiting.shift()!.reject(error);
      await vi.advanceTimersByTimeAsync(0);
    },
  };
}

const CONFLICT = { code: 'CONFLICT' };

function setUp(version = 1) {
  const core = fakeCore();
  const states: SaveState[] = [];
  const autosave = createAutosave<Fields>({
    version,
    save: core.save,
    isConflict: (e) => e === CONFLICT,
    onState: (s) => states.push(s),
    now: () => Date.now(),
  });
  const last = () => states[states.length - 1];
  return { core, autosave, states, last };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves 250 ms after the last keystroke, and says saved only once the core answered', async () => {
    const { core, autosave, last } = setUp();
    autosave.edit({ body: 'Đ' });
    await vi.advanceTimersByTimeAsync(100);
    autosave.edit({ body: 'Đồ' });
    await vi.advanceTimersByTimeAsync(200);
    expect(core.sent).toEqual([]);
    expect(last()).toEqual({ kind: 'unsaved' });
    await vi.advanceTimersByTimeAsync(50);
    expect(core.sent).toEqual([{ change: { body: 'Đồ' }, base: 1 }]);
    expect(last()).toEqual({ kind: 'saving' });
    await core.answer(2);
    expect(last()).toMatchObject({ kind: 'saved' });
    expect(autosave.dirty()).toBe(false);
  });

  it('saves at most 400 ms after the first unsaved keystroke while typing never pauses', async () => {
    const { core, autosave } = setUp();
    for (let t = 0; t < 400; t += 100) {
      autosave.edit({ body: `x${t}` });
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(core.sent).toEqual([{ change: { body: 'x300' }, base: 1 }]);
  });

  it('keeps one save in flight and chains the next on the version answered', async () => {
    const { core, autosave, last } = setUp();
    autosave.edit({ body: 'a' });
    await vi.advanceTimersByTimeAsync(250);
    autosave.edit({ body: 'ab' });
    autosave.edit({ kind: 'task' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(core.sent).toHaveLength(1);
    await core.answer(2);
    expect(core.sent[1]).toEqual({ change: { body: 'ab', kind: 'task' }, base: 2 });
    expect(last()).toEqual({ kind: 'saving' });
    await core.answer(3);
    expect(last()).toMatchObject({ kind: 'saved' });
    expect(autosave.version()).toBe(3);
  });

  it('sends nothing during a composition and saves right after it ends', async () => {
    const { core, autosave } = setUp();
    autosave.compositionStart();
    autosave.edit({ body: 'hoa' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(core.sent).toEqual([]);
    autosave.edit({ body: 'hoà' });
    autosave.compositionEnd();
    await vi.advanceTimersByTimeAsync(0);
    expect(core.sent).toEqual([{ change: { body: 'hoà' }, base: 1 }]);
  });

  it('keeps the text after a failure, merges later typing over it and tries again', async () => {
    const { core, autosave, last } = setUp();
    autosave.edit({ kind: 'opinion', body: 'a' });
    await vi.advanceTimersByTimeAsync(250);
    await core.refuse(new Error('offline'));
    expect(last()).toMatchObject({ kind: 'failed' });
    expect(autosave.dirty()).toBe(true);
    autosave.edit({ body: 'ab' });
    await vi.advanceTimersByTimeAsync(250);
    expect(core.sent[1]).toEqual({ change: { kind: 'opinion', body: 'ab' }, base: 1 });
    await core.refuse(new Error('offline'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(core.sent[2]).toEqual({ change: { kind: 'opinion', body: 'ab' }, base: 1 });
    await core.answer(2);
    expect(last()).toMatchObject({ kind: 'saved' });
  });

  it('stops on a conflict until the operator keeps their text or takes the saved one', async () => {
    const { core, autosave, last } = setUp();
    autosave.edit({ body: 'mine' });
    await vi.advanceTimersByTimeAsync(250);
    await core.refuse(CONFLICT);
    expect(last()).toMatchObject({ kind: 'conflict' });
    autosave.edit({ body: 'mine, more' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(core.sent).toHaveLength(1);

    autosave.rebase(5);
    expect(core.sent[1]).toEqual({ change: { body: 'mine, more' }, base: 5 });
    await core.refuse(CONFLICT);
    autosave.reset(7);
    expect(autosave.dirty()).toBe(false);
    expect(last()).toEqual({ kind: 'idle' });
    autosave.edit({ body: 'again' });
    await vi.advanceTimersByTimeAsync(250);
    expect(core.sent[2]).toEqual({ change: { body: 'again' }, base: 7 });
  });

  it('flushes at once on leaving, even mid-composition, through a save already in flight', async () => {
    const { core, autosave } = setUp();
    autosave.edit({ body: 'one' });
    await vi.advanceTimersByTimeAsync(250);
    autosave.compositionStart();
    autosave.edit({ body: 'one tư' });
    const flushed = autosave.flush();
    await core.answer(2);
    expect(core.sent[1]).toEqual({ change: { body: 'one tư' }, base: 2 });
    await core.answer(3);
    await flushed;
    expect(autosave.dirty()).toBe(false);
  });
});
