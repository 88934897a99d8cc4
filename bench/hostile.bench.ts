/**
 * Hostile roster files (the issue "Hostile files, odd text and a crashed machine") sent to the
 * core's `import.open` as the UI sends them, while an operator keeps checking people in. For
 * each file: the time until the core answers with its refusal, the peak memory of the process
 * meanwhile, and the latency of check-ins (attendance.set) compared with a quiet core.
 * Targets: each file refused within 2 s and 300 MB; check-ins within 2× their quiet latency.
 *
 * What is measured:
 * - Refusal: from the call to its answer, the worker already running (a real app starts it
 *   with the first file; here a small file is read first, so tsx compiling the worker's
 *   TypeScript is not counted). The core's thread shares its time with the check-in loop,
 *   which never pauses: decoding a 14 MB file's base64 slice by slice then takes longer than
 *   it would beside an operator's few check-ins a second. Quiet and hostile by turns for 6 s (and three imports at
 *   least): 250 ms without an import, then the file once; the median is reported.
 * - Memory: the peak resident memory of the whole process (VmHWM in /proc/self/status, reset
 *   through /proc/self/clear_refs just before the file is first sent), minus what it held
 *   then. Each file runs in a process of its own, so that no earlier file's high-water mark
 *   hides its own. The worker is a thread of that process: its heap, its buffers and the zip's
 *   inflaters are all in it, with the core's copy of the file.
 * - Check-in latency: an operator's loop of check-ins, each measured from the moment the core's
 *   thread is free to take it (after yielding to the event loop, as a request would wait) to
 *   its committed answer; so it includes any time the core's thread spends on the import
 *   (decoding the file's base64, keeping its session) and any slowing from the worker's thread
 *   and inflaters competing for the CPU. A check-in is "during" when it started or ended
 *   between an import's call and 50 ms after its answer, "quiet" when it ran in a 250 ms turn
 *   without one: the turns alternate, so that a machine's drifting load weighs on both alike.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { openCore } from '../electron/core/core';
import {
  hugeSharedString,
  longCells,
  manyRows,
  markCells,
  withDeclaredSize,
  zipBomb,
} from '../electron/core/testing/hostileFiles';
import { call, stats, timedCheckIn, writeBenchBlock } from './report';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

type Envelope =
  { ok: true; value: unknown } | { ok: false; error: { code: string; details?: unknown } };

const MB = 1024 * 1024;

function residentPeakMb(): number {
  const status = fs.readFileSync('/proc/self/status', 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024;
}
/** Linux: the peak becomes the current resident size, which is returned (MB). */
function resetPeak(): number {
  fs.writeFileSync('/proc/self/clear_refs', '5');
  const status = fs.readFileSync('/proc/self/status', 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

interface HostileFile {
  name: string;
  make: () => Promise<Uint8Array>;
  fileName: string;
}

/** Made once for both of its rows: 236 MB of numbered cells take seconds to deflate. */
let bombMade: Promise<Uint8Array> | null = null;
const bomb = () => (bombMade ??= zipBomb({ lie: false }));

const FILES: HostileFile[] = [
  {
    name: 'one 400 MB shared string, size declared',
    make: () => hugeSharedString(),
    fileName: 'chuoi.xlsx',
  },
  {
    name: 'one 400 MB shared string, size hidden (lying header)',
    make: () => hugeSharedString({ lie: true }),
    fileName: 'chuoi.xlsx',
  },
  {
    name: '1,000,000 rows, numbered as Excel writes them',
    make: () => manyRows(),
    fileName: 'dong.xlsx',
  },
  {
    name: '100,000 rows (9 MB unpacked, under the part limit)',
    make: () => manyRows({ rows: 100_000 }),
    fileName: 'dong.xlsx',
  },
  {
    name: 'zip bomb of 7.2 M cells, size declared',
    make: bomb,
    fileName: 'bom.xlsx',
  },
  {
    name: 'zip bomb of 7.2 M cells, size hidden',
    make: async () => withDeclaredSize(await bomb(), 'xl/worksheets/sheet1.xml', 1024),
    fileName: 'bom.xlsx',
  },
  { name: '3,000 cells of 512 K characters', make: () => longCells(), fileName: 'o.xlsx' },
  {
    name: 'CSV of 1,000,000 rows',
    make: async () => new TextEncoder().encode(`Họ và tên\n${'Lê Văn Tám\n'.repeat(1_000_000)}`),
    fileName: 'dong.csv',
  },
  {
    name: '30 cells of 16,000 alternating combining marks',
    make: () => markCells({ cells: 30, marks: 16_000 }),
    fileName: 'dau.xlsx',
  },
  {
    name: 'within the limits: 3,000 cells of 1,990 alternating combining marks (read in full)',
    make: () => markCells(),
    fileName: 'dau.xlsx',
  },
];

interface FileResult {
  size: number;
  answers: string[];
  times: number[];
  peakMb: number;
  quiet: number[];
  during: number[];
}

/** Sends one hostile file again and again, by turns with quiet, in a core of its own. */
async function runFile(file: HostileFile, filePath: string): Promise<FileResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-bench-hostile-'));
  const core = openCore({ dataDir, transport: 'http', version: 'bench', checkReads: false });
  try {
    const m = call<{ id: string }>(core, 'meetings.create', {
      title: 'Hội nghị trực tuyến',
      date: '2026-03-10',
      startTime: '08:00',
    });
    const personIds = Array.from(
      { length: 50 },
      (_, i) => call<{ id: string }>(core, 'people.create', { fullName: `Lê Văn ${i}` }).id,
    );
    call(core, 'invitees.addPeople', { meetingId: m.id, personIds });
    const inviteeIds = call<{ id: string }[]>(core, 'invitees.list', { meetingId: m.id }).map(
      (i) => i.id,
    );
    // The worker thread starts with the first file; warm it and the check-in path.
    const small = Buffer.from('Họ và tên\nLê Văn Tám\n').toString('base64');
    await core.call('import.open', { fileName: 'a.csv', dataBase64: small });
    for (let i = 0; i < 500; i++) await timedCheckIn(core, inviteeIds, i);

    const bytes = new Uint8Array(fs.readFileSync(filePath));
    const dataBase64 = Buffer.from(bytes).toString('base64');
    gc();
    const before = resetPeak();
    // Quiet and hostile by turns, so that the machine's drifting load weighs on both alike:
    // 250 ms without an import, then one import and the 50 ms after its answer; again for
    // 6 s and at least three imports.
    const quiet: number[] = [];
    const during: number[] = [];
    // An object, not a `let`: the operator's loop reads what the importer's loop sets.
    const now: { phase: 'quiet' | 'import' | 'after' } = { phase: 'quiet' };
    let stop = false;
    const operator = (async () => {
      for (let i = 0; !stop; i++) {
        const startedDuring = now.phase === 'import';
        const latency = await timedCheckIn(core, inviteeIds, i);
        if (startedDuring || now.phase === 'import') during.push(latency);
        else if (now.phase === 'quiet') quiet.push(latency);
      }
    })();
    const times: number[] = [];
    const answers = new Set<string>();
    const until = performance.now() + 6000;
    while (times.length < 3 || performance.now() < until) {
      now.phase = 'quiet';
      await new Promise((resolve) => setTimeout(resolve, 250));
      now.phase = 'import';
      const t = performance.now();
      const env = (await core.call('import.open', {
        fileName: file.fileName,
        dataBase64,
      })) as Envelope;
      times.push(performance.now() - t);
      // The import's aftermath (its buffers freed, its answer sent) belongs to it too.
      await new Promise((resolve) => setTimeout(resolve, 50));
      now.phase = 'after';
      if (env.ok) {
        answers.add('read');
        const preview = env.value as { sessionId: string };
        await core.call('import.close', { sessionId: preview.sessionId });
      } else {
        const details = env.error.details as { limit?: string } | undefined;
        answers.add(`${env.error.code}${details?.limit ? ` ${details.limit}` : ''}`);
      }
    }
    stop = true;
    await operator;
    const peakMb = residentPeakMb() - before;
    return { size: bytes.length, answers: [...answers], times, peakMb, quiet, during };
  } finally {
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Each file in a process of its own (this script again, with the file's index and where it
 * was written): the process's peak memory is then that file's, neither the high-water mark of
 * an earlier file nor of making this one (which happens here, in the parent).
 */
async function runInChild(index: number, file: HostileFile): Promise<FileResult> {
  const filePath = path.join(os.tmpdir(), `diemcau-hostile-${process.pid}-${index}`);
  fs.writeFileSync(filePath, await file.make());
  try {
    return await new Promise((resolve, reject) => {
      const child = fork(__filename, [String(index), filePath], {
        execArgv: process.execArgv,
        stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
      });
      child.on('message', (result) => resolve(result as FileResult));
      child.on('exit', (code) => {
        if (code !== 0) reject(new Error(`bench of file ${index} exited with ${code}`));
      });
    });
  } finally {
    fs.rmSync(filePath, { force: true });
  }
}

async function main() {
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');
  const lines = [
    `### Hostile files (${new Date().toISOString().slice(0, 10)})`,
    '',
    `Load average when the run started: ${load}.`,
    '',
    '| file | size | answer | answered in (median) | peak memory | check-in quiet: median / p95 | during: median / p95 | ratio (median / p95) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const [index, file] of FILES.entries()) {
    const r = await runInChild(index, file);
    const quiet = stats(r.quiet);
    const during = stats(r.during);
    const size =
      r.size >= MB ? `${(r.size / MB).toFixed(1)} MB` : `${(r.size / 1024).toFixed(0)} KB`;
    const ms = (x: number) => x.toFixed(3);
    lines.push(
      `| ${file.name} | ${size} | ${r.answers.join(', ')} | ${stats(r.times).median.toFixed(0)} ms (×${r.times.length}) | ${r.peakMb.toFixed(0)} MB | ${ms(quiet.median)} / ${ms(quiet.p95)} ms | ${ms(during.median)} / ${ms(during.p95)} ms (${during.n}) | ${(during.median / quiet.median).toFixed(2)}× / ${(during.p95 / quiet.p95).toFixed(2)}× |`,
    );
    console.log(lines[lines.length - 1]);
  }
  lines.push('');
  writeBenchBlock('hostile', lines);
}

const child = process.argv[2];
if (child === undefined) void main();
else {
  void runFile(FILES[Number(child)]!, process.argv[3]!).then((result) =>
    process.send!(result, () => process.exit(0)),
  );
}
