import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../core/core';
import { LATEST_VERSION } from '../core/db/migrations';
import type { Core } from '../core/core';
import { closeHost, createHostServer } from './server';

const TOKEN = 'test-token-0123456789';

let dataDir: string;
let staticDir: string;
let core: Core;
let server: http.Server;
let base: string;
let port: number;

function request(
  pathname: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: pathname,
        method: init.method ?? 'GET',
        headers: init.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (init.body !== undefined) req.write(init.body);
    req.end();
  });
}

const api = (method: string, input: unknown, headers: Record<string, string> = {}) =>
  request(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-diemcau-token': TOKEN, ...headers },
    body: JSON.stringify(input),
  });

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-host-'));
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-static-'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<html><head></head><body></body></html>');
  fs.writeFileSync(path.join(dataDir, '..', 'outside-secret.txt'), 'secret');
  core = openCore({ dataDir, transport: 'http', version: 'test' });
  server = createHostServer({ core, token: TOKEN, staticDir });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  port = (server.address() as { port: number }).port;
  base = `http://127.0.0.1:${port}`;
});

afterEach(async () => {
  await closeHost(server);
  await core.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(staticDir, { recursive: true, force: true });
});

describe('loopback host', () => {
  it('answers a method call with the core envelope', async () => {
    const res = await api('app.info', {});
    expect(res.status).toBe(200);
    const env = JSON.parse(res.body);
    expect(env).toMatchObject({
      ok: true,
      value: { transport: 'http', schemaVersion: LATEST_VERSION },
    });
  });

  it('passes typed errors through for invalid input and unknown methods', async () => {
    const bad = JSON.parse(
      (await api('attendance.set', { inviteeId: 'x', status: 'absent_excused' })).body,
    );
    expect(bad.ok).toBe(false);
    expect(bad.error.code).toBe('VALIDATION');
    expect(bad.error.details.issues[0]).toMatchObject({
      path: ['reason'],
      message: 'reason_required',
    });
    const unknown = JSON.parse((await api('nope.nothing', {})).body);
    expect(unknown.error.code).toBe('UNKNOWN_METHOD');
    const notJson = await request('/api/app.info', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-diemcau-token': TOKEN },
      body: '{oops',
    });
    expect(JSON.parse(notJson.body).error.code).toBe('VALIDATION');
  });

  it('refuses calls without the per-run token', async () => {
    expect((await api('app.info', {}, { 'x-diemcau-token': 'wrong' })).status).toBe(401);
    const none = await request('/api/app.info', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(none.status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await api('app.info', {}, { host: `evil.example:${port}` });
    expect(res.status).toBe(421);
  });

  it('refuses form posts that a web page could send without preflight', async () => {
    const res = await api('app.info', {}, { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
  });

  it('serves index.html with the token and the CSP, and nothing outside its folder', async () => {
    const page = await request('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="diemcau-token" content="${TOKEN}">`);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await request('/..%2Foutside-secret.txt')).status).toBe(404);
    expect((await request('/../outside-secret.txt')).body).not.toContain('secret');
  });

  it('pushes core events to the event stream', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = http.get(`${base}/api/events?token=${TOKEN}`, (res) => {
        let buf = '';
        res.on('data', (c: Buffer) => {
          buf += c.toString();
          if (buf.includes('event: directory.changed')) {
            req.destroy();
            resolve(buf);
          }
        });
      });
      req.on('error', (e) => (e.message.includes('aborted') ? undefined : reject(e)));
      setTimeout(() => void api('people.create', { fullName: 'Lê Văn Tám' }), 100);
    });
    expect(await received).toContain('data: {}');
  });

  it('answers an oversized body with 413 instead of dropping the connection', async () => {
    await closeHost(server);
    server = createHostServer({ core, token: TOKEN, staticDir, maxBodyBytes: 1024 });
    await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
    const res = await api('people.create', { fullName: 'x'.repeat(5000) });
    expect(res.status).toBe(413);
    expect((await api('people.search', {})).status).toBe(200);
  });

  it('answers a malformed path with 404', async () => {
    expect((await request('/%E0%A4%A')).status).toBe(404);
  });

  it('refuses the event stream without the token', async () => {
    expect((await request('/api/events?token=nope')).status).toBe(401);
  });
  it('answers every refusal with an error envelope the UI can read', async () => {
    for (const res of [
      await api('app.info', {}, { 'x-diemcau-token': 'wrong' }),
      await api('app.info', {}, { 'content-type': 'text/plain' }),
      await request('/api/app.info'),
    ]) {
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'TRANSPORT' } });
    }
  });

  it('answers a method name with bad %-encoding with 400, not an internal error', async () => {
    const res = await request('/api/people.%E0%A4%A', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-diemcau-token': TOKEN },
      body: '{}',
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('serialises a reply before sending it: one JSON cannot carry is a logged 500 envelope', async () => {
    await closeHost(server);
    const logged: string[] = [];
    const unserialisable: Core = {
      ...core,
      call: async () => ({ ok: true, value: { count: 10n } }),
    };
    server = createHostServer({
      core: unserialisable,
      token: TOKEN,
      staticDir,
      log: (message) => logged.push(message),
    });
    await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
    const res = await api('app.info', {});
    expect(res.status).toBe(500);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(logged).toEqual(['Could not serialise a reply']);
  });
});
