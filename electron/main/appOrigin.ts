/**
 * The app's own origin, app://diemcau, and the one test of whether a URL belongs to it. Imports
 * nothing from Electron, so the IPC sender check, the navigation guards and the app:// resolver
 * that depend on it are tested in plain Node.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'diemcau';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * The parsed URL when `raw` is on app://diemcau, else null (unparsable, another scheme, another
 * host, a port or user info).
 *
 * Compares the scheme and host rather than `URL.origin`: under the WHATWG rules Node follows,
 * the origin of any URL with a scheme it does not know is the string "null", so an origin
 * comparison would depend on whether Electron's parser knows that app:// is registered as
 * standard. `host` includes the port, so app://diemcau:1 differs; user info is refused
 * separately because app://x@diemcau has host "diemcau".
 */
export function parseAppUrl(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  if (url.username !== '' || url.password !== '') return null;
  return url;
}

export const isAppUrl = (raw: string): boolean => parseAppUrl(raw) !== null;
