import { describe, expect, it, vi } from 'vitest';
import { createApi } from '../../shared/api/client';
import { AppError } from '../../shared/api/errors';
import type { EventSourceLike } from './httpBridge';
import { createHttpBridge, readTokenFromPage } from './httpBridge';

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

class FakeEventSource implements EventSourceLike {
  static last: FakeEventSource | null = null;
  readonly listeners = new Map<string, Set<(event: MessageEvent) => void>>();
  readyState = 0;
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(type: string, listener: (event: MessageEvent) => void) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(listener);
  }
  removeEventListener(type: string, listener: (event: MessageEvent) => void) {
    this.listeners.get(type)?.delete(listener);
  }
  close() {
    this.closed = true;
  }
  /** What the browser does: an error while retrying (0), or when it gave up (2); then open. */
  fire(type: 'error' | 'open', readyState: number) {
    this.readyState = readyState;
    for (const l of this.listeners.get(type) ?? []) l(new MessageEvent(type));
  }
  emit(type: string, data: string) {
    for (const l of this.listeners.get(type) ?? []) l(new MessageEvent(type, { data }));
  }
}

describe('HTTP bridge', () => {
  it('posts the input with the token and returns the success value', async () => {
    const fetch = vi.fn(async () =>
      jsonResponse({ ok: true, value: [{ id: 'g1', name: 'A', sortOrder: 1 }] }),
    );
    const api = createApi(createHttpBridge({ token: 'secret', fetch }));

    await expect(api.invoke('groups.list', {})).resolves.toEqual([
      { id: 'g1', name: 'A', sortOrder: 1 },
    ]);

    expect(fetch).toHaveBeenCalledWith('/api/groups.list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-diemcau-token': 'secret' },
      body: '{}',
    });
  });

  it('turns an error envelope into an AppError with its code and field issues', async () => {
    const issues = [{ path: ['title'], message: 'required' }];
    const fetch = vi.fn(async () =>
      jsonResponse({
        ok: false,
        error: { code: 'VALIDATION', message: 'Invalid', details: { issues } },
      }),
    );
    const api = createApi(createHttpBridge({ token: 't', fetch }));

    const err = await api.invoke('meetings.get', { id: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('VALIDATION');
    expect((err as AppError).details?.issues).toEqual(issues);
  });

  it('reports a refused request or a dead host as TRANSPORT', async () => {
    const refused = createApi(
      createHttpBridge({
        token: 't',
        fetch: vi.fn(async () => new Response('no', { status: 403 })),
      }),
    );
    await expect(refused.invoke('app.info', {})).rejects.toMatchObject({ code: 'TRANSPORT' });

    const dead = createApi(
      createHttpBridge({
        token: 't',
        fetch: vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
      }),
    );
    await expect(dead.invoke('app.info', {})).rejects.toMatchObject({ code: 'TRANSPORT' });
  });

  it('delivers server-sent events by name over one connection, until unsubscribed', () => {
    const bridge = createHttpBridge({ token: 'a b', fetch: vi.fn(), EventSource: FakeEventSource });
    const attendance = vi.fn();
    const meetings = vi.fn();
    const off = bridge.on('attendance.changed', attendance);
    bridge.on('meetings.changed', meetings);
    const source = FakeEventSource.last!;

    expect(source.url).toBe('/api/events?token=a%20b');
    source.emit('attendance.changed', '{"meetingId":"m1"}');
    source.emit('meetings.changed', 'not json');
    expect(attendance).toHaveBeenCalledWith({ meetingId: 'm1' });
    expect(meetings).not.toHaveBeenCalled();

    off();
    source.emit('attendance.changed', '{"meetingId":"m2"}');
    expect(attendance).toHaveBeenCalledTimes(1);
  });

  it('says when the stream breaks, comes back (read again) or is given up (reload)', () => {
    const bridge = createHttpBridge({ token: 't', fetch: vi.fn(), EventSource: FakeEventSource });
    const seen: string[] = [];
    const off = bridge.onStream((status) => seen.push(status));
    const source = FakeEventSource.last!;
    // The first opening counts too: what was sent before it was not heard either.
    source.fire('open', 1);
    source.fire('error', 0);
    source.fire('error', 0);
    source.fire('open', 1);
    source.fire('error', 2);
    expect(seen).toEqual(['up', 'down', 'down', 'up', 'closed']);

    bridge.on('speeches.changed', () => {});
    expect(FakeEventSource.last).toBe(source); // one stream for events and their status
    off();
    source.fire('error', 0);
    expect(seen).toHaveLength(5);
  });

  it('reads the token the host put into the page', () => {
    const doc = {
      querySelector: (sel: string) =>
        sel === 'meta[name="diemcau-token"]' ? { getAttribute: () => 'tok' } : null,
    } as unknown as Document;
    expect(readTokenFromPage(doc)).toBe('tok');
  });
});
