import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Envelope } from '../../../shared/api/transport';
import { TOKEN_HEADER, methodPath } from '../../../shared/api/transport';

const ENTRY = path.join(__dirname, '..', 'main.ts');
const TOKEN = 'durability-test-token';

/** The loopback host from source in its own process, as `npm run web` runs it, to be killed. */
export interface HostProcess {
  child: ChildProcess;
  call<T>(method: string, input: unknown): Promise<Envelope<T>>;
  /** SIGKILL: no handler runs, nothing is flushed that SQLite had not already made durable. */
  kill(): Promise<void>;
}

export async function startHostProcess(dataDir: string): Promise<HostProcess> {
  const child = spawn(
    process.execPath,
    ['--require', require.resolve('tsx/cjs'), ENTRY, '--data-dir', dataDir, '--port', '0'],
    { env: { ...process.env, DIEMCAU_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${out}`)), 30_000);
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /LISTENING (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}:\n${out}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    async call<T>(method: string, input: unknown) {
      const res = await fetch(`${base}${methodPath(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
        body: JSON.stringify(input),
      });
      return (await res.json()) as Envelope<T>;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
