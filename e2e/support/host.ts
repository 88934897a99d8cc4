import { test } from '@playwright/test';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const HOST_ENTRY = path.join(ROOT, 'out', 'host', 'main.js');

/** A real electron/host process over a data folder of its own, as `npm run web` starts it. */
export interface RunningHost {
  url: string;
  dataDir: string;
  stop: () => Promise<void>;
  /**
   * Stops the process and starts a new one on the same data folder, with a new token, on a new
   * port or, with `samePort`, on this one (as `npm run web` with DIEMCAU_PORT does), so a page
   * left open can find the host again.
   */
  restart: (options?: { samePort?: boolean }) => Promise<RunningHost>;
}

export async function startHost(
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-e2e-')),
  port = 0,
): Promise<RunningHost> {
  if (!fs.existsSync(HOST_ENTRY))
    throw new Error(`Build first: ${HOST_ENTRY} is missing (npm run build)`);
  const args = [HOST_ENTRY, '--data-dir', dataDir, '--port', String(port)];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${out}`)), 20_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = out.match(/LISTENING (\S+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}:\n${out}`));
    });
  });
  const stop = () => stopProcess(child);
  return {
    url,
    dataDir,
    stop,
    restart: async (options = {}) => {
      await stop();
      return startHost(dataDir, options.samePort ? Number(new URL(url).port) : 0);
    },
  };
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export function removeDataDir(dataDir: string): void {
  fs.rmSync(dataDir, { recursive: true, force: true });
}

/**
 * One host for a whole spec file: started before its first test, stopped (and its data folder
 * removed) after its last. Returns a getter, as the host exists only once the hook has run.
 */
export function hostForFile(): () => RunningHost {
  let host: RunningHost | undefined;
  test.beforeAll(async () => {
    host = await startHost();
  });
  test.afterAll(async () => {
    if (!host) return;
    await host.stop();
    removeDataDir(host.dataDir);
  });
  return () => {
    if (!host) throw new Error('The host starts in beforeAll');
    return host;
  };
}
