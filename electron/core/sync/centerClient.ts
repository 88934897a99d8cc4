import { API_ROUTES } from '../../../shared/protocol/routes';
import type { HttpAnswer } from './http';
import { HttpFailure, requestJson } from './http';

/**
 * The center's HTTP API as the desktop uses it, with every answer sorted into what the caller
 * must do about it. Nothing here touches the database.
 */
export interface CenterAccess {
  url: string;
  ca: string | null;
  token: string | null;
}

/** What became of one upload. */
export type UploadOutcome =
  /** The center answered 200 with this body (a receipt, still to be checked). */
  | { kind: 'answered'; body: unknown }
  /** Worth trying again later: no answer, a timeout, 5xx, 408, 429; a busy center may say when. */
  | { kind: 'retry'; reason: string; retryAfterMs?: number }
  /** The token is unknown or revoked: nothing will pass until the point enrols again. */
  | { kind: 'unauthorized'; reason: string }
  /** A refusal no retry can change (422 bad signature, 409 another body, 400, 413). */
  | { kind: 'refused'; status: number; reason: string };

export interface SignedRevisionWire {
  payload: string;
  signature: string;
}

export interface CenterClient {
  upload(signed: SignedRevisionWire, signal: AbortSignal): Promise<UploadOutcome>;
  /** Any other call (enrolment, the meetings list); a failure to get an answer throws HttpFailure. */
  call(
    path: string,
    method: 'GET' | 'POST',
    body: unknown,
    signal: AbortSignal,
  ): Promise<HttpAnswer>;
}

export const API = API_ROUTES;

/** "409 conflict: …": the status and the center's own words, for the failed list. */
export function reasonOf(answer: HttpAnswer): string {
  const error = (answer.body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : '';
  const message = typeof error?.message === 'string' ? error.message.slice(0, 300) : '';
  return [`HTTP ${answer.status}`, code, message].filter(Boolean).join(' · ');
}

export function sortUpload(answer: HttpAnswer): UploadOutcome {
  const { status } = answer;
  if (status === 200 || status === 201) return { kind: 'answered', body: answer.body };
  if (status === 401 || status === 403) return { kind: 'unauthorized', reason: reasonOf(answer) };
  if (status === 408 || status === 425 || status === 429 || status >= 500 || status < 200) {
    const retry = { kind: 'retry' as const, reason: reasonOf(answer) };
    return answer.retryAfterMs === undefined
      ? retry
      : { ...retry, retryAfterMs: answer.retryAfterMs };
  }
  return { kind: 'refused', status, reason: reasonOf(answer) };
}

export function httpCenterClient(access: CenterAccess, timeoutMs?: number): CenterClient {
  return {
    async upload(signed, signal) {
      try {
        const answer = await requestJson({
          url: access.url + API.reports,
          method: 'POST',
          body: signed,
          token: access.token ?? undefined,
          ca: access.ca,
          signal,
          timeoutMs,
        });
        return sortUpload(answer);
      } catch (err) {
        const failure =
          err instanceof HttpFailure ? err : new HttpFailure('unreachable', String(err));
        if (failure.kind === 'aborted') throw failure;
        return { kind: 'retry', reason: `${failure.kind}: ${failure.message}` };
      }
    },
    call: (path, method, body, signal) => callCenter(access, path, method, body, signal, timeoutMs),
  };
}

/** A call made with the operator waiting (enrolment, the meetings list): errors said plainly. */
export async function callCenter(
  access: CenterAccess,
  path: string,
  method: 'GET' | 'POST',
  body: unknown,
  signal: AbortSignal,
  timeoutMs?: number,
): Promise<HttpAnswer> {
  try {
    return await requestJson({
      url: access.url + path,
      method,
      body,
      token: access.token ?? undefined,
      ca: access.ca,
      signal,
      timeoutMs,
    });
  } catch (err) {
    if (err instanceof HttpFailure) throw err;
    throw new HttpFailure('unreachable', String(err));
  }
}
