import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import type { HostCall } from './api';
import { setUpPoint } from './point';

/** The real center (`npm run center`, SQLite) for the scenarios: its CLI and its server. */
const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const CENTER = path.join(ROOT, 'center', 'main.ts');

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

export function centerCli(dataFile: string, args: string[]): string {
  const r = spawnSync(TSX, [CENTER, ...args], {
    cwd: ROOT,
    env: { ...process.env, DIEMCAU_CENTER_DATA: dataFile, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`center ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

export async function startCenter(dataFile: string, port: number): Promise<ChildProcess> {
  const child = spawn(TSX, [CENTER, 'serve', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, DIEMCAU_CENTER_DATA: dataFile, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`center did not start:\n${out}`)), 30_000);
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('center listening on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`center exited with ${code}:\n${out}`));
    });
  });
  return child;
}

export const stopCenter = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/** A point with its code set and one meeting, made through the API. */
export async function meetingAtPoint(
  call: HostCall,
  pointCode: string,
  meeting: { title: string; date: string },
): Promise<{ id: string }> {
  await setUpPoint(call, { pointCode });
  return call<{ id: string }>('meetings.create', { ...meeting, startTime: '08:00' });
}

/** The meeting's report drafted, saved and finalized as revision 1, as the report tab does. */
export async function finalizeReport(call: HostCall, meetingId: string): Promise<void> {
  const { content } = await call<{ content: unknown }>('reports.draft', { meetingId });
  await call('reports.save', { meetingId, content, baseRevision: null });
  await call('reports.finalize', { meetingId, revision: 1 });
}
