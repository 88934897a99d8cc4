/**
 * `npm run bench` (documents, issue 11): a meeting of 2,000 invitees, checked in, and its
 * attendance list saved in every format.
 *
 * 1. CSV, XLSX and DOCX through `documents.save`, as the desktop's Documents tab calls it: the
 *    model read and the bytes made in the worker (its own read-only connection), the file
 *    written whole (temporary file, fsync, rename) at the path the save dialog gave. Targets:
 *    CSV and XLSX under 1 s, DOCX under 3 s.
 * 2. PDF as Electron's printToPDF makes it: the print route loaded in Chromium (Playwright, the
 *    same engine) from the real host, the model fetched, fonts in, `page.pdf`. Timed from the
 *    navigation to the bytes. Target: under 3 s.
 * 3. Check-in while DOCX files are being saved one after another, against a quiet core (a
 *    check-in every PACE_MS; timed from when it could start to its answer, as in
 *    checkin-during-import.bench.ts). Target: median and p95 within 2× of quiet.
 *
 * BENCH_DOCUMENTS_NO_PDF=1 skips the PDF and prints the figures without writing them to
 * docs/PERFORMANCE.md (for iterating on the core's side; the PDF needs `node scripts/build.mjs`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/support/chromium';
import { removeDataDir, startHost } from '../e2e/support/host';
import { openCore } from '../electron/core/core';
import type { Stats } from './report';
import { loadLine, ms, pacedCheckIns, stats, table, times, writeBenchBlock } from './report';
import { seedAttendanceList } from './attendanceList';
import { pdfRoute } from '../shared/documents/printRoute';

const PEOPLE = 2000;
const RUNS = 5;
const PDF_RUNS = 3;
const PACE_MS = 10;
const QUIET_MS = 3000;
const BUSY_MS = 6000;
const TARGETS = { csv: 1000, xlsx: 1000, docx: 3000, pdf: 3000 } as const;
type Format = keyof typeof TARGETS;

async function benchCore() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-bench-docs-'));
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-bench-docs-out-'));
  let target = '';
  const core = openCore({
    dataDir,
    transport: 'http',
    version: 'bench',
    checkReads: false,
    platform: { chooseSavePath: async () => target },
  });
  try {
    const { meetingId, inviteeIds } = seedAttendanceList(core, PEOPLE);
    const save = async (format: Exclude<Format, 'pdf'>, n: number) => {
      target = path.join(outDir, `danh-sach-${n}.${format}`);
      const env = await core.call('documents.save', {
        meetingId,
        document: 'attendance',
        format,
        jobId: `bench-${n}`,
      });
      if (!env.ok) throw new Error(`documents.save: ${JSON.stringify(env.error)}`);
      return fs.statSync(target).size;
    };
    // The worker thread starts on first use (here through tsx, from source): not timed.
    await save('csv', 0);
    const files: Record<string, { stats: Stats; bytes: number }> = {};
    let n = 1;
    for (const format of ['csv', 'xlsx', 'docx'] as const) {
      const samples: number[] = [];
      let bytes = 0;
      for (let r = 0; r < RUNS; r++) {
        const t = performance.now();
        bytes = await save(format, n++);
        samples.push(performance.now() - t);
      }
      files[format] = { stats: stats(samples), bytes };
    }

    const before = await pacedCheckIns(core, inviteeIds, timeFor(QUIET_MS), PACE_MS);
    let running = true;
    let exports = 0;
    const loop = (async () => {
      const until = performance.now() + BUSY_MS;
      while (performance.now() < until) {
        await save('docx', n++);
        exports++;
      }
      running = false;
    })();
    const busy = await pacedCheckIns(core, inviteeIds, () => running, PACE_MS);
    await loop;
    const after = await pacedCheckIns(core, inviteeIds, timeFor(QUIET_MS), PACE_MS);
    const quiet = stats([...before.answer, ...after.answer]);
    return {
      files,
      quiet,
      busy: stats(busy.answer),
      // The call alone (no wait for the thread): tells a busy thread from a slow commit.
      quietCall: stats([...before.call, ...after.call]),
      busyCall: stats(busy.call),
      // The wait alone (slot to the call's start): what other work on the thread costs.
      quietWait: stats(waits(before).concat(waits(after))),
      busyWait: stats(waits(busy)),
      exports,
      dataDir,
      meetingId,
    };
  } finally {
    await core.close();
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

const waits = (p: { call: number[]; answer: number[] }) => p.answer.map((a, i) => a - p.call[i]!);

const timeFor = (duration: number) => {
  const until = performance.now() + duration;
  return () => performance.now() < until;
};

/** The attendance list printed by Chromium from the host serving the seeded data folder. */
async function benchPdf(dataDir: string, meetingId: string) {
  const host = await startHost(dataDir);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS],
  });
  try {
    const page = await browser.newPage();
    const samples: number[] = [];
    const ready: number[] = [];
    let pages = 0;
    let bytes = 0;
    for (let r = 0; r <= PDF_RUNS; r++) {
      await page.goto('about:blank');
      const t = performance.now();
      await page.goto(`${host.url}#${pdfRoute(`/print/${meetingId}/attendance`)}`);
      await page.locator('body[data-print-ready="true"]').waitFor({ timeout: 120_000 });
      if (r > 0) ready.push(performance.now() - t);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      // The first run loads the app and its fonts into the browser's cache: not timed.
      if (r > 0) samples.push(performance.now() - t);
      bytes = pdf.length;
      pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    }
    return { stats: stats(samples), ready: stats(ready), bytes, pages };
  } finally {
    await browser.close();
    await host.stop();
  }
}

