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
  addEventListener(type: string, listener: (event: MessageEvent) => void): void;
  removeEventListener(type: string, listener: (event: MessageEvent) => void): void;
  close(): void;
}

/**
 * The raw bridge of the browser build: `POST /api/<method>` for calls, one shared
 * EventSource on `/api/events` for pushed events. The host answers with the JSON envelope:
 * HTTP 200 for a value or an AppError, another status with an envelope for what the host itself
 * refused (token, size). A reply that is not an envelope is a transport failure, which we
 * reject so createApi reports it as TRANSPORT.
 */
export function createHttpBridge(options: HttpBridgeOptions): RawBridge {
  const base = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const EventSourceImpl = options.EventSource ?? globalThis.EventSource;
  let source: EventSourceLike | null = null;

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
      // One connection for the whole app, opened on first use and kept open: EventSource
      // reconnects by itself, and reopening it per subscriber would drop events in between.
      if (source === null) {
        source = new EventSourceImpl(
          `${base}${EVENTS_PATH}?${EVENTS_TOKEN_PARAM}=${encodeURIComponent(options.token)}`,
        );
      }
      const current = source;
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
  };
}

/** The token the host put in the page, or '' when there is none (the host will refuse). */
export function readTokenFromPage(doc: Document): string {
  return doc.querySelector(`meta[name="${TOKEN_META_NAME}"]`)?.getAttribute('content') ?? '';
}
