import { isAppUrl } from './appOrigin';

/**
 * Where the app's windows may go: pure decisions on URL strings, wired to Electron's events in
 * guards.ts. They take whatever string an event carries and never throw (an unparsable URL is
 * refused, not an exception in an event handler).
 */

/**
 * A document may be loaded only from the app itself. The renderer routes after `#`
 * (createHashRouter), which is an in-page navigation that never asks; everything else
 * (javascript:, data:, blob:, file:, http(s), app:// with another host) is refused.
 */
export const mayNavigate = (url: string): boolean => isAppUrl(url);

/**
 * A redirect must land where a navigation may. The app:// handler never redirects, so this
 * only matters if a response we did not write (or a future handler) tries to take the window
 * elsewhere; refusing cancels the whole navigation.
 */
export const mayRedirect = (url: string): boolean => isAppUrl(url);

/*
 * Nothing opens a new window and nothing is handed to the system browser (guards.ts denies
 * every window.open and the shell never calls `shell.openExternal`): the renderer has no link
 * that leaves the app. Its links are hash routes, and exports are `a[download]` of blob: URLs,
 * which Chromium treats as downloads, not as navigations or new windows. If a link is ever
 * needed, add an allowlist of exact URL constants here with a test, and open the listed
 * constant, never the string the page sent (docs/security.md).
 */