async function main() {
  const core = await benchCore();
  if (process.env.BENCH_DOCUMENTS_NO_PDF === '1') {
    removeDataDir(core.dataDir);
    const line = (name: string, s: Stats) =>
      `${name}: n ${s.n}, median ${ms(s.median)}, p95 ${ms(s.p95)}, max ${ms(s.max)}`;
    for (const f of ['csv', 'xlsx', 'docx'] as const) {
      const s = core.files[f]!.stats;
      console.log(`${f}: median ${ms(s.median, 0)}, max ${ms(s.max, 0)}`);
    }
    console.log(line('quiet', core.quiet));
    console.log(line(`during ${core.exports} DOCX saves`, core.busy));
    console.log(line('quiet, the call alone', core.quietCall));
    console.log(line('during, the call alone', core.busyCall));
    console.log(line('quiet, the wait alone', core.quietWait));
    console.log(line('during, the wait alone', core.busyWait));
    console.log(
      `during ÷ quiet: median ${times(core.busy.median, core.quiet.median)}, ` +
        `p95 ${times(core.busy.p95, core.quiet.p95)}`,
    );
    console.log(loadLine());
    return;
  }
  // The data folder outlives the core: the host serves it for the PDF.
  let pdf: Awaited<ReturnType<typeof benchPdf>>;
  try {
    pdf = await benchPdf(core.dataDir, core.meetingId);
  } finally {
    removeDataDir(core.dataDir);
  }

  const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
  const verdict = (format: Format, s: Stats) => (s.median < TARGETS[format] ? 'met' : 'not met');
  const rows = (['csv', 'xlsx', 'docx'] as const).map((f) => {
    const { stats: s, bytes } = core.files[f]!;
    return [
      f.toUpperCase(),
      kb(bytes),
      ms(s.median, 0),
      ms(s.max, 0),
      `< ${TARGETS[f] / 1000} s`,
      verdict(f, s),
    ];
  });
  rows.push([
    'PDF',
    `${kb(pdf.bytes)}, ${pdf.pages} pages`,
    ms(pdf.stats.median, 0),
    ms(pdf.stats.max, 0),
    `< ${TARGETS.pdf / 1000} s`,
    verdict('pdf', pdf.stats),
  ]);
  const within =
    core.busy.median <= 2 * core.quiet.median && core.busy.p95 <= 2 * core.quiet.p95
      ? '**met**'
      : '**not met**';
  const lines = [
    `### Documents: a 2,000-person attendance list (${new Date().toISOString().slice(0, 10)})`,
    '',
    `The list of a meeting inviting ${PEOPLE.toLocaleString('en')} (all checked in, one in 20 ` +
      `away with a reason), as the Documents tab saves it: CSV, XLSX and DOCX through ` +
      `\`documents.save\` (model read and bytes made in the worker, file written to a ` +
      `temporary file, fsynced and renamed), median of ${RUNS} after a warm-up; PDF printed by ` +
      `Chromium (Playwright \`page.pdf\`, Electron's engine) from the print route served by the ` +
      `host, navigation to bytes, median of ${PDF_RUNS} after a first load.`,
    '',
    loadLine(),
    '',
    ...table(['format', 'file', 'median', 'max', 'target', 'verdict'], rows),
    '',
    `Of the PDF's ${ms(pdf.stats.median, 0)}, ${ms(pdf.ready.median, 0)} (median) go to loading ` +
      `the route, fetching the model and drawing the ${PEOPLE.toLocaleString('en')} rows until ` +
      `the page says it is ready; the rest is Chromium laying out and printing the pages.`,
    '',
    `Check-in (a check-in every ${PACE_MS} ms, waited + call) while DOCX files were saved one ` +
      `after another (${core.exports} in ${BUSY_MS / 1000} s), against a quiet core ` +
      `(${QUIET_MS / 1000} s before and after):`,
    '',
    ...table(
      ['check-in', 'samples', 'median', 'p95', 'max'],
      [
        [
          'quiet core',
          String(core.quiet.n),
          ms(core.quiet.median),
          ms(core.quiet.p95),
          ms(core.quiet.max),
        ],
        [
          'during DOCX saves',
          String(core.busy.n),
          ms(core.busy.median),
          ms(core.busy.p95),
          ms(core.busy.max),
        ],
        [
          'during ÷ quiet',
          '—',
          times(core.busy.median, core.quiet.median),
          times(core.busy.p95, core.quiet.p95),
          times(core.busy.max, core.quiet.max),
        ],
      ],
    ),
    '',
    `Of that, the wait alone (from the check-in's slot to its start: the core's thread busy with ` +
      `something else; the rest is the call, mostly its commit's fsync, which other programs' ` +
      `disk and CPU load move):`,
    '',
    ...table(
      ['wait', 'median', 'p95', 'max'],
      [
        ['quiet core', ms(core.quietWait.median), ms(core.quietWait.p95), ms(core.quietWait.max)],
        [
          'during DOCX saves',
          ms(core.busyWait.median),
          ms(core.busyWait.p95),
          ms(core.busyWait.max),
        ],
      ],
    ),
    '',
    `Target (median and p95 within 2× of quiet): ${within}.`,
    '',
  ];
  console.log(lines.join('\n'));
  await writeBenchBlock('documents', lines);
}

void main();
