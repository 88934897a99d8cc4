import type { AppErrorData, ErrorCode } from './errors';

/**
 * The contract both transports share, defined once: how a call and its answer travel (the
 * envelope), the loopback host's paths, token header and meta tag, Electron's IPC channels,
 * and how big a file may be. The host, the preload, main, the renderer and the e2e support all
 * take these from here.
 */

/** What every transport carries back: a value or a typed error, never a thrown exception. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export const okEnvelope = <T>(value: T): Envelope<T> => ({ ok: true, value });

export const errorEnvelope = (error: AppErrorData): Envelope<never> => ({ ok: false, error });

/** An error envelope from its parts, for the transports' own refusals. */
export const refusal = (code: ErrorCode, message: string): Envelope<never> =>
  errorEnvelope({ code, message });

// ---- Loopback HTTP (the browser build) ------------------------------------------------------

export const API_PREFIX = '/api/';
export const EVENTS_PATH = '/api/events';
/** Header carrying the per-run token on every call. */
export const TOKEN_HEADER = 'x-diemcau-token';
/** The host writes the token into index.html as `<meta name=… content=…>`. */
export const TOKEN_META_NAME = 'diemcau-token';
/** The event stream takes the token as a query parameter (EventSource sends no headers). */
export const EVENTS_TOKEN_PARAM = 'token';

export const methodPath = (method: string): string => `${API_PREFIX}${encodeURIComponent(method)}`;

// ---- Electron IPC -----------------------------------------------------------------------------

const IPC_CHANNEL_PREFIX = 'diemcau:';
export const IPC_INVOKE_CHANNEL = `${IPC_CHANNEL_PREFIX}invoke`;
export const IPC_EVENT_CHANNEL = `${IPC_CHANNEL_PREFIX}event`;

// ---- Sizes ------------------------------------------------------------------------------------

/** The largest roster file the app reads. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Length of the base64 text for `bytes` bytes (files cross both transports as base64). */
export const base64Length = (bytes: number): number => 4 * Math.ceil(bytes / 3);

export const MAX_IMPORT_BASE64 = base64Length(MAX_IMPORT_BYTES);

/** A request body: the largest file as base64 plus the JSON around it. */
export const MAX_REQUEST_BYTES = MAX_IMPORT_BASE64 + 64 * 1024;
