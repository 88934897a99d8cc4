/**
 * Not part of `npm run bench`: the 2,000-person attendance list printed by Chromium from
 * several renderer builds or print URLs in one run, navigation → page.pdf bytes, the builds
 * interleaved round by round so the machine's load hits each alike. Each build is served by its
 * own host (`--static`) over a copy of one seeded data folder (kept in the temp folder between
 * runs). Keep a build with `cp -r out/renderer /tmp/old-renderer` before changing the renderer.
 *
 *   npx tsx bench/pdf-compare.ts old=/tmp/old-renderer new=out/renderer 'pdf=out/renderer=?pdf=1'
 *     [--rounds 5]     (name=folder[=suffix of the print route]; PDF_OUT=prefix keeps the files)
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/support/chromium';
import { openCore } from '../electron/core/core';
import { loadLine, stats } from './report';
import { seedAttendanceList } from './attendanceList';

const PEOPLE = 2000;
const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1] ?? 5) || 5;
const builds = args
  .filter((a) => a.includes('='))
  .map((a) => {
    const [n, d, ...rest] = a.split('=');
    return [n!, d!, rest.join('=')] as [string, string, string];
  });
const seedCache = path.join(os.tmpdir(), 'diemcau-pdf-compare-seed');

async function seedDir(): Promise<{ dir: string; meetingId: string }> {
  if (fs.existsSync(path.join(seedCache, 'meeting.txt')))
    return {
      dir: seedCache,
      meetingId: fs.readFileSync(path.join(seedCache, 'meeting.txt'), 'utf8'),
    };
  fs.mkdirSync(seedCache, { recursive: true });
  const core = openCore({
    dataDir: seedCache,
    transport: 'http',
    version: 'bench',
    checkReads: false,
  });
  const { meetingId } = seedAttendanceList(core, PEOPLE);
  await core.close();
  fs.writeFileSync(path.join(seedCache, 'meeting.txt'), meetingId);
  return { dir: seedCache, meetingId };
}

async function host(dataDir: string, staticDir: string) {
  const child = spawn(
    process.execPath,
    ['out/host/main.js', '--data-dir', dataDir, '--port', '0', '--static', staticDir],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = out.match(/LISTENING (\S+)/);
      if (m) resolve(m[1]!);
    });
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => reject(new Error(`host exited ${code}: ${out}`)));
  });
  return { url, stop: () => child.kill() };
}

async function main() {
  const seed = await seedDir();
  const hosts = [];
  for (const [name, dir, suffix] of builds) {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'pdfcmp-'));
    fs.cpSync(seed.dir, copy, { recursive: true });
    hosts.push({ name, copy, suffix, ...(await host(copy, path.resolve(dir))) });
  }
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS],
  });
  const results: Record<
    string,
    { total: number[]; ready: number[]; pages: number; bytes: number }
  > = {};
  console.log(loadLine());
  try {
    const page = await browser.newPage();
    for (let r = 0; r <= rounds; r++) {
      for (const h of hosts) {
        await page.goto('about:blank');
        const t = performance.now();
        await page.goto(`${h.url}#/print/${seed.meetingId}/attendance${h.suffix}`);
        await page.locator('body[data-print-ready="true"]').waitFor({ timeout: 120_000 });
        const ready = performance.now() - t;
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        const total = performance.now() - t;
        const res = (results[h.name] ??= { total: [], ready: [], pages: 0, bytes: 0 });
        if (r > 0) {
          res.total.push(total);
          res.ready.push(ready);
        }
        res.bytes = pdf.length;
        res.pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        if (process.env.PDF_OUT) fs.writeFileSync(`${process.env.PDF_OUT}-${h.name}.pdf`, pdf);
        console.log(
          `round ${r} ${h.name}: ready ${ready.toFixed(0)} ms, total ${total.toFixed(0)} ms`,
        );
      }
    }
  } finally {
    await browser.close();
    for (const h of hosts) {
      h.stop();
    }
  }
  console.log(loadLine());
  for (const [name, r] of Object.entries(results)) {
    const t = stats(r.total),
      rd = stats(r.ready);
    console.log(
      `${name}: total median ${t.median.toFixed(0)} (min ${Math.min(...r.total).toFixed(0)}, max ${t.max.toFixed(0)}); ready median ${rd.median.toFixed(0)}; print ${(t.median - rd.median).toFixed(0)}; ${r.pages} pages, ${(r.bytes / 1024).toFixed(0)} KB`,
    );
  }
  for (const h of hosts) fs.rmSync(h.copy, { recursive: true, force: true });
}
void main();
