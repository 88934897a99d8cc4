import { describe, expect, it, vi } from 'vitest';
import type { BackupInfo } from '../../../shared/api/backupSchemas';
import { NOTICE_KEY, createReplacementWatcher } from './replacementWatcher';

const backup = (name: string, reason: BackupInfo['reason']): BackupInfo => ({
  name,
  reason,
  takenAt: '2026-07-28T01:02:03.000Z',
  bytes: 45_056,
  schemaVersion: 5,
  integrity: 'ok',
});
const outcome = {
  restored: backup('diemcau-2026-07-28T01-02-03-000Z-manual', 'manual'),
  safetyCopy: backup('diemcau-2026-07-28T02-00-00-000Z-restore', 'restore'),
};

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

/** A page: its event source, its reload, and what survives the reload (sessionStorage). */
function page(storage = memoryStorage()) {
  const listeners = new Set<() => void>();
  const reload = vi.fn();
  const watcher = createReplacementWatcher({
    onDataReplaced: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    reload,
    storage,
  });
  const emit = () => [...listeners].forEach((l) => l());
  return { watcher, reload, emit, storage, listeners };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('reloading when the data were replaced', () => {
  it('reloads once, however many events arrive before the page goes', () => {
    const p = page();
    p.watcher.start();
    p.emit();
    p.emit();
    expect(p.reload).toHaveBeenCalledTimes(1);
    expect(p.watcher.reloading).toBe(true);
  });

  it('does not reload a fresh page for a restore made before it loaded', () => {
    const first = page();
    first.watcher.start();
    first.emit();
    // The reloaded page shares the storage, not the old connection: nothing is replayed to it.
    const second = page(first.storage);
    second.watcher.start();
    expect(second.reload).not.toHaveBeenCalled();
    expect(second.watcher.notice('replaced')).toEqual({ kind: 'replaced' });
  });

  it('stops listening when stopped (an effect cleaned up)', () => {
    const p = page();
    const stop = p.watcher.start();
    stop();
    p.emit();
    expect(p.reload).not.toHaveBeenCalled();
  });

  it("waits for its own restore's reply before reloading, and keeps what it says", async () => {
    const p = page();
    p.watcher.start();
    const reply = deferred<typeof outcome | undefined>();
    const restoring = p.watcher.restore(() => reply.promise);
    p.emit(); // the core pushes the event from inside the restore, before the reply
    expect(p.reload).not.toHaveBeenCalled();
    reply.resolve(outcome);
    await expect(restoring).resolves.toBe(outcome);
    expect(p.reload).toHaveBeenCalledTimes(1);

    const after = page(p.storage);
    expect(after.watcher.notice('restored')).toEqual({ kind: 'restored', ...outcome });
    expect(after.watcher.notice('replaced')).toBeNull();
  });

  it('reloads after a successful restore even when the event never came', async () => {
    const p = page();
    p.watcher.start();
    await p.watcher.restore(async () => outcome);
    expect(p.reload).toHaveBeenCalledTimes(1);
  });

  it('stays on the page after a refused restore, nothing having been replaced', async () => {
    const p = page();
    p.watcher.start();
    await expect(p.watcher.restore(async () => undefined)).resolves.toBeUndefined();
    expect(p.reload).not.toHaveBeenCalled();
    expect(p.storage.items.size).toBe(0);
    // Later events (another window's restore) still reload it.
    p.emit();
    expect(p.reload).toHaveBeenCalledTimes(1);
  });

  it('reloads after a failed restore when the data were replaced meanwhile', async () => {
    const p = page();
    p.watcher.start();
    await p.watcher.restore(async () => {
      p.emit();
      return undefined;
    });
    expect(p.reload).toHaveBeenCalledTimes(1);
    expect(JSON.parse(p.storage.items.get(NOTICE_KEY)!)).toEqual({ kind: 'replaced' });
  });
});

describe('the notice after a reload', () => {
  it('is read once per page and forgotten when dismissed', () => {
    const storage = memoryStorage();
    storage.setItem(NOTICE_KEY, JSON.stringify({ kind: 'restored', ...outcome }));
    const p = page(storage);
    expect(p.watcher.notice('restored')?.safetyCopy.name).toBe(outcome.safetyCopy.name);
    // Taken out of storage at once, so a later manual reload does not repeat it...
    expect(storage.items.has(NOTICE_KEY)).toBe(false);
    // ...but every screen of this page still sees it until the operator closes it.
    expect(p.watcher.notice('restored')).not.toBeNull();
    p.watcher.dismissNotice();
    expect(p.watcher.notice('restored')).toBeNull();
  });

  it('ignores what it cannot read', () => {
    const storage = memoryStorage();
    storage.setItem(NOTICE_KEY, '{"kind":"restored","restored":42}');
    expect(page(storage).watcher.notice('restored')).toBeNull();
    storage.setItem(NOTICE_KEY, 'not json');
    expect(page(storage).watcher.notice('replaced')).toBeNull();
  });

  it('still reloads when there is no storage', () => {
    const reload = vi.fn();
    const w = createReplacementWatcher({
      onDataReplaced: (l) => (l(), () => {}),
      reload,
      storage: null,
    });
    w.start();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(w.notice('replaced')).toBeNull();
  });
});
