import { describe, expect, it, vi } from 'vitest';
import { denyPermissions, guardWebContents } from './guards';

/**
 * A stand-in for a web contents that records what the guards register, and fires fake events
 * at them. Firing an event nobody listens to fails the test, so a guard that is no longer
 * registered is caught.
 */
class FakeContents {
  readonly listeners = new Map<string, (event: FakeEvent) => void>();
  openHandler: ((details: { url: string }) => { action: string }) | undefined;

  on(name: string, listener: (event: FakeEvent) => void): this {
    this.listeners.set(name, listener);
    return this;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }

  fire(name: string, url: string, isMainFrame = true): FakeEvent {
    const listener = this.listeners.get(name);
    if (!listener) throw new Error(`no ${name} guard registered`);
    const event = { url, isMainFrame, preventDefault: vi.fn() };
    listener(event);
    return event;
  }

  open(url: string): { action: string } {
    if (!this.openHandler) throw new Error('no window open handler registered');
    return this.openHandler({ url });
  }
}

interface FakeEvent {
  url: string;
  isMainFrame: boolean;
  preventDefault: () => void;
}

function guarded() {
  const contents = new FakeContents();
  const log = vi.fn();
  guardWebContents(contents, log);
  return { contents, log };
}

const FOREIGN = [
  'https://example.com/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<h1>x</h1>',
  'app://diemcau.evil/index.html',
  'app://other/index.html',
  'not a url',
  'http://[::1',
];

describe('guardWebContents', () => {
  it.each(['will-navigate', 'will-redirect'])('%s lets the app load its own pages', (name) => {
    const { contents } = guarded();
    expect(contents.fire(name, 'app://diemcau/index.html').preventDefault).not.toHaveBeenCalled();
  });

  it.each(FOREIGN)('will-navigate stops the window going to %s', (url) => {
    const { contents, log } = guarded();
    expect(contents.fire('will-navigate', url).preventDefault).toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(`Refused navigation to ${url}`);
  });

  it.each(FOREIGN)('will-redirect stops a redirect to %s', (url) => {
    const { contents } = guarded();
    expect(contents.fire('will-redirect', url).preventDefault).toHaveBeenCalled();
  });

  it.each(FOREIGN)('will-frame-navigate stops an iframe going to %s', (url) => {
    const { contents } = guarded();
    expect(contents.fire('will-frame-navigate', url, false).preventDefault).toHaveBeenCalled();
  });

  it('lets an iframe load the app itself (the CSP refuses frames anyway)', () => {
    const { contents } = guarded();
    const event = contents.fire('will-frame-navigate', 'app://diemcau/index.html', false);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('does not throw on a URL that cannot be parsed, or on no URL at all', () => {
    const { contents } = guarded();
    for (const name of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      expect(() => contents.fire(name, '::::', false)).not.toThrow();
      expect(() => contents.fire(name, undefined as unknown as string, false)).not.toThrow();
    }
  });

  it.each([
    'https://example.com/',
    'http://example.com/',
    'mailto:someone@example.com',
    'file:///etc/passwd',
    'app://diemcau/index.html',
  ])('denies a new window for %s and opens nothing outside', (url) => {
    const { contents, log } = guarded();
    expect(contents.open(url)).toEqual({ action: 'deny' });
    expect(log).toHaveBeenCalledWith(`Refused a new window for ${url}`);
  });

  it('refuses any <webview>', () => {
    const { contents } = guarded();
    expect(
      contents.fire('will-attach-webview', 'app://diemcau/').preventDefault,
    ).toHaveBeenCalled();
  });
});

describe('denyPermissions', () => {
  function denied() {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    let device: (() => boolean) | undefined;
    denyPermissions({
      setPermissionRequestHandler: (h) => (request = h),
      setPermissionCheckHandler: (h) => (check = h),
      setDevicePermissionHandler: (h) => (device = h),
    });
    if (!request || !check || !device) throw new Error('a permission handler is missing');
    return { request, check, device };
  }

  it.each(['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal'])(
    'answers no to a request for %s',
    (permission) => {
      const callback = vi.fn();
      denied().request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    },
  );

  it('answers no to every permission and device check', () => {
    const { check, device } = denied();
    expect(check()).toBe(false);
    expect(device()).toBe(false);
  });
});
