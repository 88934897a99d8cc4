/**
 * What the benchmarks share: calls that must succeed, summaries of timings, and how each bench
 * writes its block of docs/PERFORMANCE.md with the machine it ran on.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setImmediate as yieldToLoop, setTimeout as sleep } from 'node:timers/promises';
import * as prettier from 'prettier';
import type { Core } from '../electron/core/core';

const DOC = path.join(__dirname, '..', 'docs', 'PERFORMANCE.md');

// ---- Measuring -----------------------------------------------------------------------------

type Envelope = { ok: true; value: unknown } | { ok: false; error: unknown };

/** A read or write through dispatch, as the transports make it; a failure stops the bench. */
export function call<T>(core: Core, method: string, input: unknown): T {
  const env = core.dispatch(method, input) as Envelope;
  if (!env.ok) throw new Error(`${method}: ${JSON.stringify(env.error)}`);
  return env.value as T;
}

const STATUSES = ['present', 'late', 'absent', 'present', 'left_early'];

/** The `i`-th check-in of a loop over `inviteeIds`, statuses in turn: one committed write. */
export function checkIn(core: Core, inviteeIds: readonly string[], i: number): void {
  call(core, 'attendance.set', {
    inviteeId: inviteeIds[i % inviteeIds.length],
    status: STATUSES[i % STATUSES.length],
  });
}

/** A check-in every `paceMs`: what the call itself took, and the wait from its slot to its answer. */
export interface Paced {
  call: number[];
  answer: number[];
}

/**
 * Check-ins every `paceMs` on the core's thread while `more()` says so, as an operator tapping
 * through a list would: each is timed from its slot (or the previous answer, when the thread was
 * busy past it) to its answer, so time spent waiting behind other work counts.
 */
export async function pacedCheckIns(
  core: Core,
  inviteeIds: readonly string[],
  more: () => boolean,
  paceMs: number,
): Promise<Paced> {
  const out: Paced = { call: [], answer: [] };
  const start = performance.now();
  let previous = start;
  for (let k = 0; more(); k++) {
    const slot = start + k * paceMs;
    const wait = slot - performance.now();
    // Late (the thread was busy): served after a turn of the event loop, as a request would be.
    if (wait > 0) await sleep(wait);
    else await yieldToLoop();
    const t = performance.now();
    // A timer may fire a little before its slot (libuv counts whole milliseconds): a check-in
    // that began early is timed from its start, never from a slot still ahead of it.
    const from = Math.min(Math.max(slot, previous), t);
    checkIn(core, inviteeIds, k);
    const done = performance.now();
    out.call.push(done - t);
    out.answer.push(done - from);
    previous = done;
  }
  return out;
}

/**
 * A check-in timed from the moment the core's thread is free to take it (after a turn of the
 * event loop, where a request would wait behind whatever else the thread has to do) to its
 * committed answer.
 */
export async function timedCheckIn(
  core: Core,
  inviteeIds: readonly string[],
  i: number,
): Promise<number> {
  const t = performance.now();
  await yieldToLoop();
  checkIn(core, inviteeIds, i);
  return performance.now() - t;
}

export interface Stats {
  median: number;
  p95: number;
  max: number;
  n: number;
}

/** Median, 95th percentile and maximum of `samples` (NaN for none). */
export function stats(samples: readonly number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? NaN, n: s.length };
}

/**
 * Timings of one operation: elapsed, and the CPU time the process spent meanwhile (this thread
 * alone: the benches that use it start no worker). A wait for the disk's flush, or for a turn on
 * a shared and busy machine, is elapsed time and not CPU time.
 */
export class Samples {
  wall: number[] = [];
  cpu: number[] = [];

  time<T>(f: () => T): T {
    const c = process.cpuUsage();
    const t = performance.now();
    const out = f();
    this.wall.push(performance.now() - t);
    const u = process.cpuUsage(c);
    this.cpu.push((u.user + u.system) / 1000);
    return out;
  }

  /** `n` timings of `f(i)`. */
  static of(n: number, f: (i: number) => void): Samples {
    const out = new Samples();
    for (let i = 0; i < n; i++) out.time(() => f(i));
    return out;
  }
}

