import path from 'node:path';
import { parseAppUrl } from './appOrigin';

/** Why a request was not mapped to a file; the handler answers 404 whatever the reason. */
export type AppUrlRefusal =
  | 'not-app-origin'
  | 'suspicious-path'
  | 'bad-encoding'
  | 'empty-segment'
  | 'bad-segment'
  | 'reserved-name'
  | 'outside-root';

export type AppUrlResolution = { ok: true; file: string } | { ok: false; reason: AppUrlRefusal };

/**
 * What a path segment of the renderer folder may be: Vite writes `index.html` and
 * `assets/<name>-<hash>.<ext>`, whose names use only these characters. No leading dot (so no
 * `.`, `..` or hidden file) and no trailing dot (Windows drops trailing dots, so `x.js.` would
 * open `x.js`). This also keeps out `/` and `\` however they were encoded, NUL and other
 * control characters, spaces, and `:` (drive letters such as `C:`, NTFS streams `x.js:s`).
 * A file named otherwise would answer 404 in Electron: rename it in the build, not here.
 */
const SEGMENT = /^[A-Za-z0-9_-](?:[A-Za-z0-9._-]*[A-Za-z0-9_-])?$/;

/**
 * DOS device names, which Windows opens as devices in any folder and with any extension.
 * Refused on every platform so the app answers the same everywhere.
 */
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\..*)?$/i;

/**
 * Encoded dots and separators, backslashes and dot segments in the URL as written. Chromium
 * canonicalises a request URL before the handler sees it, and Node's URL parser removes dot
 * segments (`%2e%2e` too) and drops tabs and newlines before we see the path; refusing these
 * in the string as given means no parser's reading of them can matter.
 */
const SUSPICIOUS_RAW = /%2e|%2f|%5c|%00|\\|(?:^|\/)\.{1,2}(?:\/|$)/i;

const hasControlCharacter = (s: string): boolean =>
  [...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/**
 * Maps an app://diemcau request URL to a file inside `rootDir`, or refuses it. Query and
 * fragment are ignored; `/` is `index.html`. `pathApi` is the platform's path module; tests
 * pass `path.win32` to check the Windows rules on any machine.
 */
export function resolveAppUrl(
  requestUrl: string,
  rootDir: string,
  pathApi: path.PlatformPath = path,
): AppUrlResolution {
  const url = parseAppUrl(requestUrl);
  if (!url) return { ok: false, reason: 'not-app-origin' };

  const beforeQuery = requestUrl.split(/[?#]/, 1)[0] ?? '';
  if (SUSPICIOUS_RAW.test(beforeQuery) || hasControlCharacter(beforeQuery)) {
    return { ok: false, reason: 'suspicious-path' };
  }

  const pathname = url.pathname === '' || url.pathname === '/' ? '/index.html' : url.pathname;
  const segments: string[] = [];
  for (const encoded of pathname.slice(1).split('/')) {
    if (encoded === '') return { ok: false, reason: 'empty-segment' };
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return { ok: false, reason: 'bad-encoding' };
    }
    if (!SEGMENT.test(segment)) return { ok: false, reason: 'bad-segment' };
    if (WINDOWS_DEVICE.test(segment)) return { ok: false, reason: 'reserved-name' };
    segments.push(segment);
  }

  // The last word, independent of the rules above being complete: the file must be inside root.
  const root = pathApi.resolve(rootDir);
  const file = pathApi.resolve(root, ...segments);
  const relative = pathApi.relative(root, file);
  const escapes = relative === '..' || relative.startsWith(`..${pathApi.sep}`);
  if (relative === '' || escapes || pathApi.isAbsolute(relative)) {
    return { ok: false, reason: 'outside-root' };
  }
  return { ok: true, file };
}
