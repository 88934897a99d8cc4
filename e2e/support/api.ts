import type { Envelope } from '../../shared/api/transport';
import { TOKEN_HEADER, TOKEN_META_NAME, methodPath } from '../../shared/api/transport';

/**
 * Calls the running host's API from the test process, as the page does (POST /api/<method> with
 * the page's token): for setting up data a test is not about.
 */
/** A call to the host's API: resolves to the value, throws on an error envelope. */
export type HostCall = <T = unknown>(method: string, input: unknown) => Promise<T>;

export async function hostApi(url: string): Promise<HostCall> {
  const html = await (await fetch(url)).text();
  const token = new RegExp(`<meta name="${TOKEN_META_NAME}" content="([A-Za-z0-9_-]+)"`).exec(
    html,
  )?.[1];
  if (!token) throw new Error('No token in the page');
  const base = new URL(url).origin;
  return async function call<T = unknown>(method: string, input: unknown): Promise<T> {
    const res = await fetch(`${base}${methodPath(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(input),
    });
    const envelope = (await res.json()) as Envelope<T>;
    if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error)}`);
    return envelope.value;
  };
}
