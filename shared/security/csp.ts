/**
 * The Content-Security-Policy of every page the app serves, in Electron (app://) and in the
 * browser build. Inline styles are allowed because Mantine sets style attributes; scripts never.
 * What the page does not use is 'none' rather than left to default-src: no forms submitted
 * anywhere (every form is handled in script), no frames, workers, media or web manifest.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "media-src 'none'",
  "manifest-src 'none'",
  "frame-ancestors 'none'",
].join('; ');
