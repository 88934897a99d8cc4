import fs from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium to drive: CHROMIUM_PATH if set, else Playwright's own browser when it has been
 * installed (a developer laptop), else Debian's /usr/bin/chromium (CI and these machines).
 */
export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return undefined;
  } catch {
    // Playwright has no browser of its own here
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Flags for every Chromium these tests and benchmarks launch: no sandbox (containers run as
 * root), no GPU, and none of the background traffic that would add requests or CPU of its own.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
