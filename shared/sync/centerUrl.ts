/**
 * The center's address as the operator types it. HTTPS anywhere; plain HTTP only to this
 * machine or a private network (a test center in the room, a provincial LAN), and then with a
 * warning, since a token and the reports would cross that network readable by anyone on it.
 */
export type CenterUrlCheck =
  | { ok: true; url: string; warning: null | 'plain_http_lan' }
  | { ok: false; reason: 'invalid_url' | 'unsupported_protocol' | 'plain_http_public' };

/**
 * The WHATWG URL parser, present in Node, Chromium and Electron alike; `shared/` is compiled
 * without DOM or Node types, so the few members read here are declared.
 */
interface ParsedUrl {
  protocol: string;
  host: string;
  hostname: string;
  pathname: string;
  username: string;
  password: string;
  search: string;
  hash: string;
}
declare const URL: new (input: string) => ParsedUrl;

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** Loopback, RFC 1918, link-local and CGNAT-free private ranges; `.local`/`.lan` names. */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host.endsWith('.local') || host.endsWith('.lan') || host.endsWith('.internal')) return true;
  if (host === '::1') return true;
  // IPv6 unique local (fc00::/7) and link-local (fe80::/10).
  if (/^f[cd][0-9a-f]{2}:/.test(host) || /^fe[89ab][0-9a-f]:/.test(host)) return true;
  const m = IPV4.exec(host);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return (
    a === 127 ||
    a === 10 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254)
  );
}

export function checkCenterUrl(input: string): CenterUrlCheck {
  let url: ParsedUrl;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, reason: 'invalid_url' };
  }
  if (url.username || url.password || url.search || url.hash) {
    return { ok: false, reason: 'invalid_url' };
  }
  // The base the API paths are put under, without a trailing slash.
  const normalised = `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
  if (url.protocol === 'https:') return { ok: true, url: normalised, warning: null };
  if (url.protocol !== 'http:') return { ok: false, reason: 'unsupported_protocol' };
  if (!isLocalHost(url.hostname)) return { ok: false, reason: 'plain_http_public' };
  return { ok: true, url: normalised, warning: 'plain_http_lan' };
}
