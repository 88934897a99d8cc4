/**
 * Check-in while the core reads a roster as large as an import may be (issue 6): the file is
 * parsed and previewed in the core's worker thread; what stays on the core's own thread
 * (decoding the upload, sending the directory to the worker, taking in its answer piece by
 * piece) must not hold up the operator's check-ins. Target: median and p95 within 2× of a
 * quiet core.
 *
 * A check-in is tapped every PACE_MS, on a quiet core before and after the import (one quiet
 * figure from both, so a drift in the machine's load weighs on it as on the import) and while
 * `import.open` is in flight. Each is timed twice: the call itself, and from when it could
 * start (its slot, or the end of the check-in before it if that ran late) to its answer, which
 * adds the time it waited for the core's thread to finish other work.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { openCore } from '../electron/core/core';
import type { Core } from '../electron/core/core';
import type { ImportPreview } from '../shared/api/directorySchemas';
import { IMPORT_LIMITS } from '../shared/api/importLimits';
import { MAX_IMPORT_BYTES } from '../shared/api/transport';
import type { Paced, Stats } from './report';
import {
  call,
  checkIn,
  loadLine,
  ms,
  pacedCheckIns,
  stats,
  table,
  times,
  writeBenchBlock,
} from './report';
import { generateBenchRoster } from './rosters';
import type { generateLargeXlsx } from './rosters';

const PACE_MS = 10;
const QUIET_MS = 3000;
const TARGET = 2;

const quietFor = (core: Core, inviteeIds: string[]) => {
  const until = performance.now() + QUIET_MS;
  return pacedCheckIns(core, inviteeIds, () => performance.now() < until, PACE_MS);
};

type LargeXlsx = Awaited<ReturnType<typeof generateLargeXlsx>>;

/**
 * The file is built in a thread of its own: building it leaves about a gigabyte of garbage,
 * which this thread would otherwise still be collecting, in long pauses, while check-ins are
 * timed.
 */
function largeXlsxInAThread(count: number): Promise<LargeXlsx> {
  const code = `
    require(require.resolve('tsx/cjs', { paths: [${JSON.stringify(__dirname)}] }));
    const { parentPort, workerData } = require('node:worker_threads');
    require(${JSON.stringify(path.join(__dirname, 'rosters.ts'))})
      .generateLargeXlsx(workerData.count)
      .then((file) => parentPort.postMessage(file));`;
  const worker = new Worker(code, { eval: true, workerData: { count } });
  return new Promise((resolve, reject) => {
    worker.once('message', (file: LargeXlsx) => {
      resolve(file);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

async function main() {
  let t = performance.now();
  const file = await largeXlsxInAThread(IMPORT_LIMITS.rows);
  const generated = performance.now() - t;
  if (file.bytes.length > MAX_IMPORT_BYTES)
    throw new Error(`${file.bytes.length} bytes: too large`);
  if (file.chars > IMPORT_LIMITS.textChars || file.cells > IMPORT_LIMITS.cells)
    throw new Error(`${file.cells} cells, ${file.chars} characters: over the import limits`);
  // The renderer encodes the upload; the core receives the string.
  const dataBase64 = Buffer.from(file.bytes).toString('base64');

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-bench-busy-'));
  const core = openCore({
    dataDir,
    transport: 'http',
    version: 'bench',
    checkReads: false,
    // A shared machine can take longer than the app's minute to read this file; the bench is
    // here to watch the check-ins meanwhile, not to time the read out. The heap ceiling is the
    // app's.
    worker: { timeoutMs: 15 * 60_000 },
  });
  const quiet: Paced = { call: [], answer: [] };
  let busy: Paced;
  let importMs: number;
  let rowsRead: number;
  try {
    // A directory of 10,000 (the preview checks every row against it) and 500 invitees.
    const roster = generateBenchRoster(10_000, 42);
    call(core, 'import.commit', {
      rows: roster.map(({ fullName, position, unit, phone, note }, i) => {
        return { fullName, position, unit, phone, note, line: i + 1, action: 'add' };
      }),
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
    for (let i = 0; i < 200; i++) checkIn(core, inviteeIds, i);

    const before = await quietFor(core, inviteeIds);
    let running = true;
    t = performance.now();
    const opened = core.call('import.open', { fileName: 'roster.xlsx', dataBase64 }).finally(() => {
      running = false;
    });
    busy = await pacedCheckIns(core, inviteeIds, () => running, PACE_MS);
    const env = await opened;
    importMs = performance.now() - t;
    if (!env.ok) throw new Error(`import.open: ${JSON.stringify(env.error)}`);
    const preview = env.value as ImportPreview;
    rowsRead = preview.rows.length;
    await core.call('import.close', { sessionId: preview.sessionId });
    const after = await quietFor(core, inviteeIds);
    for (const turn of [before, after]) {
      quiet.call.push(...turn.call);
      quiet.answer.push(...turn.answer);
    }
  } finally {
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const q = { call: stats(quiet.call), answer: stats(quiet.answer) };
  const b = { call: stats(busy.call), answer: stats(busy.answer) };
  const cells = (s: Stats) => [ms(s.median), ms(s.p95), ms(s.max)];
  const ratio = (during: Stats, of: Stats) => [
    times(during.median, of.median),
    times(during.p95, of.p95),
    times(during.max, of.max),
  ];
  const met = (during: Stats, of: Stats) =>
    during.median <= TARGET * of.median && during.p95 <= TARGET * of.p95;
  const verdict = met(b.answer, q.answer) ? '**met**' : '**not met**';
  const mb = (file.bytes.length / 1024 / 1024).toFixed(1);
  const lines = [
    `### Check-in while a roster is read (${new Date().toISOString().slice(0, 10)})`,
    '',
    `File: XLSX of ${mb} MB (limit ${(MAX_IMPORT_BYTES / 1024 / 1024).toFixed(0)} MB): ` +
      `${IMPORT_LIMITS.rows.toLocaleString('en')} people, ${file.cells.toLocaleString('en')} ` +
      `cells, ${(file.chars / 1e6).toFixed(1)} million characters (limits: ` +
      `${IMPORT_LIMITS.cells.toLocaleString('en')} cells, ` +
      `${(IMPORT_LIMITS.textChars / 1e6).toFixed(0)} million characters), generated in ` +
      `${(generated / 1000).toFixed(1)} s. \`import.open\` read and previewed it in ` +
      `${(importMs / 1000).toFixed(1)} s (${rowsRead.toLocaleString('en')} rows), against a ` +
      `directory of 10,000. A check-in every ${PACE_MS} ms on a 500-invitee meeting; quiet: ` +
      `${QUIET_MS / 1000} s before and ${QUIET_MS / 1000} s after the import.`,
    '',
    loadLine(),
    '',
    ...table(
      ['check-in', 'samples', 'call: median', 'p95', 'max', 'waited + call: median', 'p95', 'max'],
      [
        ['quiet core', String(q.call.n), ...cells(q.call), ...cells(q.answer)],
        ['during import.open', String(b.call.n), ...cells(b.call), ...cells(b.answer)],
        ['during ÷ quiet', '—', ...ratio(b.call, q.call), ...ratio(b.answer, q.answer)],
      ],
    ),
    '',
    `Target (median and p95 within ${TARGET}× of quiet, waited + call): ${verdict}: ` +
      `${times(b.answer.median, q.answer.median)} and ${times(b.answer.p95, q.answer.p95)}.`,
    '',
  ];
  console.log(lines.join('\n'));
  await writeBenchBlock('busy', lines);
}

void main();
