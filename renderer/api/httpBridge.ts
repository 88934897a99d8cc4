import type { RawBridge } from '../../shared/api/methods';
import {
  EVENTS_PATH,
  EVENTS_TOKEN_PARAM,
  TOKEN_HEADER,
  TOKEN_META_NAME,
  methodPath,
} from '../../shared/api/transport';

/** The parts of the browser the HTTP bridge needs; injected so tests can fake them. */
export interface HttpBridgeOptions {
  /** Per-run token the loopback host checks on every request. */
  token: string;
  /** Origin of the host; '' means the page's own origin. */
  baseUrl?: string;
  fetch?: typeof fetch;
  EventSource?: new (url: string) => EventSourceLike;
}

/** What we use of EventSource (a subset, so a fake is easy to write). */
export interface EventSourceLike {
  /** 0 connecting (also while retrying after an error), 1 open, 2 closed for good. */
  readonly readyState: number;
  addEventListener(type: string, listener: (event: MessageEvent) => void): void;
  removeEventListener(type: string, listener: (event: MessageEvent) => void): void;
  close(): void;
}

/**
 * What became of the event stream: `up` each time it opens, the first time too (events sent
 * before it opened, or while it was down, were not heard: whoever shows data reads it again),
 * `down` when it broke and the browser is retrying, `closed` when the browser gave up, which it
 * does when the host answers the stream with an error, as a restarted host with a new token
 * does (only a new page carries the new token).
 */
export type StreamStatus = 'down' | 'up' | 'closed';

/** The HTTP bridge: a raw bridge, plus the stream's ups and downs, which IPC does not have. */
export interface HttpBridge extends RawBridge {
  onStream(listener: (status: StreamStatus) => void): () => void;
}

const CLOSED = 2;

/**
 * The raw bridge of the browser build: `POST /api/<method>` for calls, one shared
 * EventSource on `/api/events` for pushed events. The host answers with the JSON envelope:
 * HTTP 200 for a value or an AppError, another status with an envelope for what the host itself
 * refused (token, size). A reply that is not an envelope is a transport failure, which we
 * reject so createApi reports it as TRANSPORT.
 */
export function createHttpBridge(options: HttpBridgeOptions): HttpBridge {
  const base = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const EventSourceImpl = options.EventSource ?? globalThis.EventSource;
  let source: EventSourceLike | null = null;
  const watchers = new Set<(status: StreamStatus) => void>();
  const tell = (status: StreamStatus) => watchers.forEach((w) => w(status));

  // One connection for the whole app, opened on first use and kept open: EventSource
  // reconnects by itself, and reopening it per subscriber would drop events in between.
  const stream = (): EventSourceLike => {
    if (source !== null) return source;
    const opened = new EventSourceImpl(
      `${base}${EVENTS_PATH}?${EVENTS_TOKEN_PARAM}=${encodeURIComponent(options.token)}`,
    );
    opened.addEventListener('error', () => tell(opened.readyState === CLOSED ? 'closed' : 'down'));
    opened.addEventListener('open', () => tell('up'));
    source = opened;
    return opened;
  };

  return {
    async invoke(method, input) {
      const response = await doFetch(`${base}${methodPath(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: options.token },
        body: JSON.stringify(input ?? {}),
      });
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok && !(typeof body === 'object' && body !== null && 'ok' in body)) {
        throw new Error(`HTTP ${response.status} from ${method}`);
      }
      return body;
    },

    on(event, listener) {
      const current = stream();
      const handler = (message: MessageEvent) => {
        let payload: unknown;
        try {
          payload = JSON.parse(String(message.data));
        } catch {
          return; // A malformed event is not worth breaking the UI for.
        }
        listener(payload);
      };
      current.addEventListener(event, handler);
      return () => current.removeEventListener(event, handler);
    },

    onStream(listener) {
      stream();
      watchers.add(listener);
      return () => watchers.delete(listener);
    },
  };
}

/** The token the host put in the page, or '' when there is none (the host will refuse). */
export function readTokenFromPage(doc: Document): string {
  return doc.querySelector(`meta[name="${TOKEN_META_NAME}"]`)?.getAttribute('content') ?? '';
}
