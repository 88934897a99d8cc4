import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

/**
 * A server for a bench in its own Node process, so it has the event loop to itself as it would
 * in production. Ready when its output matches `ready` (the URL is the first group), or, for a
 * server that prints nothing, when `ready.url` answers a GET.
 */
export function startProcess(
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  ready: RegExp | { url: string },
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let settled = false;
    const settle = (url: string) => {
      if (settled) return;
      settled = true;
      resolve({ child, url });
    };
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = ready instanceof RegExp ? ready.exec(out) : null;
      if (match) settle(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`server exited (${code}): ${out}`));
    });
    if (!(ready instanceof RegExp)) {
      const poll = async () => {
        while (!settled && child.exitCode === null) {
          const answered = await fetch(ready.url).then(
            (r) => r.ok,
            () => false,
          );
          if (answered) return settle(ready.url);
          await new Promise((r) => setTimeout(r, 100));
        }
      };
      void poll();
    }
  });
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
