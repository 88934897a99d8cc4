import http from 'node:http';
import https from 'node:https';
import { parseRetryAfter } from './retryAfter';

/**
 * One JSON request to the center over node:http(s). node:https rather than fetch because a
 * private PKI's CA certificate is passed per request (`ca`) without a dispatcher from the
 * `undici` package, which the app does not depend on. Every request has a time limit and
 * follows the caller's AbortSignal, so closing the app never waits for a dead network.
 */
export interface HttpRequest {
  url: string;
  method: 'GET' | 'POST';
  body?: unknown;
  token?: string;
  /** PEM of the CA that signed the center's certificate, for a private PKI. */
  ca?: string | null;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Answers longer than this are cut off and count as a broken answer. */
  maxBytes?: number;
}

export interface HttpAnswer {
  status: number;
  body: unknown;
  /** The wait a busy center asked for (`Retry-After`), when it asked. */
  retryAfterMs?: number;
}

/** Why no answer came: the UI and the drain worker treat each kind differently. */
export type HttpFailureKind = 'unreachable' | 'timeout' | 'certificate' | 'aborted' | 'bad_answer';

export class HttpFailure extends Error {
  constructor(
    readonly kind: HttpFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'HttpFailure';
  }
}

export const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

/** Node's TLS error codes that mean "this is not the certificate we can trust". */
const CERTIFICATE_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REVOKED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
]);

function classify(err: unknown): HttpFailure {
  if (err instanceof HttpFailure) return err;
  const code = (err as { code?: string }).code ?? '';
  const message = err instanceof Error ? err.message : String(err);
  if (CERTIFICATE_CODES.has(code)) return new HttpFailure('certificate', `${code}: ${message}`);
  return new HttpFailure('unreachable', code ? `${code}: ${message}` : message);
}

export function requestJson(req: HttpRequest): Promise<HttpAnswer> {
  const url = new URL(req.url);
  const body = req.body === undefined ? undefined : Buffer.from(JSON.stringify(req.body), 'utf8');
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(body.length);
  }
  if (req.token) headers.authorization = `Bearer ${req.token}`;
  const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = req.maxBytes ?? DEFAULT_MAX_BYTES;
  const secure = url.protocol === 'https:';
  if (!secure && url.protocol !== 'http:') {
    return Promise.reject(new HttpFailure('unreachable', `Unsupported protocol ${url.protocol}`));
  }

  return new Promise<HttpAnswer>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const options: https.RequestOptions = {
      method: req.method,
      headers,
      // A fresh connection each time: a kept-alive socket to a center that went away would
      // turn the next try into a confusing reset.
      agent: false,
    };
    if (secure && req.ca) options.ca = req.ca;
    const request = (secure ? https : http).request(url, options, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          request.destroy(new HttpFailure('bad_answer', `Answer longer than ${maxBytes} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      res.on('error', (err) => finish(() => reject(classify(err))));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = null;
        if (text.length > 0) {
          try {
            parsed = JSON.parse(text);
          } catch {
            // A proxy's HTML error page: the status still says what happened.
            parsed = { error: { code: 'not_json', message: text.slice(0, 200) } };
          }
        }
        const retryAfterMs = parseRetryAfter(res.headers['retry-after'], Date.now());
        finish(() =>
          resolve({
            status: res.statusCode ?? 0,
            body: parsed,
            ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
          }),
        );
      });
    });
    const timer = setTimeout(() => {
      request.destroy(new HttpFailure('timeout', `No answer within ${timeoutMs} ms`));
    }, timeoutMs);
    const onAbort = () => request.destroy(new HttpFailure('aborted', 'Cancelled'));
    if (req.signal?.aborted) onAbort();
    else req.signal?.addEventListener('abort', onAbort, { once: true });
    request.on('error', (err) => finish(() => reject(classify(err))));
    request.end(body);
  });
}
