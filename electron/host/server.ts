import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { CONTENT_SECURITY_POLICY as CSP } from '../../shared/security/csp';
import type { Core } from '../core/core';

/**
 * The browser transport: the same dispatch the Electron IPC uses, as POST /api/<method> on
 * 127.0.0.1, plus server-sent events. Guarded by a per-run token and a Host check, so neither
 * another website (no token) nor a DNS-rebinding page (wrong Host) can drive the core.
 */
export interface HostOptions {
  core: Core;
  token: string;
  /** Built renderer (out/renderer); index.html gets the token injected as a meta tag. */
  staticDir: string | null;
  maxBodyBytes?: number;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...SECURITY_HEADERS });
  res.end(JSON.stringify(body));
}

/** Reads the body; past the limit it keeps draining (so the reply can still be sent) and fails. */
function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () =>
      size > limit
        ? reject(new Error('too large'))
        : resolve(Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

export function createHostServer(options: HostOptions): http.Server {
  const { core, token, staticDir } = options;
  // A 20 MB roster arrives as base64 inside JSON.
  const limit = options.maxBodyBytes ?? 32 * 1024 * 1024;
  const streams = new Set<http.ServerResponse>();
  core.onEvent((event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of streams) res.write(frame);
  });

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) json(res, 500, { error: 'internal' });
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) {
      json(res, 421, { error: 'wrong host' });
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname === '/api/events' && req.method === 'GET') {
      if (!sameToken(url.searchParams.get('token'), token))
        return json(res, 401, { error: 'token' });
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        connection: 'keep-alive',
        ...SECURITY_HEADERS,
      });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return json(res, 405, { error: 'method' });
      if (!sameToken(req.headers['x-diemcau-token'] as string | undefined, token)) {
        return json(res, 401, { error: 'token' });
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return json(res, 415, { error: 'content-type' });
      }
      // Say "too large" before reading, so the client gets an answer rather than a reset socket.
      if (Number(req.headers['content-length'] ?? 0) > limit)
        return json(res, 413, { error: 'too large' });
      let body: string;
      try {
        body = await readBody(req, limit);
      } catch {
        return json(res, 413, { error: 'too large' });
      }
      let input: unknown;
      try {
        input = body.trim() === '' ? {} : JSON.parse(body);
      } catch {
        return json(res, 200, {
          ok: false,
          error: { code: 'VALIDATION', message: 'Body is not JSON', details: { issues: [] } },
        });
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      return json(res, 200, await core.call(method, input));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: 'method' });
    serveStatic(url.pathname, res);
  }

  function serveStatic(pathname: string, res: http.ServerResponse): void {
    if (!staticDir) return json(res, 404, { error: 'no renderer build' });
    const root = path.resolve(staticDir);
    let rel: string;
    try {
      rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    } catch {
      return json(res, 404, { error: 'not found' });
    }
    const file = path.resolve(root, rel);
    if (file !== root && !file.startsWith(root + path.sep))
      return json(res, 404, { error: 'not found' });
    let data: Buffer;
    try {
      data = fs.readFileSync(file);
    } catch {
      return json(res, 404, { error: 'not found' });
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'content-security-policy': CSP, ...SECURITY_HEADERS };
    if (path.basename(file) === 'index.html') {
      const html = data
        .toString('utf8')
        .replace('</head>', `<meta name="diemcau-token" content="${token}"></head>`);
      res.writeHead(200, headers);
      res.end(html);
      return;
    }
    res.writeHead(200, headers);
    res.end(data);
  }

  server.on('close', () => {
    for (const res of streams) res.end();
    streams.clear();
  });
  return server;
}

/** Ends open event streams so server.close() can finish. */
export function closeHost(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
