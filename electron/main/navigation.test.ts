import { describe, expect, it } from 'vitest';
import { mayNavigate, mayRedirect } from './navigation';

const APP_URLS = [
  'app://diemcau/index.html',
  'app://diemcau/',
  'app://diemcau/index.html#/directory/import',
];

// Everything a page, a link or a server could try to take the window to.
const FOREIGN_URLS = [
  'https://example.com/',
  'http://127.0.0.1:4173/',
  'http://localhost:5173/',
  'file:///etc/passwd',
  'file:///C:/Windows/win.ini',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://diemcau/5b1f0c3e-8d1e-4c5e-9f5a-1c2d3e4f5a6b',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'app://diemcau.evil/index.html',
  'app://other/index.html',
  'app://diemcau:8080/index.html',
  'app://evil@diemcau/index.html',
  'app:///index.html',
  'mailto:someone@example.com',
  '',
  'not a url',
  'http://[::1',
];

describe('mayNavigate and mayRedirect', () => {
  it.each(APP_URLS)('allow the app itself: %s', (url) => {
    expect(mayNavigate(url)).toBe(true);
    expect(mayRedirect(url)).toBe(true);
  });

  it.each(FOREIGN_URLS)('refuse %s', (url) => {
    expect(mayNavigate(url)).toBe(false);
    expect(mayRedirect(url)).toBe(false);
  });

  it('refuse, without throwing, a value that is not a string at all', () => {
    // An event whose shape changed in a later Electron must not throw inside its handler.
    expect(mayNavigate(undefined as unknown as string)).toBe(false);
    expect(mayRedirect(null as unknown as string)).toBe(false);
  });
});
