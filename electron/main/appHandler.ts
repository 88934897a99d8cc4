import fs from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { resolveAppUrl } from './appUrl';

/** Reads a file:// URL; in the app this is Electron's `net.fetch`, in tests a fake. */
export type FetchFile = (fileUrl: string) => Promise<Response>;

const notFound = (): Response => new Response('Not found', { status: 404 });

/**
 * The app:// request handler, without Electron: resolve the URL to a file of the renderer
 * folder (or 404), read it with `fetchFile`, and add the CSP and nosniff headers. protocol.ts
 * hands it to `protocol.handle` with `net.fetch`; tests call it with a Request and a fake.
 */
export function createAppHandler(
  rendererDir: string,
  fetchFile: FetchFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const resolved = resolveAppUrl(request.url, rendererDir);
    if (!resolved.ok) return notFound();
    try {
      // Files only: Chromium's file loader could answer a folder with a listing of it.
      if (!(await fs.stat(resolved.file)).isFile()) return notFound();
    } catch {
      return notFound();
    }
    const response = await fetchFile(pathToFileURL(resolved.file).href);
    const headers = new Headers(response.headers);
    headers.set('content-security-policy', CONTENT_SECURITY_POLICY);
    headers.set('x-content-type-options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  };
}