/** An operation's elapsed and CPU times. */
export interface Measured {
  s: Stats;
  cpu: Stats;
}

export const measured = (samples: Samples): Measured => ({
  s: stats(samples.wall),
  cpu: stats(samples.cpu),
});

/** A hot path, with the physical reference measured in the same run where it has one. */
export interface ReferencedRow {
  name: string;
  s: Stats;
  cpu?: Stats;
  reference?: Measured & { name: string };
  target: string;
}

// ---- Writing -------------------------------------------------------------------------------

export const ms = (x: number, digits = 3) => `${x.toFixed(digits)} ms`;

/** "1.14×": how many times the reference's time a measurement takes. */
export const times = (x: number, reference: number) => `${(x / reference).toFixed(2)}×`;

/** Markdown table lines (`writeBenchBlock` lays them out as Prettier would). */
export function table(header: readonly string[], rows: readonly string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

/**
 * The hot paths' table: each row with its ratio to its reference (median, p95), and the
 * reference itself on the line below ("↳ reference: …", 1×). `max` adds the slowest sample's
 * column; `cpu` writes the CPU time cell of a row (for a reference's own line, without one).
 */
export function referenceTable(
  rows: readonly ReferencedRow[],
  options: {
    max?: boolean;
    cpuHeader: string;
    cpu: (own: Stats | undefined, reference?: Stats) => string;
  },
): string[] {
  const line = (name: string, s: Stats, ratio: string, target: string, cpu: string) => [
    name,
    ms(s.median),
    ms(s.p95),
    ...(options.max ? [ms(s.max)] : []),
    String(s.n),
    ratio,
    target,
    cpu,
  ];
  return table(
    [
      'operation',
      'median',
      'p95',
      ...(options.max ? ['max'] : []),
      'samples',
      'ratio to reference (median, p95)',
      'target',
      options.cpuHeader,
    ],
    rows.flatMap((r) => {
      const ref = r.reference;
      if (!ref) return [line(r.name, r.s, '—', r.target, options.cpu(r.cpu))];
      const ratio = `${times(r.s.median, ref.s.median)}, ${times(r.s.p95, ref.s.p95)}`;
      return [
        line(r.name, r.s, ratio, r.target, options.cpu(r.cpu, ref.cpu)),
        line(`↳ reference: ${ref.name}`, ref.s, '1×', '—', options.cpu(ref.cpu)),
      ];
    }),
  );
}

/** The machine is shared: every figure is read with how busy it was (1, 5, 15 min). */
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');

/** When the bench started: this module is loaded with it. */
const loadAtStart = loadAverage();

/** A sentence with the load when the bench started and now. */
export const loadLine = () =>
  `Load average (1, 5, 15 min; ${os.cpus().length} cores): ${loadAtStart} at the start, ` +
  `${loadAverage()} at the end.`;

export function machineLine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`;
}

/**
 * Replaces this benchmark's block in docs/PERFORMANCE.md (or appends it), keeping the rest,
 * and lays the page out as Prettier would, so a bench run leaves `prettier --check` passing.
 */
export async function writeBenchBlock(name: string, lines: string[]): Promise<void> {
  const begin = `<!-- bench:${name}:begin -->`;
  const end = `<!-- bench:${name}:end -->`;
  let text = fs.existsSync(DOC) ? fs.readFileSync(DOC, 'utf8') : '';
  const block = `${begin}\n${lines.join('\n')}\nMachine: ${machineLine()}.\n${end}`;
  if (text.includes(begin) && text.includes(end)) {
    text = text.slice(0, text.indexOf(begin)) + block + text.slice(text.indexOf(end) + end.length);
  } else {
    text = `${text.trimEnd()}\n\n${block}\n`;
  }
  const options = (await prettier.resolveConfig(DOC)) ?? {};
  fs.writeFileSync(DOC, await prettier.format(text, { ...options, filepath: DOC }));
  console.log(`written to ${path.relative(process.cwd(), DOC)}`);
}
