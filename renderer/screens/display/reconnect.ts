/**
 * How the room display of the browser build comes back after the host went away.
 *
 * The HTTP bridge has one EventSource for the page (renderer/api/httpBridge.ts). When the host
 * stops, the browser retries it by itself; if the host comes back with the same token the
 * stream resumes (the bridge says `up` and the display reads again what it missed). A host
 * restarted with a new token (every run makes one unless DIEMCAU_TOKEN is set) answers the
 * stream 401, which ends an EventSource for good, and refuses every call: the page would stay
 * frozen on the last speaker.
 *
 * Nobody touches the display to notice, so it looks after itself: once the stream is given up
 * or a read fails on the transport, it asks the host's page every few seconds and, as soon as
 * the host answers, reloads: the new page carries the host's current token and opens a new
 * stream. It does not reload while the host is down, which would only leave the browser's own
 * error page, with nothing to retry from there.
 */
export interface Reconnector {
  /** A read failed on the transport: start probing (once; repeated calls change nothing). */
  lost(): void;
  stop(): void;
}

export interface ReconnectorOptions {
  /** Whether the host answers again (for the page: a HEAD request on its own origin). */
  probe: () => Promise<boolean>;
  reload: () => void;
  everyMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export function createReconnector({
  probe,
  reload,
  everyMs = 2000,
  setTimer = (fn, ms) => setTimeout(fn, ms),
  clearTimer = (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
}: ReconnectorOptions): Reconnector {
  let timer: unknown = null;
  let probing = false;
  let stopped = false;

  const attempt = async () => {
    timer = null;
    let back = false;
    try {
      back = await probe();
    } catch {
      back = false;
    }
    if (stopped) return;
    if (back) {
      stopped = true;
      reload();
      return;
    }
    timer = setTimer(() => void attempt(), everyMs);
  };

  return {
    lost() {
      if (probing || stopped) return;
      probing = true;
      timer = setTimer(() => void attempt(), everyMs);
    },
    stop() {
      stopped = true;
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
  };
}

/** The page's host answers (its page loads again). */
export async function hostAnswers(fetchImpl: typeof fetch = fetch): Promise<boolean> {
  try {
    const res = await fetchImpl('./', { method: 'HEAD', cache: 'no-store' });
    return res.ok;
  } catch {
    return false;
  }
}
