/**
 * `npm run bench`: the core's speed on a realistic point — 10,000 people in the directory,
 * 100 meetings, one of 500 invitees. Calls go through dispatch (validation, handler, SQLite
 * commit with synchronous=FULL), as the UI's do. Figures are written to docs/PERFORMANCE.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../electron/core/core';
import type { Core } from '../electron/core/core';
import { generateBenchRoster } from './rosters';
import { writeBenchBlock } from './report';

type Envelope =
  { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

function call<T>(core: Core, method: string, input: unknown): T {
  const env = core.dispatch(method, input) as Envelope;
  if (!env.ok) throw new Error(`${method}: ${env.error.code} ${env.error.message}`);
  return env.value as T;
}

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95), n: s.length };
}

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-bench-'));
const results: { name: string; median: number; p95: number; n: number }[] = [];
const once: { name: string; ms: number }[] = [];

try {
  let core = openCore({ dataDir, transport: 'http', version: 'bench', checkReads: false });
  // Deterministic: the same directory every run (names, positions, units), groups spread evenly.
  const roster = generateBenchRoster(10_000, 42);
  const groups = call<{ id: string }[]>(core, 'groups.list', {});

  let t = performance.now();
  const personIds: string[] = [];
  for (let i = 0; i < 10_000; i++) {
    const { fullName, position, unit } = roster[i]!;
    const p = { fullName, position, unit };
    const created = call<{ id: string }>(core, 'people.create', {
      ...p,
      groupId: groups[(i * 7) % groups.length]!.id,
      rank: 1 + ((i * 13) % 20),
    });
    personIds.push(created.id);
  }
  once.push({ name: 'create 10,000 people one call each (setup)', ms: performance.now() - t });

  const meetingIds: string[] = [];
  for (let i = 0; i < 100; i++) {
    const m = call<{ id: string }>(core, 'meetings.create', {
      title: `Hội nghị trực tuyến số ${i + 1}`,
      date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      startTime: '08:00',
      agenda: [{ title: 'Khai mạc' }, { title: 'Thảo luận' }],
    });
    meetingIds.push(m.id);
    call(core, 'invitees.addPeople', {
      meetingId: m.id,
      personIds: personIds.slice((i * 97) % 9000, ((i * 97) % 9000) + (i === 0 ? 500 : 40)),
    });
  }
  const big = meetingIds[0]!;
  const invitees = call<{ id: string }[]>(core, 'invitees.list', { meetingId: big });

  // Check-in: one handler call to a committed row (and its history event).
  const statuses = ['present', 'late', 'absent', 'present', 'left_early'];
  const checkin: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const inv = invitees[i % invitees.length]!;
    const status = statuses[i % statuses.length];
    t = performance.now();
    call(core, 'attendance.set', { inviteeId: inv.id, status });
    checkin.push(performance.now() - t);
  }
  results.push({ name: 'check-in (attendance.set, committed)', ...stats(checkin) });

  const queries = [
    'hung',
    'nguyen van',
    'do trong',
    'Hòa',
    'so tai chinh',
    'th',
    'giám đốc',
    'lê thị thảo',
  ];
  const search: number[] = [];
  for (let i = 0; i < 2000; i++) {
    t = performance.now();
    call(core, 'people.search', { query: queries[i % queries.length], limit: 50 });
    search.push(performance.now() - t);
  }
  results.push({ name: 'directory search (people.search, 50 rows)', ...stats(search) });

  const browse: number[] = [];
  for (let i = 0; i < 200; i++) {
    t = performance.now();
    call(core, 'people.search', { query: '', limit: 50, offset: (i * 50) % 9000 });
    browse.push(performance.now() - t);
  }
  results.push({ name: 'directory page without a query (50 rows)', ...stats(browse) });

  const load: number[] = [];
  for (let i = 0; i < 50; i++) {
    t = performance.now();
    call(core, 'invitees.list', { meetingId: big });
    call(core, 'attendance.headcount', { meetingId: big });
    load.push(performance.now() - t);
  }
  results.push({ name: 'load a 500-invitee meeting (list + headcount)', ...stats(load) });

  core.close();
  t = performance.now();
  core = openCore({ dataDir, transport: 'http', version: 'bench', checkReads: false });
  call(core, 'meetings.get', { id: big });
  call(core, 'invitees.list', { meetingId: big });
  call(core, 'attendance.headcount', { meetingId: big });
  once.push({
    name: 'open the database and load the 500-invitee meeting (cold start)',
    ms: performance.now() - t,
  });
  core.close();
  const sizeMb = fs.statSync(path.join(dataDir, 'diemcau.sqlite')).size / 1024 / 1024;
  once.push({ name: `database size: ${sizeMb.toFixed(1)} MB`, ms: NaN });
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}

const lines = [
  `### Core (${new Date().toISOString().slice(0, 10)})`,
  '',
  '| operation | median | p95 | samples |',
  '| --- | --- | --- | --- |',
  ...results.map((x) => `| ${x.name} | ${fmt(x.median)} | ${fmt(x.p95)} | ${x.n} |`),
  '',
  '| one-off | time |',
  '| --- | --- |',
  ...once.map((x) => `| ${x.name} | ${Number.isNaN(x.ms) ? '—' : fmt(x.ms)} |`),
  '',
];
console.log(lines.join('\n'));
void writeBenchBlock('core', lines);
