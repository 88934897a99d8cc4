import { describe, expect, it, vi } from 'vitest';
import { IPC_INVOKE_CHANNEL } from '../../shared/api/transport';
import type { InvokeRegistry, SenderEvent } from './ipc';
import { isTrustedSender, registerIpc } from './ipc';

// Fake IPC events: what Electron's IpcMainInvokeEvent carries for the sender check, no binary.
const topFrame = (url: string) => ({ url, parent: null });
const fromTop = (url: string): SenderEvent => ({ senderFrame: topFrame(url) });
const fromIframe = (url: string): SenderEvent => ({
  senderFrame: { url, parent: topFrame('app://diemcau/index.html') },
});

describe('isTrustedSender', () => {
  it.each([
    'app://diemcau/index.html',
    'app://diemcau/',
    'app://diemcau/index.html#/meetings/01J0/checkin',
  ])('accepts the app top frame at %s', (url) => {
    expect(isTrustedSender(fromTop(url))).toBe(true);
  });

  it('refuses an iframe, even one on app://diemcau', () => {
    expect(isTrustedSender(fromIframe('app://diemcau/index.html'))).toBe(false);
  });

  it.each([
    ['file://', 'file:///opt/diemcau/out/renderer/index.html'],
    ['the Vite dev server', 'http://localhost:5173/'],
    ['the loopback host', 'http://127.0.0.1:4173/'],
    ['a web page', 'https://example.com/'],
    ['a lookalike host', 'app://diemcau.evil/index.html'],
    ['a subdomain-style lookalike', 'app://evil.diemcau/index.html'],
    ['another app host', 'app://other/index.html'],
    ['a port', 'app://diemcau:8080/index.html'],
    ['user info', 'app://evil@diemcau/index.html'],
    ['user info hiding the host', 'app://diemcau@evil/index.html'],
    ['another scheme with the host', 'diemcau://app/index.html'],
    ['no authority', 'app:diemcau/index.html'],
    ['an empty host', 'app:///diemcau/index.html'],
    ['about:blank', 'about:blank'],
    ['a data: document', 'data:text/html,<h1>x</h1>'],
    ['an empty URL', ''],
    ['an unparsable URL', 'http://[::1'],
  ])('refuses a top frame from %s', (_what, url) => {
    expect(isTrustedSender(fromTop(url))).toBe(false);
  });

  it('refuses a missing senderFrame (navigated away or destroyed)', () => {
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
  });

  it('refuses a frame whose parent is not known to be null', () => {
    const event = { senderFrame: { url: 'app://diemcau/index.html' } } as unknown as SenderEvent;
    expect(isTrustedSender(event)).toBe(false);
  });

  it('refuses, without throwing, when reading the frame throws (a destroyed frame)', () => {
    const event = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(isTrustedSender(event)).toBe(false);
  });
});

describe('registerIpc', () => {
  type Listener = Parameters<InvokeRegistry['handle']>[1];

  function register() {
    const listeners = new Map<string, Listener>();
    const ipcMain: InvokeRegistry = {
      handle: (channel, listener) => listeners.set(channel, listener),
    };
    const call = vi.fn(async () => ({ ok: true as const, value: 'answer' }));
    registerIpc(ipcMain, call);
    const listener = listeners.get(IPC_INVOKE_CHANNEL);
    if (!listener) throw new Error(`nothing registered on ${IPC_INVOKE_CHANNEL}`);
    return { listeners, listener, call };
  }

  it('registers one channel', () => {
    expect([...register().listeners.keys()]).toEqual([IPC_INVOKE_CHANNEL]);
  });

  it('passes the trusted top frame to the core', async () => {
    const { listener, call } = register();
    const answer = await listener(fromTop('app://diemcau/index.html'), 'profile.get', {});
    expect(answer).toEqual({ ok: true, value: 'answer' });
    expect(call).toHaveBeenCalledWith('profile.get', {});
  });

  it.each([
    ['an iframe', fromIframe('app://diemcau/index.html')],
    ['a lookalike host', fromTop('app://diemcau.evil/index.html')],
    ['file://', fromTop('file:///tmp/index.html')],
    ['a missing frame', { senderFrame: null }],
  ])('refuses %s before the core sees the call', async (_what, event) => {
    const { listener, call } = register();
    const answer = await listener(event, 'profile.get', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'TRANSPORT' } });
    expect(call).not.toHaveBeenCalled();
  });

  it('refuses a method name that is not a string', async () => {
    const { listener, call } = register();
    const answer = await listener(fromTop('app://diemcau/'), { toString: () => 'x' }, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(call).not.toHaveBeenCalled();
  });
});
