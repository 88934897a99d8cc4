/**
 * Check-in while the core reads a roster file as large as an import may be. The file is
 * parsed in the core's worker thread; what remains on the core's own thread (decoding the
 * upload, handing bytes to the worker, taking in its answer) must not hold up the operator's
 * check-ins. Taps come at a steady pace, first on a quiet core, then while `import.open` is in
 * flight, and each check-in is timed two ways: the call itself, and from its tap (its slot on
 * the pace) to its answer, which adds any time the core's thread spent on other work and the
 * wait behind taps that were themselves held up.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setImmediate as yieldToLoop, setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { openCore } from '../electron/core/core';
import type { Core } from '../electron/core/core';
import type { ImportPreview } from '../shared/api/directorySchemas';
import { MAX_IMPORT_BYTES } from '../shared/api/transport';
import { call, ms, stats, table, times } from './measure';
import type { Stats } from './measure';
import { writeBenchBlock } from './report';
import { generateBenchRoster } from './rosters';

const PACE_MS = 5;
const FILE_ROWS = 90_000;
const NOTE_LENGTH = 300;

interface Paced {
  call: number[];
  answer: number[];
}

/**
 * One tap every PACE_MS until `more()` says stop. A tap whose slot has passed (the thread was
 * busy) is served as soon as the thread is free, after a turn of the event loop, as a queued
 * IPC message would be.
 */
async function pacedCheckIns(core: Core, inviteeIds: string[], more: () => boolean) {
  const statuses = ['present', 'late', 'absent', 'present', 'left_early'];
  const out: Paced = { call: [], answer: [] };
  const start = performance.now();
  for (let k = 0; more(); k++) {
    const slot = start + k * PACE_MS;
    const wait = slot - performance.now();
    if (wait > 0) await sleep(wait);
    else await yieldToLoop();
    const t = performance.now();
    call(core, 'attendance.set', {
      inviteeId: inviteeIds[k % inviteeIds.length],
      status: statuses[k % statuses.length],
    });
    const done = performance.now();
    out.call.push(done - t);
    out.answer.push(done - slot);
  }
  return out;
}

/**
 * The file is built in a thread of its own: building it peaks near a gigabyte of garbage, which
 * the main thread would otherwise still be collecting, in long pauses, while check-ins are timed.
 */
function largeXlsxInAThread(rows: number, noteLength: number): Promise<Uint8Array> {
  const code = `
    require(require.resolve('tsx/cjs', { paths: [${JSON.stringify(__dirname)}] }));
    const { parentPort, workerData } = require('node:worker_threads');
    require(${JSON.stringify(path.join(__dirname, 'rosters.ts'))})
      .generateLargeXlsx(workerData.rows, workerData.noteLength)
      .then((bytes) => parentPort.postMessage(bytes));`;
  const worker = new Worker(code, { eval: true, workerData: { rows, noteLength } });
  return new Promise((resolve, reject) => {
    worker.once('message', (bytes: Uint8Array) => {
      resolve(bytes);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-bench-busy-'));
  let t = performance.now();
  const xlsx = await largeXlsxInAThread(FILE_ROWS, NOTE_LENGTH);
  if (xlsx.length > MAX_IMPORT_BYTES) throw new Error(`${xlsx.length} bytes: over the limit`);
  const generated = performance.now() - t;
  // The renderer encodes the upload; the core receives the string.
  const dataBase64 = Buffer.from(xlsx).toString('base64');

  const core = openCore({
    dataDir,
    transport: 'http',
    version: 'bench',
    checkReads: false,
    // A shared or slow machine can take longer than the app's minute to read this file; the
    // bench is here to watch the check-ins meanwhile, not to time the read out.
    worker: { timeoutMs: 15 * 60_000 },
  });
  let quiet: Paced;
  let busy: Paced;
  let importMs: number;
  let rowsRead: number;
  try {
    // A directory of 10,000 (the preview checks every row against it) and a 500-invitee meeting.
    const roster = generateBenchRoster(10_000, 42);
    call(core, 'import.commit', {
      rows: roster.map((p, i) => ({
        line: i + 1,
        fullName: p.fullName,
        position: p.position,
        unit: p.unit,
        phone: p.phone,
        note: p.note,
        action: 'add',
      })),
    });
    const people = call<{ items: { id: string }[] }>(core, 'people.search', { limit: 500 });
    const meeting = call<{ id: string }>(core, 'meetings.create', {
      title: 'Hội nghị trực tuyến',
      date: '2026-03-12',
      startTime: '08:00',
    });
    call(core, 'invitees.addPeople', {
      meetingId: meeting.id,
      personIds: people.items.map((p) => p.id),
    });
    const inviteeIds = call<{ id: string }[]>(core, 'invitees.list', {
      meetingId: meeting.id,
    }).map((i) => i.id);
    // The worker thread starts on first use (here through tsx, from source); not part of this.
    await core.files!.run('rosterToCsv', { rows: [] });

    const quietUntil = performance.now() + 2000;
    quiet = await pacedCheckIns(core, inviteeIds, () => performance.now() < quietUntil);

    let running = true;
    t = performance.now();
    const opened = core.call('import.open', { fileName: 'roster.xlsx', dataBase64 }).finally(() => {
      running = false;
    });
    busy = await pacedCheckIns(core, inviteeIds, () => running);
    const env = await opened;
    importMs = performance.now() - t;
    if (!env.ok) throw new Error(`import.open: ${JSON.stringify(env.error)}`);
    rowsRead = (env.value as ImportPreview).rows.length;
  } finally {
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const q = { call: stats(quiet.call), answer: stats(quiet.answer) };
  const b = { call: stats(busy.call), answer: stats(busy.answer) };
  const cells = (s: Stats) => [ms(s.median), ms(s.p95)];
  const mb = (xlsx.length / 1024 / 1024).toFixed(1);
  const lines = [
    `### Check-in while a roster is read (${new Date().toISOString().slice(0, 10)})`,
    '',
    `File: XLSX of ${mb} MB (limit ${(MAX_IMPORT_BYTES / 1024 / 1024).toFixed(0)} MB), ` +
      `${rowsRead.toLocaleString('en')} rows with ${NOTE_LENGTH}-character notes, ` +
      `read and previewed by \`import.open\` in ${(importMs / 1000).toFixed(1)} s ` +
      `(generated in ${(generated / 1000).toFixed(1)} s). ` +
      `A check-in tapped every ${PACE_MS} ms on a 500-invitee meeting, directory of 10,000; ` +
      '"tap → answer" adds to the call any time the core\'s thread was busy elsewhere, and the ' +
      'wait behind earlier taps (on a loaded machine, check-ins slower than the pace queue up).',
    '',
    ...table(
      [
        'check-in',
        'call median',
        'call p95',
        'tap → answer median',
        'tap → answer p95',
        'longest tap → answer',
        'samples',
      ],
      [
        ['quiet core', ...cells(q.call), ...cells(q.answer), ms(q.answer.max), String(q.call.n)],
        [
          'during import.open',
          ...cells(b.call),
          ...cells(b.answer),
          ms(b.answer.max),
          String(b.call.n),
        ],
        [
          'during ÷ quiet (target ≤ 2×)',
          times(b.call.median, q.call.median),
          times(b.call.p95, q.call.p95),
          times(b.answer.median, q.answer.median),
          times(b.answer.p95, q.answer.p95),
          times(b.answer.max, q.answer.max),
          '—',
        ],
      ],
    ),
    '',
  ];
  console.log(lines.join('\n'));
  await writeBenchBlock('busy', lines);
}

void main();
