import { z } from 'zod';
import { BackupInfo } from '../../../shared/api/backupSchemas';

/**
 * What the page says after it reloaded because the data were replaced: this window restored a
 * backup (which one, and the safety copy made first), or the data changed under it (another
 * window restored one).
 */
export const ReplacementNotice = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('restored'), restored: BackupInfo, safetyCopy: BackupInfo }),
  z.object({ kind: z.literal('replaced') }),
]);
export type ReplacementNotice = z.infer<typeof ReplacementNotice>;

export interface RestoreOutcome {
  restored: BackupInfo;
  safetyCopy: BackupInfo;
}

export interface WatcherDeps {
  /** Subscribes to the core's `data.replaced`; returns the unsubscribe. */
  onDataReplaced: (listener: () => void) => () => void;
  /** Reloads the whole page (window.location.reload). */
  reload: () => void;
  /** Survives the reload, per window (sessionStorage); null when unavailable. */
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
}

export const NOTICE_KEY = 'diemcau.replacementNotice';

/**
 * After a restore every store, query and open form holds data that no longer exist, so the page
 * reloads as a whole: the only way nothing stale survives. The rules that keep that from going
 * wrong live here, apart from React and the bridge, so they can be tested:
 *
 * - One reload per page, however many events arrive: the page is going away anyway. A reloaded
 *   page cannot loop, because events are not replayed to a new connection (the host's stream and
 *   Electron's IPC only push what happens after subscribing), so a fresh page reloads only for
 *   a restore that happens after it loaded.
 * - The window that asked for the restore waits for the answer before reloading. The core pushes
 *   `data.replaced` from inside the restore, so the event can arrive before the reply; reloading
 *   then would lose which safety copy was made, the one thing the operator must be told.
 * - That window reloads on success even if the event never came (a dropped event stream), since
 *   the reply itself says the data were replaced.
 */
export function createReplacementWatcher(deps: WatcherDeps) {
  let reloading = false;
  let ownRestores = 0;
  let replacedMeanwhile = false;
  // Read once per page: every later reader gets the same notice until it is dismissed.
  let notice: ReplacementNotice | null | undefined;

  function reloadWith(next: ReplacementNotice): void {
    if (reloading) return;
    reloading = true;
    try {
      deps.storage?.setItem(NOTICE_KEY, JSON.stringify(next));
    } catch {
      // Without storage the page still reloads; only the sentence after it is lost.
    }
    deps.reload();
  }

  function readNotice(): ReplacementNotice | null {
    if (notice !== undefined) return notice;
    notice = null;
    try {
      const raw = deps.storage?.getItem(NOTICE_KEY) ?? null;
      deps.storage?.removeItem(NOTICE_KEY);
      if (raw !== null) {
        const parsed = ReplacementNotice.safeParse(JSON.parse(raw));
        if (parsed.success) notice = parsed.data;
      }
    } catch {
      // A notice we cannot read is not worth an error: the data on screen are current anyway.
    }
    return notice;
  }

  return {
    /** Starts listening; returns the stop (React effects may start and stop more than once). */
    start(): () => void {
      return deps.onDataReplaced(() => {
        if (ownRestores > 0) replacedMeanwhile = true;
        else reloadWith({ kind: 'replaced' });
      });
    },

    /**
     * Runs this window's restore call (which resolves to undefined on failure, as runAction
     * does) and reloads once the data were replaced, keeping the outcome for after the reload.
     */
    async restore<T extends RestoreOutcome>(call: () => Promise<T | undefined>) {
      ownRestores += 1;
      let outcome: T | undefined;
      try {
        outcome = await call();
      } finally {
        ownRestores -= 1;
      }
      if (outcome) {
        reloadWith({
          kind: 'restored',
          restored: outcome.restored,
          safetyCopy: outcome.safetyCopy,
        });
      } else if (replacedMeanwhile && ownRestores === 0) {
        // The restore failed after the file was swapped (the core then puts the previous state
        // back, which is a replacement too): whatever is on screen may be stale.
        reloadWith({ kind: 'replaced' });
      }
      return outcome;
    },

    /** The notice left by the reload that opened this page, if it is of that kind. */
    notice<K extends ReplacementNotice['kind']>(
      kind: K,
    ): Extract<ReplacementNotice, { kind: K }> | null {
      const current = readNotice();
      return current?.kind === kind ? (current as Extract<ReplacementNotice, { kind: K }>) : null;
    },

    /** The operator has read the notice; screens opened later do not show it again. */
    dismissNotice(): void {
      readNotice();
      notice = null;
    },

    /** True once a reload has been asked for: screens stop offering actions meanwhile. */
    get reloading(): boolean {
      return reloading;
    },
  };
}

export type ReplacementWatcher = ReturnType<typeof createReplacementWatcher>;
