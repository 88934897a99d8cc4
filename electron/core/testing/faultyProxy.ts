import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback HTTP proxy in front of a real center, for the fault tests: it forwards, or
 * misbehaves the way networks and servers do. Test support only (imported by tests).
 *
 * - forward: passes the request and the answer through;
 * - down: cuts the connection before anything reaches the center;
 * - error500: answers 500 itself;
 * - hang: never answers (the client's timeout must end it);
 * - cutUpload: reads half the body, then cuts the connection (nothing reaches the center);
 * - dropAnswer: forwards the request (the center commits), then cuts the connection instead
 *   of passing the answer back.
 */
export type ProxyMode = 'forward' | 'down' | 'error500' | 'hang' | 'cutUpload' | 'dropAnswer';

export interface FaultyProxy {
  url: string;
  mode: ProxyMode;
  /** Requests that reached the center through this proxy. */
  forwarded: number;
  close: () => Promise<void>;
}

export async function startFaultyProxy(target: string): Promise<FaultyProxy> {
  const to = new URL(target);
  const hanging = new Set<http.ServerResponse>();
  const state: FaultyProxy = {
    url: '',
    mode: 'forward',
    forwarded: 0,
    close: async () => {},
  };
  const server = http.createServer((req, res) => {
    const mode = state.mode;
    if (mode === 'down') {
      req.socket.destroy();
      return;
    }
    if (mode === 'error500') {
      req.resume();
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'internal', message: 'test fault' } }));
      return;
    }
    if (mode === 'hang') {
      req.resume();
      hanging.add(res);
      return;
    }
    if (mode === 'cutUpload') {
      req.once('data', () => req.socket.destroy());
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      state.forwarded++;
      const upstream = http.request(
        {
          host: to.hostname,
          port: to.port,
          path: req.url,
          method: req.method,
          headers: { ...req.headers, host: to.host },
        },
        (answer) => {
          const body: Buffer[] = [];
          answer.on('data', (c: Buffer) => body.push(c));
          answer.on('end', () => {
            if (mode === 'dropAnswer') {
              req.socket.destroy();
              return;
            }
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            res.end(Buffer.concat(body));
          });
        },
      );
      upstream.on('error', () => req.socket.destroy());
      upstream.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  state.url = `http://127.0.0.1:${port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      for (const res of hanging) res.socket?.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
