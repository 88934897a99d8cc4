/**
 * Calls the running host's API from the test process, as the page does (POST /api/<method> with
 * the page's token): for setting up data a test is not about.
 */
export async function hostApi(url: string) {
  const html = await (await fetch(url)).text();
  const token = /<meta name="diemcau-token" content="([A-Za-z0-9_-]+)"/.exec(html)?.[1];
  if (!token) throw new Error('No token in the page');
  const base = url.replace(/\/$/, '');
  return async function call<T = unknown>(method: string, input: unknown): Promise<T> {
    const res = await fetch(`${base}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-diemcau-token': token },
      body: JSON.stringify(input),
    });
    const envelope = (await res.json()) as { ok: boolean; value?: T; error?: unknown };
    if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error)}`);
    return envelope.value as T;
  };
}
