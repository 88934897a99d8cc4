import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, onTestFinished } from 'vitest';
import type { AppErrorData } from '../../../shared/api/errors';
import type { Envelope } from '../../../shared/api/transport';
import type { EventName, MethodInput, MethodName, MethodOutput } from '../../../shared/api/methods';
import type { Core, CoreOptions } from '../core';
import { openCore } from '../core';
import { DB_FILE } from '../db/open';

// Cleanup is tied to the test that opened the resource (onTestFinished, run in reverse order:
// cores close before their folder goes), so helpers must be called inside a test, not a hook.

/** 08:30 in Hà Nội: the time every test core reads until its clock is advanced. */
export const T0 = '2025-03-10T01:30:00.000Z';
export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

export interface Clock {
  now: () => Date;
  iso: () => string;
  advance: (ms: number) => void;
}

export function fixedClock(startIso = T0): Clock {
  let t = Date.parse(startIso);
  return {
    now: () => new Date(t),
    iso: () => new Date(t).toISOString(),
    advance: (ms) => {
      t += ms;
    },
  };
}

/** A fresh data folder, removed when the test ends. */
export function tmpDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-core-'));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * The one place tests open a core, so a new core option is added here once. The core may have
 * failed to start (see `startupError`); use `start` for one that must work.
 */
export function openTestCore(
  dataDir: string,
  clock = fixedClock(),
  options: Partial<CoreOptions> = {},
): Core {
  const core = openCore({
    dataDir,
    transport: 'http',
    version: 'test',
    now: clock.now,
    dailyBackups: false,
    // The harness's clock never jumps; tests of clock changes read a clock of their own.
    clock: { watch: false },
    ...options,
  });
  onTestFinished(() => core.close());
  return core;
}

export interface Harness {
  core: Core;
  dataDir: string;
  clock: Clock;
  /** Every event the core emitted, in order; tests may empty it. */
  events: [EventName, unknown][];
}

/** A working core on a data folder (a new one unless given), recording its events. */
export function start(
  dataDir = tmpDir(),
  clock = fixedClock(),
  options: Partial<CoreOptions> = {},
): Harness {
  const core = openTestCore(dataDir, clock, options);
  expect(core.startupError).toBeNull();
  const events: Harness['events'] = [];
  core.onEvent((event, payload) => events.push([event, payload]));
  return { core, dataDir, clock, events };
}

function valueOf<M extends MethodName>(method: M, envelope: Envelope<unknown>): MethodOutput<M> {
  if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error)}`);
  return envelope.value as MethodOutput<M>;
}

function errorOf(method: string, envelope: Envelope<unknown>): AppErrorData {
  if (envelope.ok) throw new Error(`${method} succeeded: ${JSON.stringify(envelope.value)}`);
  return envelope.error;
}

/** Calls a synchronous method that must succeed and returns its value. */
export function call<M extends MethodName>(
  h: Harness,
  method: M,
  input: MethodInput<M>,
): MethodOutput<M> {
  return valueOf(method, h.core.dispatch(method, input));
}

/** Calls a method that must fail and returns its error; any string, to reach unknown methods. */
export function fail(h: Harness, method: string, input: unknown): AppErrorData {
  return errorOf(method, h.core.dispatch(method, input));
}

/** `call` through the asynchronous entry point, which the file methods (import, export) need. */
export async function callAsync<M extends MethodName>(
  h: Harness,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  return valueOf(method, await h.core.call(method, input));
}

/** `fail` through the asynchronous entry point. */
export async function failAsync(h: Harness, method: string, input: unknown): Promise<AppErrorData> {
  return errorOf(method, await h.core.call(method, input));
}

/** Row count read through a separate read-only connection: what is really in the file. */
export function rows(h: Harness, table: string): number {
  const db = new Database(path.join(h.dataDir, DB_FILE), { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Row counts of the tables the API writes, to show a refused call wrote nothing. */
export function counts(h: Harness): Record<string, number> {
  return Object.fromEntries(
    ['profile', 'people', 'meetings', 'agenda_items', 'invitees', 'attendance_events'].map((t) => [
      t,
      rows(h, t),
    ]),
  );
}
