import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { CONTENT_SECURITY_POLICY as CSP } from '../../shared/security/csp';
import type { ErrorCode } from '../../shared/api/errors';
import type { Envelope } from '../../shared/api/transport';
import {
  API_PREFIX,
  EVENTS_PATH,
  EVENTS_TOKEN_PARAM,
  MAX_REQUEST_BYTES,
  TOKEN_HEADER,
  TOKEN_META_NAME,
  errorEnvelope,
  refusal,
} from '../../shared/api/transport';
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
  log?: (message: string, err?: unknown) => void;
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

/** Serialises first, so a value JSON cannot carry is a logged 500, never an empty 200. */
function json(
  res: http.ServerResponse,
  status: number,
  body: Envelope<unknown>,
  log?: HostOptions['log'],
): void {
  let text: string;
  try {
    text = JSON.stringify(body);
  } catch (err) {
    log?.('Could not serialise a reply', err);
    status = 500;
    text = JSON.stringify(refusal('INTERNAL', 'The reply could not be serialised'));
  }
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...SECURITY_HEADERS });
  res.end(text);
}

const refuse = (res: http.ServerResponse, status: number, code: ErrorCode, message: string) =>
  json(res, status, refusal(code, message));

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
  const limit = options.maxBodyBytes ?? MAX_REQUEST_BYTES;
  const log = options.log;
  const streams = new Set<http.ServerResponse>();
  core.onEvent((event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of streams) res.write(frame);
  });

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      log?.('Host request failed', err);
      if (!res.headersSent) refuse(res, 500, 'INTERNAL', 'The host failed');
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) {
      refuse(res, 421, 'TRANSPORT', 'Wrong host');
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname === EVENTS_PATH && req.method === 'GET') {
      if (!sameToken(url.searchParams.get(EVENTS_TOKEN_PARAM), token))
        return refuse(res, 401, 'TRANSPORT', 'Missing or wrong token');
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

    if (url.pathname.startsWith(API_PREFIX)) {
      if (req.method !== 'POST') return refuse(res, 405, 'TRANSPORT', 'Use POST');
      if (!sameToken(req.headers[TOKEN_HEADER] as string | undefined, token)) {
        return refuse(res, 401, 'TRANSPORT', 'Missing or wrong token');
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return refuse(res, 415, 'TRANSPORT', 'Send application/json');
      }
      let method: string;
      try {
        method = decodeURIComponent(url.pathname.slice(API_PREFIX.length));
      } catch {
        return refuse(res, 400, 'UNKNOWN_METHOD', 'The method name is not valid %-encoding');
      }
      // Say "too large" before reading, so the client gets an answer rather than a reset socket.
      if (Number(req.headers['content-length'] ?? 0) > limit)
        return refuse(res, 413, 'IMPORT_TOO_LARGE', `The request is over ${limit} bytes`);
      let body: string;
      try {
        body = await readBody(req, limit);
      } catch {
        return refuse(res, 413, 'IMPORT_TOO_LARGE', `The request is over ${limit} bytes`);
      }
      let input: unknown;
      try {
        input = body.trim() === '' ? {} : JSON.parse(body);
      } catch {
        return json(
          res,
          200,
          errorEnvelope({
            code: 'VALIDATION',
            message: 'Body is not JSON',
            details: { issues: [] },
          }),
        );
      }
      return json(res, 200, await core.call(method, input), log);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD')
      return refuse(res, 405, 'TRANSPORT', 'Use GET');
    serveStatic(url.pathname, res);
  }

  function serveStatic(pathname: string, res: http.ServerResponse): void {
    if (!staticDir) return refuse(res, 404, 'NOT_FOUND', 'No renderer build');
    const root = path.resolve(staticDir);
    let rel: string;
    try {
      rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    } catch {
      return refuse(res, 404, 'NOT_FOUND', 'Not found');
    }
    const file = path.resolve(root, rel);
    if (file !== root && !file.startsWith(root + path.sep))
      return refuse(res, 404, 'NOT_FOUND', 'Not found');
    let data: Buffer;
    try {
      data = fs.readFileSync(file);
    } catch {
      return refuse(res, 404, 'NOT_FOUND', 'Not found');
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'content-security-policy': CSP, ...SECURITY_HEADERS };
    if (path.basename(file) === 'index.html') {
      const html = data
        .toString('utf8')
        .replace('</head>', `<meta name="${TOKEN_META_NAME}" content="${token}"></head>`);
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
