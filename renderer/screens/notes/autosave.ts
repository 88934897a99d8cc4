/**
 * Saves one note's edits while the operator types, at most about half a second behind, with no
 * React in it so its timing can be tested with fake timers.
 *
 * - Edits collect into one pending change. It is sent `debounceMs` after the last keystroke, or
 *   `maxWaitMs` after the first unsaved one when the operator never pauses.
 * - One save in flight at a time. Each names the version it starts from (`baseVersion`) and the
 *   next is sent with the version the core answered, so saves chain instead of racing, and a
 *   save made in another window meanwhile is a conflict, never silently overwritten.
 * - Nothing is sent during an input-method composition (a Telex or VNI word being built): the
 *   text is not what the operator means yet. The save follows right after the composition ends.
 * - "Saved" is reported only once the core acknowledged the save, which happens after its
 *   transaction committed (synchronous=FULL), so what is shown as saved survives a power cut.
 * - A failed save keeps the change pending and tries again after `retryMs`; later edits merge
 *   over it. A conflict stops saving until the operator chooses (`rebase` or `reset`).
 */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'failed'; error: unknown }
  | { kind: 'conflict'; error: unknown };

export interface Timers {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export interface AutosaveOptions<F extends object> {
  /** The version the editor's text started from. */
  version: number;
  /** Saves the change over `baseVersion`; resolves to the version the core answered. */
  save: (change: Partial<F>, baseVersion: number) => Promise<number>;
  isConflict: (error: unknown) => boolean;
  onState: (state: SaveState) => void;
  debounceMs?: number;
  maxWaitMs?: number;
  retryMs?: number;
  now?: () => number;
  timers?: Timers;
}

export interface Autosave<F extends object> {
  edit(change: Partial<F>): void;
  compositionStart(): void;
  compositionEnd(): void;
  /** Sends what is pending now, composition or not (blur, unmount, closing the page). */
  flush(): Promise<void>;
  /** After a conflict: keep my text, saving it over `version`. */
  rebase(version: number): void;
  /** After a conflict: drop my pending change and continue from `version`. */
  reset(version: number): void;
  /** Something typed that the core has not acknowledged yet. */
  dirty(): boolean;
  version(): number;
  dispose(): void;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createAutosave<F extends object>(options: AutosaveOptions<F>): Autosave<F> {
  const {
    save,
    isConflict,
    onState,
    debounceMs = 250,
    maxWaitMs = 400,
    retryMs = 2000,
    now = () => Date.now(),
    timers = realTimers,
  } = options;
  let version = options.version;
  let pending: Partial<F> | null = null;
  let firstUnsavedAt: number | null = null;
  let inFlight: Promise<boolean> | null = null;
  let timer: unknown = null;
  let composing = false;
  let blocked = false;
  let disposed = false;

  const clearTimer = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };
  const schedule = (ms: number) => {
    clearTimer();
    timer = timers.setTimeout(
      () => {
        timer = null;
        send(false);
      },
      Math.max(0, ms),
    );
  };

  /** Starts a save of what is pending; the promise says whether it was acknowledged. */
  function send(force: boolean): Promise<boolean> | null {
    if (inFlight || blocked || pending === null || (composing && !force)) return inFlight;
    clearTimer();
    const change = pending;
    pending = null;
    firstUnsavedAt = null;
    onState({ kind: 'saving' });
    inFlight = save(change, version).then(
      (answered) => {
        version = answered;
        inFlight = null;
        if (pending !== null) {
          // Typed while that save was out: chain the next one on the version just answered.
          if (!composing) send(false);
          else onState({ kind: 'unsaved' });
        } else {
          onState({ kind: 'saved', at: now() });
        }
        return true;
      },
      (error: unknown) => {
        inFlight = null;
        // Keep the change; anything typed since is newer and wins.
        pending = { ...change, ...pending };
        if (firstUnsavedAt === null) firstUnsavedAt = now();
        if (isConflict(error)) {
          blocked = true;
          onState({ kind: 'conflict', error });
        } else {
          onState({ kind: 'failed', error });
          if (!disposed) schedule(retryMs);
        }
        return false;
      },
    );
    return inFlight;
  }

  return {
    edit(change) {
      pending = { ...pending, ...change };
      const t = now();
      if (firstUnsavedAt === null) firstUnsavedAt = t;
      if (blocked) return;
      if (!inFlight) onState({ kind: 'unsaved' });
      if (!composing) schedule(Math.min(debounceMs, firstUnsavedAt + maxWaitMs - t));
    },
    compositionStart() {
      composing = true;
      clearTimer();
    },
    compositionEnd() {
      composing = false;
      // After the composition's last input event, which may follow compositionend.
      if (pending !== null && !blocked) schedule(0);
    },
    async flush() {
      clearTimer();
      // Bounded: a save that fails stops the flush (the retry timer carries on).
      for (let round = 0; round < 4; round++) {
        const running = inFlight ?? send(true);
        if (running === null) return;
        if (!(await running)) return;
      }
    },
    rebase(answered) {
      version = answered;
      blocked = false;
      if (pending !== null) send(false);
    },
    reset(answered) {
      version = answered;
      blocked = false;
      pending = null;
      firstUnsavedAt = null;
      clearTimer();
      onState({ kind: 'idle' });
    },
    dirty: () => pending !== null || inFlight !== null,
    version: () => version,
    dispose() {
      disposed = true;
      clearTimer();
    },
  };
}
