import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AppUrlRefusal } from './appUrl';
import { resolveAppUrl } from './appUrl';

// Fixed roots and explicit path modules: the same answers on Linux, macOS and Windows runners.
const ROOT = '/opt/diemcau/out/renderer';
const WIN_ROOT = 'C:\\Program Files\\Diem Cau\\resources\\out\\renderer';
const posix = (url: string) => resolveAppUrl(url, ROOT, path.posix);
const win = (url: string) => resolveAppUrl(url, WIN_ROOT, path.win32);

const inside = (file: string, root: string, p: path.PlatformPath): boolean => {
  const relative = p.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !p.isAbsolute(relative);
};

describe('resolveAppUrl: the renderer files', () => {
  it.each([
    ['app://diemcau/', 'index.html'],
    ['app://diemcau', 'index.html'],
    ['app://diemcau/index.html', 'index.html'],
    ['app://diemcau/index.html#/meetings/01J0/checkin', 'index.html'],
    ['app://diemcau/assets/index-C2PdRkwu.js', 'assets/index-C2PdRkwu.js'],
    ['app://diemcau/assets/index-Ble7_ipu.css', 'assets/index-Ble7_ipu.css'],
    ['app://diemcau/assets/x.js?v=1#a', 'assets/x.js'],
  ])('maps %s to %s', (url, file) => {
    expect(posix(url)).toEqual({ ok: true, file: path.posix.join(ROOT, file) });
  });

  it('maps to the Windows folder with Windows separators', () => {
    expect(win('app://diemcau/assets/x.js')).toEqual({
      ok: true,
      file: `${WIN_ROOT}\\assets\\x.js`,
    });
  });
});

describe('resolveAppUrl: hostile requests', () => {
  const hostile: [string, AppUrlRefusal][] = [
    // Other origins.
    ['app://diemcau.evil/index.html', 'not-app-origin'],
    ['app://other/index.html', 'not-app-origin'],
    ['app://diemcau:8080/index.html', 'not-app-origin'],
    ['app://evil@diemcau/index.html', 'not-app-origin'],
    ['app:///etc/passwd', 'not-app-origin'],
    ['app:diemcau/index.html', 'not-app-origin'],
    ['file:///etc/passwd', 'not-app-origin'],
    ['http://diemcau/index.html', 'not-app-origin'],
    ['not a url', 'not-app-origin'],
    ['', 'not-app-origin'],
    // Traversal, plain and encoded.
    ['app://diemcau/../../../etc/passwd', 'suspicious-path'],
    ['app://diemcau/assets/../../secret.txt', 'suspicious-path'],
    ['app://diemcau/./index.html', 'suspicious-path'],
    ['app://diemcau/%2e%2e/%2e%2e/etc/passwd', 'suspicious-path'],
    ['app://diemcau/%2E%2E/secret.txt', 'suspicious-path'],
    ['app://diemcau/.%2e/secret.txt', 'suspicious-path'],
    ['app://diemcau/%2e./secret.txt', 'suspicious-path'],
    // Encoded separators and backslashes.
    ['app://diemcau/assets%2f..%2f..%2fsecret.txt', 'suspicious-path'],
    ['app://diemcau/%2fetc%2fpasswd', 'suspicious-path'],
    ['app://diemcau/..%5c..%5csecret.txt', 'suspicious-path'],
    ['app://diemcau/%5C%5Cserver%5Cshare%5Cx', 'suspicious-path'],
    ['app://diemcau/..\\..\\secret.txt', 'suspicious-path'],
    ['app://diemcau/assets\\x.js', 'suspicious-path'],
    // NUL and control characters (a URL parser drops tabs and newlines: `.\t.` would be `..`).
    ['app://diemcau/index.html%00.png', 'suspicious-path'],
    ['app://diemcau/index.html\u0000', 'suspicious-path'],
    ['app://diemcau/.\t./secret.txt', 'suspicious-path'],
    ['app://diemcau/.\n./secret.txt', 'suspicious-path'],
    // Encodings that do not decode, or decode to something no renderer file is called.
    ['app://diemcau/%c0%ae%c0%ae/secret.txt', 'bad-encoding'],
    ['app://diemcau/%zz', 'bad-encoding'],
    ['app://diemcau/%252e%252e/secret.txt', 'bad-segment'],
    ['app://diemcau/%E2%80%AEtxt.js', 'bad-segment'],
    // Absolute paths and drive letters.
    ['app://diemcau//etc/passwd', 'empty-segment'],
    ['app://diemcau/assets/', 'empty-segment'],
    ['app://diemcau/C:/Windows/win.ini', 'bad-segment'],
    ['app://diemcau/%43%3A/Windows/win.ini', 'bad-segment'],
    ['app://diemcau/c:', 'bad-segment'],
    // Names a filesystem reads differently.
    ['app://diemcau/.env', 'bad-segment'],
    ['app://diemcau/index.html.', 'bad-segment'],
    ['app://diemcau/index.html%20', 'bad-segment'],
    ['app://diemcau/index.html::$DATA', 'bad-segment'],
    ['app://diemcau/con', 'reserved-name'],
    ['app://diemcau/NUL.txt', 'reserved-name'],
    ['app://diemcau/assets/com1.js', 'reserved-name'],
  ];

  it.each(hostile)('refuses %s (%s)', (url, reason) => {
    expect(posix(url)).toEqual({ ok: false, reason });
    expect(win(url)).toEqual({ ok: false, reason });
  });

  it('never resolves outside the folder, whatever the path (property)', () => {
    const unit = fc.constantFrom(...'./\\%25efcC:0aA'.split(''), '%2e', '%2f', '%5c', '%00', '..');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 24 }), (tail) => {
        const url = `app://diemcau/${tail}`;
        const p = posix(url);
        const w = win(url);
        return (
          (!p.ok || inside(p.file, ROOT, path.posix)) &&
          (!w.ok || inside(w.file, WIN_ROOT, path.win32))
        );
      }),
      { numRuns: 2000 },
    );
  });
});
