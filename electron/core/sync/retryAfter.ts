/**
 * The wait a busy center asks for in `Retry-After` (RFC 9110 §10.2.3): a number of seconds or
 * an HTTP date. Anything else is ignored, so a proxy's odd header never stops the worker; a
 * date in the past asks for no wait.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at) || !/[a-z]/i.test(text)) return undefined;
  return Math.max(0, at - nowMs);
}
